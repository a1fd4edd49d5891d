package io.chancery.einvoice.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;

/**
 * Asks MyInvois for the result. The process waits 5 seconds between polls: the SDK's advice for
 * GetSubmission (at most 300 requests a minute per client, poll every 3–5 seconds).
 */
@Component
public class PollWorker {

	private final EInvoiceSubmissions submissions;

	PollWorker(EInvoiceSubmissions submissions) {
		this.submissions = submissions;
	}

	@JobWorker(type = EInvoiceProcess.POLL)
	public Map<String, Object> poll(@Variable long companyId, @Variable long einvoiceId) {
		return PrepareWorker.variables(submissions.poll(companyId, einvoiceId));
	}

}
