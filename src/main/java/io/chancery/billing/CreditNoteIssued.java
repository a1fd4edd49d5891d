package io.chancery.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A credit note was issued against an invoice (e-invoicing reports it, referencing the invoice). */
public record CreditNoteIssued(long companyId, long creditNoteId, String number, long invoiceId, String invoiceNumber,
		long customerId, LocalDate issueDate, BigDecimal total, String currency) {
}
