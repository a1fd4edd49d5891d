package io.chancery.expiry.internal;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.documents.DocumentService;

/** The customer declined: the document's status follows its dates again. Idempotent. */
@Component
public class CancelRenewalWorker {

	private final DocumentService documents;

	CancelRenewalWorker(DocumentService documents) {
		this.documents = documents;
	}

	@JobWorker(type = ExpiryProcess.CANCEL_RENEWAL)
	public void cancelRenewal(@Variable long companyId, @Variable long documentId) {
		documents.cancelRenewal(companyId, documentId, ExpiryProcess.ACTOR, "the customer declined the renewal");
	}

}
