package io.chancery.billing;

import java.math.BigDecimal;
import java.util.List;

/** A document's sums: the lines' own rounded amounts added up, so they always add up on paper. */
public record Totals(BigDecimal subtotal, BigDecimal discountTotal, BigDecimal taxTotal, BigDecimal total) {

	public static Totals of(List<DocumentLine> lines) {
		BigDecimal gross = BigDecimal.ZERO;
		BigDecimal discount = BigDecimal.ZERO;
		BigDecimal tax = BigDecimal.ZERO;
		for (DocumentLine line : lines) {
			gross = gross.add(line.getGrossAmount());
			discount = discount.add(line.getLineDiscount());
			tax = tax.add(line.getTaxAmount());
		}
		return new Totals(gross, discount, tax, gross.subtract(discount).add(tax));
	}

	/** Biggest discount of a line relative to its gross amount, in percent (the approval rule looks at it). */
	public static BigDecimal maxDiscountPercent(List<DocumentLine> lines) {
		BigDecimal max = BigDecimal.ZERO;
		for (DocumentLine line : lines) {
			if (line.getGrossAmount().signum() > 0) {
				BigDecimal percent = line.getLineDiscount().multiply(BigDecimal.valueOf(100))
					.divide(line.getGrossAmount(), 2, java.math.RoundingMode.HALF_UP);
				max = max.max(percent);
			}
		}
		return max;
	}

}
