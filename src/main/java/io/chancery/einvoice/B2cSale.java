package io.chancery.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One sale to a buyer without a TIN (a member of the public), to be reported in the month's
 * consolidated e-invoice: its own number and date, net amount, tax type (MyInvois code, "06" when no
 * tax applies), rate and tax.
 */
public record B2cSale(String number, LocalDate issueDate, BigDecimal netAmount, String taxType, BigDecimal taxPercent,
		BigDecimal taxAmount) {
}
