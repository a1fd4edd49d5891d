package io.chancery.einvoice.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;

/** Submits a READY document; a repeated job finds it SUBMITTED and submits nothing. */
@Component
public class SubmitWorker {

	private final EInvoiceSubmissions submissions;

	SubmitWorker(EInvoiceSubmissions submissions) {
		this.submissions = submissions;
	}

	@JobWorker(type = EInvoiceProcess.SUBMIT)
	public Map<String, Object> submit(@Variable long companyId, @Variable long einvoiceId) {
		return PrepareWorker.variables(submissions.submit(companyId, einvoiceId));
	}

}
