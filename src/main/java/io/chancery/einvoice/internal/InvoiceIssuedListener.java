package io.chancery.einvoice.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.chancery.billing.InvoiceIssued;
import io.chancery.customers.CustomerService;
import io.chancery.einvoice.ConsolidatedB2c;
import io.chancery.einvoice.EInvoiceSource;

/**
 * Starts the submission process for each invoice a Malaysian company with complete e-invoice settings
 * issues to a buyer with a TIN. Invoices to buyers without a TIN are set aside for the month's
 * consolidated e-invoice (see {@link MonthlyConsolidations}), and never submitted on their own.
 */
@Component
class InvoiceIssuedListener {

	private static final Logger log = LoggerFactory.getLogger(InvoiceIssuedListener.class);

	private final EInvoicingCompanies companies;

	private final CustomerService customers;

	private final EInvoiceMessages messages;

	private final MonthlyConsolidations consolidations;

	InvoiceIssuedListener(EInvoicingCompanies companies, CustomerService customers, EInvoiceMessages messages,
			MonthlyConsolidations consolidations) {
		this.companies = companies;
		this.customers = customers;
		this.messages = messages;
		this.consolidations = consolidations;
	}

	@ApplicationModuleListener
	void on(InvoiceIssued issued) {
		if (!companies.isMalaysian(issued.companyId())) {
			return;
		}
		if (!companies.hasCompleteSettings(issued.companyId())) {
			log.warn("Invoice {} of company {} is not submitted to MyInvois: the e-invoice settings are incomplete",
					issued.number(), issued.companyId());
			return;
		}
		if (ConsolidatedB2c.isB2c(customers.get(issued.companyId(), issued.customerId()).getTin())) {
			consolidations.setAside(issued.companyId(), issued.invoiceId(), issued.issueDate());
			return;
		}
		messages.request(issued.companyId(), EInvoiceSource.INVOICE, issued.invoiceId(), issued.number());
	}

}
