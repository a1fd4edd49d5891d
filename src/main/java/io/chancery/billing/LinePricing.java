package io.chancery.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.chancery.catalog.CatalogService;
import io.chancery.catalog.ServiceItem;
import io.chancery.shared.Amounts;
import io.chancery.shared.InvalidFieldException;

/**
 * Prices lines. The rule, per line, every step rounded half up to the currency's minor units:
 * gross = quantity × unit price; discount = the amount given, or gross × percent / 100;
 * net = gross − discount; tax = net × rate / 100. The document's totals are the sums of these
 * rounded line amounts (never a rounding of unrounded sums), so each line and the total agree
 * on paper.
 */
public final class LinePricing {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private LinePricing() {
	}

	/**
	 * @param field the name errors point at, e.g. "lines"; a line's own fields become lines[0].quantity
	 */
	static List<DocumentLine> price(List<LineInput> inputs, long companyId, String currency, CatalogService catalog,
			String field) {
		if (inputs == null || inputs.isEmpty()) {
			throw new InvalidFieldException(field, "Add at least one line");
		}
		List<DocumentLine> lines = new ArrayList<>();
		for (int i = 0; i < inputs.size(); i++) {
			lines.add(price(inputs.get(i), companyId, currency, catalog, field + "[" + i + "]"));
		}
		return lines;
	}

	private static DocumentLine price(LineInput input, long companyId, String currency, CatalogService catalog,
			String field) {
		ServiceItem service = input.serviceId() == null ? null : catalog.get(companyId, input.serviceId());
		String description = input.description() != null && !input.description().isBlank() ? input.description().trim()
				: service != null ? service.getName() : null;
		if (description == null) {
			throw new InvalidFieldException(field + ".description", "Give a description or choose a service");
		}
		if (input.quantity() == null || input.quantity().signum() <= 0) {
			throw new InvalidFieldException(field + ".quantity", "The quantity must be more than 0");
		}
		BigDecimal unitPrice = input.unitPrice() != null ? input.unitPrice()
				: service != null ? service.getUnitPrice() : null;
		if (unitPrice == null || unitPrice.signum() < 0) {
			throw new InvalidFieldException(field + ".unitPrice", "Give a unit price of 0 or more");
		}
		BigDecimal taxRate = input.taxRate() != null ? input.taxRate()
				: service != null ? catalog.taxRate(companyId, service.getTaxCode()).getRate()
						: catalog.defaultTaxRate(companyId);
		if (taxRate.signum() < 0 || taxRate.compareTo(HUNDRED) > 0) {
			throw new InvalidFieldException(field + ".taxRate", "The tax rate is a percentage between 0 and 100");
		}
		if (input.discountPercent() != null && input.discountAmount() != null) {
			throw new InvalidFieldException(field + ".discountAmount", "Give a discount in percent or as an amount, not both");
		}
		BigDecimal gross = Amounts.round(input.quantity().multiply(unitPrice), currency);
		BigDecimal discount = BigDecimal.ZERO;
		if (input.discountPercent() != null) {
			if (input.discountPercent().signum() < 0 || input.discountPercent().compareTo(HUNDRED) > 0) {
				throw new InvalidFieldException(field + ".discountPercent", "The discount is a percentage between 0 and 100");
			}
			discount = Amounts.round(gross.multiply(input.discountPercent()).divide(HUNDRED), currency);
		}
		else if (input.discountAmount() != null) {
			discount = Amounts.round(input.discountAmount(), currency);
			if (discount.signum() < 0 || discount.compareTo(gross) > 0) {
				throw new InvalidFieldException(field + ".discountAmount", "The discount must be between 0 and the line's amount " + gross);
			}
		}
		discount = Amounts.round(discount, currency);
		BigDecimal net = gross.subtract(discount);
		BigDecimal tax = Amounts.round(net.multiply(taxRate).divide(HUNDRED), currency);
		return new DocumentLine(service == null ? null : service.getId(), description, input.quantity(),
				service == null ? null : service.getUnit(), unitPrice, input.discountPercent(), input.discountAmount(),
				taxRate, net, discount, tax);
	}

}
