package io.chancery.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class AmountsTests {

	@Test
	void roundsHalfUpToTheMinorUnitsOfTheCurrency() {
		assertThat(Amounts.round(new BigDecimal("10.005"), "AED")).isEqualTo(new BigDecimal("10.01"));
		assertThat(Amounts.round(new BigDecimal("10.004"), "MYR")).isEqualTo(new BigDecimal("10.00"));
		assertThat(Amounts.round(new BigDecimal("-2.345"), "MYR")).isEqualTo(new BigDecimal("-2.35"));
		assertThat(Amounts.round(new BigDecimal("1499.5"), "JPY")).isEqualTo(new BigDecimal("1500"));
		assertThat(Amounts.round(new BigDecimal("1.2345"), "KWD")).isEqualTo(new BigDecimal("1.235"));
	}

	@Test
	void anUnknownCurrencyIsRefused() {
		assertThatThrownBy(() -> Amounts.round(BigDecimal.ONE, "XYZ1")).isInstanceOf(IllegalArgumentException.class);
	}

}
