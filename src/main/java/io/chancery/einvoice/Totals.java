package io.chancery.einvoice;

import java.math.BigDecimal;

/** The legal monetary total; allowance, charge and rounding amounts are optional (null). */
public record Totals(BigDecimal lineExtensionAmount, BigDecimal taxExclusiveAmount, BigDecimal taxInclusiveAmount,
		BigDecimal allowanceTotalAmount, BigDecimal chargeTotalAmount, BigDecimal payableRoundingAmount,
		BigDecimal payableAmount) {

	public Totals {
		lineExtensionAmount = Decimals.canonical(lineExtensionAmount);
		taxExclusiveAmount = Decimals.canonical(taxExclusiveAmount);
		taxInclusiveAmount = Decimals.canonical(taxInclusiveAmount);
		allowanceTotalAmount = Decimals.canonical(allowanceTotalAmount);
		chargeTotalAmount = Decimals.canonical(chargeTotalAmount);
		payableRoundingAmount = Decimals.canonical(payableRoundingAmount);
		payableAmount = Decimals.canonical(payableAmount);
	}

}
