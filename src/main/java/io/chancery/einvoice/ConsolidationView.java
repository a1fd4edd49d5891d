package io.chancery.einvoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A month's consolidated B2C e-invoice as the API and page show it: its sales, totals in MYR, LHDN's
 * deadline, and its e-invoice (null until the submission process prepared it).
 */
public record ConsolidationView(long id, String period, String number, int salesCount, BigDecimal netAmount,
		BigDecimal taxAmount, BigDecimal total, LocalDate deadline, Instant createdAt, EInvoiceView einvoice,
		List<B2cSale> sales) {

	/** Where it stands: the e-invoice's status, or "RECORDED" before the submission process picked it up. */
	public String getStatus() {
		return einvoice == null ? "RECORDED" : einvoice.status().name();
	}

}
