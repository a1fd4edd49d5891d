package io.chancery.einvoice.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.chancery.billing.CreditNoteIssued;
import io.chancery.einvoice.EInvoiceSource;

/**
 * Submits a credit note to MyInvois when the invoice it credits was submitted on its own. A note on an
 * invoice reported in a consolidated B2C e-invoice is not submitted: see the README's limits.
 */
@Component
class CreditNoteIssuedListener {

	private static final Logger log = LoggerFactory.getLogger(CreditNoteIssuedListener.class);

	private final EInvoicingCompanies companies;

	private final EInvoiceSubmissions submissions;

	private final EInvoiceMessages messages;

	CreditNoteIssuedListener(EInvoicingCompanies companies, EInvoiceSubmissions submissions,
			EInvoiceMessages messages) {
		this.companies = companies;
		this.submissions = submissions;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(CreditNoteIssued issued) {
		if (!companies.isMalaysian(issued.companyId()) || !companies.hasCompleteSettings(issued.companyId())) {
			return;
		}
		if (submissions.find(issued.companyId(), EInvoiceSource.INVOICE, issued.invoiceId()).isEmpty()) {
			log.info("Credit note {} is not submitted to MyInvois: invoice {} has no e-invoice of its own",
					issued.number(), issued.invoiceNumber());
			return;
		}
		messages.request(issued.companyId(), EInvoiceSource.CREDIT_NOTE, issued.creditNoteId(), issued.number());
	}

}
