package io.chancery.billing.internal;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.billing.InvoiceService;

/** Gives the invoice its number; an invoice already issued (by a person) stays as it is. */
@Component
public class IssueInvoiceWorker {

	private final InvoiceService invoices;

	IssueInvoiceWorker(InvoiceService invoices) {
		this.invoices = invoices;
	}

	@JobWorker(type = BillingProcess.ISSUE_INVOICE)
	public void issue(@Variable long companyId, @Variable long invoiceId) {
		invoices.issueFromProcess(companyId, invoiceId);
	}

}
