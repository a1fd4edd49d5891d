package io.chancery.einvoice;

import java.math.BigDecimal;

/**
 * Tax of one type (MyInvois tax type code, "E" for exempt). {@code percent} is empty for fixed-rate
 * taxes; {@code exemptionReason} is required for type "E".
 */
public record TaxSubtotal(String taxType, BigDecimal taxableAmount, BigDecimal taxAmount, BigDecimal percent,
		String exemptionReason) {

	public TaxSubtotal {
		taxableAmount = Decimals.canonical(taxableAmount);
		taxAmount = Decimals.canonical(taxAmount);
		percent = Decimals.canonical(percent);
	}

}
