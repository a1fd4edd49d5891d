package io.chancery.billing;

import java.math.BigDecimal;

/** The payments of an invoice reached its total. */
public record InvoicePaid(long companyId, long invoiceId, String number, BigDecimal total, String currency) {
}
