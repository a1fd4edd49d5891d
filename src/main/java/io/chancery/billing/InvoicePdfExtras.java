package io.chancery.billing;

import java.util.Map;

/**
 * Lets another module add to an invoice's PDF without billing knowing it (e-invoicing adds the
 * MyInvois QR code and validation link). The template shows what it knows of the returned variables.
 */
public interface InvoicePdfExtras {

	Map<String, Object> variables(long companyId, long invoiceId);

}
