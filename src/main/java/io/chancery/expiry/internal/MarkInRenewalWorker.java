package io.chancery.expiry.internal;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.documents.DocumentService;
import io.chancery.shared.ConflictException;

/** The document shows IN_RENEWAL while its renewal process runs; marking twice changes nothing. */
@Component
public class MarkInRenewalWorker {

	private final DocumentService documents;

	MarkInRenewalWorker(DocumentService documents) {
		this.documents = documents;
	}

	@JobWorker(type = ExpiryProcess.MARK_IN_RENEWAL)
	public void markInRenewal(@Variable long companyId, @Variable long documentId) {
		try {
			documents.startRenewal(companyId, documentId, ExpiryProcess.ACTOR);
		}
		catch (ConflictException alreadyRenewed) {
			// Renewed before the process got here: nothing left to mark; the renewed message ends the process.
		}
	}

}
