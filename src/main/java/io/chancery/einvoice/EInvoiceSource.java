package io.chancery.einvoice;

/** What a submitted document stands for: one invoice, or one month's consolidated B2C sales. */
public enum EInvoiceSource {

	INVOICE, CONSOLIDATED

}
