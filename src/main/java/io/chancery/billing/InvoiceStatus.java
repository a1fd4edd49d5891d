package io.chancery.billing;

/**
 * DRAFT → SENT (issued: numbered and e-mailed) → PAID once the balance is zero; a sent invoice may
 * instead be REJECTED (the customer disputes it) or CANCELLED, and a draft may be CANCELLED.
 */
public enum InvoiceStatus {

	DRAFT, SENT, PAID, REJECTED, CANCELLED;

	public boolean canMoveTo(InvoiceStatus next) {
		return switch (this) {
			case DRAFT -> next == SENT || next == CANCELLED;
			case SENT -> next == PAID || next == REJECTED || next == CANCELLED;
			case PAID, REJECTED, CANCELLED -> false;
		};
	}

}
