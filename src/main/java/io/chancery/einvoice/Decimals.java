package io.chancery.einvoice;

import java.math.BigDecimal;

/**
 * Amounts, quantities and rates in the model are kept without trailing zeros, so that a document read
 * back from JSON or XML (where {@code 100.00} and {@code 100} are the same number) equals the original.
 */
final class Decimals {

	private Decimals() {
	}

	static BigDecimal canonical(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
