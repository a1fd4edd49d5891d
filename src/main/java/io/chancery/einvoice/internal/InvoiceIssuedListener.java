package io.chancery.einvoice.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.chancery.billing.InvoiceIssued;
import io.chancery.customers.CustomerService;
import io.chancery.einvoice.ConsolidatedB2c;
import io.chancery.einvoice.EInvoiceSettings;
import io.chancery.einvoice.EInvoiceSettingsService;
import io.chancery.einvoice.EInvoiceSource;
import io.chancery.tenancy.CompanyService;

/**
 * Starts the submission process for each invoice a Malaysian company with complete e-invoice settings
 * issues to a buyer with a TIN. Invoices to buyers without a TIN wait for the month's consolidated
 * e-invoice.
 */
@Component
class InvoiceIssuedListener {

	private static final Logger log = LoggerFactory.getLogger(InvoiceIssuedListener.class);

	private final CompanyService companies;

	private final EInvoiceSettingsService settings;

	private final CustomerService customers;

	private final EInvoiceMessages messages;

	InvoiceIssuedListener(CompanyService companies, EInvoiceSettingsService settings, CustomerService customers,
			EInvoiceMessages messages) {
		this.companies = companies;
		this.settings = settings;
		this.customers = customers;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(InvoiceIssued issued) {
		if (!"MY".equals(companies.get(issued.companyId()).getCountry())) {
			return;
		}
		EInvoiceSettings company = settings.find(issued.companyId()).orElse(null);
		if (company == null || !company.complete()) {
			log.warn("Invoice {} of company {} is not submitted to MyInvois: the e-invoice settings are incomplete",
					issued.number(), issued.companyId());
			return;
		}
		if (ConsolidatedB2c.isB2c(customers.get(issued.companyId(), issued.customerId()).getTin())) {
			return;
		}
		messages.request(issued.companyId(), EInvoiceSource.INVOICE, issued.invoiceId(), issued.number());
	}

}
