package io.chancery.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import io.chancery.shared.Amounts;

/**
 * Free-text lines priced by the rule in {@link LinePricing}, for any quantity, price, discount and
 * tax rate a form accepts: every amount is in the currency's minor units, the totals add up on
 * paper, and the order of lines does not change them. Free-text lines with their own tax rate never
 * read the catalogue, so none is given.
 */
class LinePricingPropertyTests {

	@Property(tries = 200)
	void everyLineAmountIsInMinorUnitsAndNeverNegative(@ForAll @Size(min = 1, max = 8) List<@From("lines") LineInput> inputs,
			@ForAll("currencies") String currency) {
		int units = Amounts.minorUnits(currency);

		for (DocumentLine line : LinePricing.price(inputs, 1, currency, null, "lines")) {
			assertThat(line.getGrossAmount().scale()).isEqualTo(units);
			assertThat(line.getLineDiscount().scale()).isEqualTo(units);
			assertThat(line.getTaxAmount().scale()).isEqualTo(units);
			assertThat(line.getLineDiscount()).isBetween(BigDecimal.ZERO, line.getGrossAmount());
			assertThat(line.getNetAmount()).isEqualByComparingTo(line.getGrossAmount().subtract(line.getLineDiscount()));
			assertThat(line.getTaxAmount().signum()).isNotNegative();
		}
	}

	@Property(tries = 200)
	void totalsAreTheSumsOfTheRoundedLinesAndAddUp(@ForAll @Size(min = 1, max = 8) List<@From("lines") LineInput> inputs,
			@ForAll("currencies") String currency) {
		List<DocumentLine> lines = LinePricing.price(inputs, 1, currency, null, "lines");

		Totals totals = Totals.of(lines);

		assertThat(totals.subtotal()).isEqualByComparingTo(sum(lines.stream().map(DocumentLine::getGrossAmount).toList()));
		assertThat(totals.taxTotal()).isEqualByComparingTo(sum(lines.stream().map(DocumentLine::getTaxAmount).toList()));
		assertThat(totals.total())
			.isEqualByComparingTo(totals.subtotal().subtract(totals.discountTotal()).add(totals.taxTotal()));
		assertThat(Amounts.round(totals.total(), currency)).isEqualByComparingTo(totals.total());
	}

	@Property(tries = 100)
	void theOrderOfLinesDoesNotChangeTheTotals(@ForAll @Size(min = 2, max = 8) List<@From("lines") LineInput> inputs,
			@ForAll("currencies") String currency) {
		List<LineInput> reversed = new ArrayList<>(inputs);
		Collections.reverse(reversed);

		assertThat(Totals.of(LinePricing.price(reversed, 1, currency, null, "lines")))
			.isEqualTo(Totals.of(LinePricing.price(inputs, 1, currency, null, "lines")));
	}

	@Property(tries = 100)
	void aFullPercentDiscountLeavesNothingToPayOrTax(@ForAll @Size(min = 1, max = 4) List<@From("lines") LineInput> inputs,
			@ForAll("currencies") String currency) {
		List<LineInput> free = inputs.stream()
			.map(line -> new LineInput(null, line.description(), line.quantity(), line.unitPrice(), new BigDecimal("100"),
					null, line.taxRate()))
			.toList();

		Totals totals = Totals.of(LinePricing.price(free, 1, currency, null, "lines"));

		assertThat(totals.total()).isZero();
		assertThat(totals.taxTotal()).isZero();
	}

	@Provide
	Arbitrary<LineInput> lines() {
		Arbitrary<BigDecimal> quantity = Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("100000")).ofScale(4);
		Arbitrary<BigDecimal> unitPrice = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(4);
		Arbitrary<BigDecimal> percent = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2);
		Arbitrary<BigDecimal> discountPercent = percent.injectNull(0.5);
		Arbitrary<String> description = Arbitraries.strings().ofMinLength(1).ofMaxLength(40).alpha().numeric().withChars(" äß中文ـع");
		return Combinators.combine(description, quantity, unitPrice, discountPercent, percent)
			.as((text, qty, price, discount, tax) -> new LineInput(null, "line " + text, qty, price, discount, null, tax));
	}

	@Provide
	Arbitrary<String> currencies() {
		return Arbitraries.of("AED", "MYR", "JPY", "KWD");
	}

	private static BigDecimal sum(List<BigDecimal> amounts) {
		return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
