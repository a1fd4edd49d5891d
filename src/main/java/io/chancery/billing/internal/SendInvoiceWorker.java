package io.chancery.billing.internal;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.billing.InvoiceService;

/** Queues the invoice e-mail with its PDF, once per invoice. */
@Component
public class SendInvoiceWorker {

	private final InvoiceService invoices;

	SendInvoiceWorker(InvoiceService invoices) {
		this.invoices = invoices;
	}

	@JobWorker(type = BillingProcess.SEND_INVOICE)
	public void send(@Variable long companyId, @Variable long invoiceId) {
		invoices.send(companyId, invoiceId);
	}

}
