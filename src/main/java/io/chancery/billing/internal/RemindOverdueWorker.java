package io.chancery.billing.internal;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.billing.InvoiceService;

/** The periodic overdue check: a reminder when the invoice reached a step of the schedule. */
@Component
public class RemindOverdueWorker {

	private final InvoiceService invoices;

	private final BillingProperties properties;

	RemindOverdueWorker(InvoiceService invoices, BillingProperties properties) {
		this.invoices = invoices;
		this.properties = properties;
	}

	@JobWorker(type = BillingProcess.REMIND_OVERDUE)
	public void remind(@Variable long companyId, @Variable long invoiceId) {
		invoices.remindIfOverdue(companyId, invoiceId, properties.overdueReminderDays());
	}

}
