package io.chancery.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice got its number and went to the customer (e-invoicing starts from here). */
public record InvoiceIssued(long companyId, long invoiceId, String number, long customerId, LocalDate issueDate,
		LocalDate dueDate, BigDecimal total, String currency) {
}
