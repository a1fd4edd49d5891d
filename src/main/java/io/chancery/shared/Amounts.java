package io.chancery.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Money arithmetic shared by every module that prices something: amounts are exact decimals, rounded per currency. */
public final class Amounts {

	private Amounts() {
	}

	/** Rounds half up to the currency's minor units (2 for AED and MYR, 0 for JPY, 3 for KWD). */
	public static BigDecimal round(BigDecimal amount, String currencyCode) {
		return amount.setScale(minorUnits(currencyCode), RoundingMode.HALF_UP);
	}

	public static int minorUnits(String currencyCode) {
		int digits = Currency.getInstance(currencyCode).getDefaultFractionDigits();
		return Math.max(digits, 0);
	}

}
