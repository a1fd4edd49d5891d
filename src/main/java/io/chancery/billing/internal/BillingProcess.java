package io.chancery.billing.internal;

/** Names shared between the billing BPMN/DMN files and the code: job types, messages, process ids. */
final class BillingProcess {

	static final String QUOTE_PROCESS_ID = "quote-approval";

	static final String INVOICE_PROCESS_ID = "invoice-issue-and-payment";

	static final String SEND_QUOTE = "chancery.billing.send-quote";

	static final String RETURN_QUOTE_TO_DRAFT = "chancery.billing.return-quote-to-draft";

	static final String REMIND_QUOTE = "chancery.billing.remind-quote";

	static final String EXPIRE_QUOTE = "chancery.billing.expire-quote";

	static final String INVOICE_QUOTE = "chancery.billing.invoice-quote";

	static final String ISSUE_INVOICE = "chancery.billing.issue-invoice";

	static final String SEND_INVOICE = "chancery.billing.send-invoice";

	static final String CANCEL_INVOICE = "chancery.billing.cancel-invoice";

	static final String REMIND_OVERDUE = "chancery.billing.remind-overdue";

	/** Starts the quote approval; correlation key = quote id. */
	static final String QUOTE_SUBMITTED = "quote-submitted";

	/** The customer approved or rejected; correlation key = quote id. */
	static final String QUOTE_DECIDED = "quote-decided";

	/** Starts the invoice process; correlation key = invoice id. */
	static final String INVOICE_CREATED = "invoice-created";

	/** Issued by a person outside the review task; correlation key = invoice id. */
	static final String INVOICE_ISSUED = "invoice-issued";

	static final String PAYMENT_RECORDED = "invoice-payment-recorded";

	/** Cancelled or rejected; correlation key = invoice id. */
	static final String INVOICE_CLOSED = "invoice-closed";

	private BillingProcess() {
	}

}
