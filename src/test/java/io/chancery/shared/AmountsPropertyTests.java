package io.chancery.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** Rounding to a currency's minor units, for any amount: the three properties invoices rely on. */
class AmountsPropertyTests {

	@Property(tries = 300)
	void roundingKeepsTheCurrencysMinorUnitsAndIsStable(
			@ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(6) BigDecimal amount,
			@ForAll("currencies") String currency) {
		BigDecimal rounded = Amounts.round(amount, currency);

		assertThat(rounded.scale()).isEqualTo(Amounts.minorUnits(currency));
		assertThat(Amounts.round(rounded, currency)).isEqualTo(rounded);
	}

	@Property(tries = 300)
	void roundingMovesAnAmountByAtMostHalfAMinorUnit(
			@ForAll @BigRange(min = "-1000000000", max = "1000000000") @Scale(6) BigDecimal amount,
			@ForAll("currencies") String currency) {
		BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(Amounts.minorUnits(currency)).divide(BigDecimal.TWO);

		BigDecimal moved = Amounts.round(amount, currency).subtract(amount).abs();

		assertThat(moved).isLessThanOrEqualTo(halfUnit);
	}

	@Property(tries = 200)
	void roundingIsSymmetricAroundZero(@ForAll @BigRange(min = "0", max = "1000000") @Scale(5) BigDecimal amount,
			@ForAll("currencies") String currency) {
		assertThat(Amounts.round(amount.negate(), currency)).isEqualByComparingTo(Amounts.round(amount, currency).negate());
	}

	@Provide
	Arbitrary<String> currencies() {
		// 2 (AED, MYR, USD), 0 (JPY, KRW) and 3 (KWD, BHD) minor units
		return Arbitraries.of("AED", "MYR", "USD", "JPY", "KRW", "KWD", "BHD");
	}

}
