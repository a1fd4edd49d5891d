package io.chancery.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;

/** Events inside billing: each one becomes a message to a process after the transaction commits. */
public final class BillingEvents {

	private BillingEvents() {
	}

	/**
	 * Someone asked to send a quote: the approval process starts. A quote returned to draft may be
	 * submitted again, so the time tells the submissions apart.
	 */
	public record QuoteSubmitted(long companyId, long quoteId, Instant submittedAt) {
	}

	/** The customer decided, through the link. */
	public record QuoteDecided(long companyId, long quoteId, boolean approved) {
	}

	/** A draft invoice exists: its process starts. */
	public record InvoiceCreated(long companyId, long invoiceId, boolean reviewRequired) {
	}

	/** Issued outside the review task (the Issue button or the API): the process moves on. */
	public record InvoiceIssuedByUser(long companyId, long invoiceId) {
	}

	public record PaymentRecorded(long companyId, long invoiceId, long paymentId, BigDecimal balanceDue) {
	}

	/** A credit note lowered the balance: the process hears of it like of a payment (it ends at zero). */
	public record CreditNoteApplied(long companyId, long invoiceId, long creditNoteId, BigDecimal balanceDue) {
	}

	/** Cancelled or rejected: the process ends. */
	public record InvoiceClosed(long companyId, long invoiceId, String status) {
	}

}
