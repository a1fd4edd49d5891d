package io.chancery.billing.internal;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.billing.Invoice;
import io.chancery.billing.InvoiceService;
import io.chancery.billing.InvoiceStatus;

/** The reviewer decided not to issue the draft. */
@Component
public class CancelInvoiceWorker {

	private final InvoiceService invoices;

	CancelInvoiceWorker(InvoiceService invoices) {
		this.invoices = invoices;
	}

	@JobWorker(type = BillingProcess.CANCEL_INVOICE)
	public void cancel(@Variable long companyId, @Variable long invoiceId, @Variable String reviewComment) {
		Invoice invoice = invoices.get(companyId, invoiceId);
		if (invoice.getStatus() == InvoiceStatus.DRAFT) {
			invoices.cancel(companyId, invoiceId, "reviewer", reviewComment);
		}
	}

}
