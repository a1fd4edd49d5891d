package io.chancery.billing;

import java.math.BigDecimal;

/** The customer approved a quote (through their link). */
public record QuoteApproved(long companyId, long quoteId, String number, long customerId, BigDecimal total,
		String currency) {
}
