package io.chancery.einvoice;

import java.math.BigDecimal;
import java.util.List;

/**
 * One document line. {@code subtotal} is quantity × unit price; {@code lineExtensionAmount} is the
 * subtotal after the line's discounts and charges, before tax; {@code taxAmount} is the line's total tax.
 */
public record Line(String id, List<Classification> classifications, String description, BigDecimal quantity,
		String unitCode, BigDecimal unitPrice, BigDecimal subtotal, List<AllowanceCharge> allowanceCharges,
		BigDecimal taxAmount, List<TaxSubtotal> taxSubtotals, BigDecimal lineExtensionAmount) {

	public Line {
		classifications = classifications == null ? List.of() : List.copyOf(classifications);
		allowanceCharges = allowanceCharges == null ? List.of() : List.copyOf(allowanceCharges);
		taxSubtotals = taxSubtotals == null ? List.of() : List.copyOf(taxSubtotals);
		quantity = Decimals.canonical(quantity);
		unitPrice = Decimals.canonical(unitPrice);
		subtotal = Decimals.canonical(subtotal);
		taxAmount = Decimals.canonical(taxAmount);
		lineExtensionAmount = Decimals.canonical(lineExtensionAmount);
	}

}
