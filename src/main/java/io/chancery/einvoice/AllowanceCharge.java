package io.chancery.einvoice;

import java.math.BigDecimal;

/** A discount ({@code charge == false}) or a fee; {@code rate} is the optional multiplier (0.15 = 15 %). */
public record AllowanceCharge(boolean charge, String reason, BigDecimal rate, BigDecimal amount) {

	public AllowanceCharge {
		rate = Decimals.canonical(rate);
		amount = Decimals.canonical(amount);
	}

}
