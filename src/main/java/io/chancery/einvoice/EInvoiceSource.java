package io.chancery.einvoice;

/** What a submitted document stands for: one invoice, one month's consolidated B2C sales, or one credit note. */
public enum EInvoiceSource {

	INVOICE, CONSOLIDATED, CREDIT_NOTE

}
