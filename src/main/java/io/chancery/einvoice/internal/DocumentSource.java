package io.chancery.einvoice.internal;

import java.time.Instant;

import io.chancery.einvoice.EDocument;
import io.chancery.einvoice.EInvoiceSource;

/**
 * Builds the MyInvois document of one kind of source (an invoice, a month's B2C sales) from current
 * data, so that a fix made after an INVALID answer is in the next attempt.
 */
public interface DocumentSource {

	EInvoiceSource type();

	EDocument build(long companyId, long sourceId, Instant issuedAt);

}
