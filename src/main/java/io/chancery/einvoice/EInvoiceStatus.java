package io.chancery.einvoice;

/**
 * Where a document stands: READY (validated here and signed), SUBMITTED (MyInvois is validating it),
 * VALID, INVALID (by our checks before submission or by MyInvois; the errors say which fields), and
 * CANCELLED (by the issuer within 72 hours of validation).
 */
public enum EInvoiceStatus {

	READY, SUBMITTED, VALID, INVALID, CANCELLED

}
