package io.chancery.einvoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a document before it is signed and submitted: mandatory fields, the MyInvois maximum lengths,
 * code values against the shipped code tables, and the arithmetic of lines, taxes and totals (to the
 * sen, amounts rounded half-up to two decimals). Each failure names the field path.
 */
public final class DocumentValidation {

	static final Set<String> ID_TYPES = Set.of("BRN", "NRIC", "PASSPORT", "ARMY");

	private final List<FieldError> errors = new ArrayList<>();

	private DocumentValidation() {
	}

	public static List<FieldError> validate(EDocument document) {
		DocumentValidation validation = new DocumentValidation();
		validation.check(document);
		return List.copyOf(validation.errors);
	}

	private void check(EDocument document) {
		text("number", document.number(), 50);
		required("type", document.type());
		if (document.version() != null && !Set.of("1.0", "1.1").contains(document.version())) {
			error("version", "must be 1.0 or 1.1");
		}
		required("issuedAt", document.issuedAt());
		if (code("currency", document.currency(), CodeTable.CURRENCY)) {
			boolean foreign = !EDocument.TAX_CURRENCY.equals(document.currency());
			if (foreign && (document.exchangeRate() == null || document.exchangeRate().signum() <= 0)) {
				error("exchangeRate", "is required (and positive) for a document in " + document.currency());
			}
			if (!foreign && document.exchangeRate() != null) {
				error("exchangeRate", "must be empty for a document in MYR");
			}
		}
		if (document.type() != null && document.type().isNote()) {
			if (document.originalDocuments().isEmpty()) {
				error("originalDocuments", "a " + document.type().name().toLowerCase().replace('_', ' ')
						+ " must reference the original document's UUID and number");
			}
			for (int i = 0; i < document.originalDocuments().size(); i++) {
				OriginalDocument original = document.originalDocuments().get(i);
				text("originalDocuments[" + i + "].uuid", original.uuid(), 100);
				text("originalDocuments[" + i + "].number", original.number(), 50);
			}
		}
		party("supplier", document.supplier(), true);
		party("buyer", document.buyer(), false);
		if (document.paymentMode() != null) {
			code("paymentMode", document.paymentMode(), CodeTable.PAYMENT_MODE);
		}
		allowanceCharges("allowanceCharges", document.allowanceCharges());
		if (document.lines().isEmpty()) {
			error("lines", "at least one line is required");
		}
		for (int i = 0; i < document.lines().size(); i++) {
			line("lines[" + i + "]", document.lines().get(i));
		}
		taxSubtotals("taxSubtotals", document.taxSubtotals());
		totals(document);
	}

	private void party(String path, Party party, boolean supplier) {
		if (party == null) {
			error(path, "is required");
			return;
		}
		text(path + ".name", party.name(), 300);
		text(path + ".tin", party.tin(), 14);
		if (party.idType() == null || !ID_TYPES.contains(party.idType())) {
			error(path + ".idType", "must be one of BRN, NRIC, PASSPORT, ARMY");
		}
		text(path + ".idValue", party.idValue(), 20);
		optionalText(path + ".sstNumber", party.sstNumber(), 35);
		optionalText(path + ".tourismTaxNumber", party.tourismTaxNumber(), 17);
		if (supplier) {
			code(path + ".msicCode", party.msicCode(), CodeTable.MSIC);
			text(path + ".activity", party.activity(), 300);
		}
		Address address = party.address();
		if (address == null) {
			error(path + ".address", "is required");
		}
		else {
			if (address.lines().isEmpty()) {
				error(path + ".address.lines", "at least one address line is required");
			}
			for (int i = 0; i < address.lines().size(); i++) {
				text(path + ".address.lines[" + i + "]", address.lines().get(i), 150);
			}
			text(path + ".address.city", address.city(), 50);
			optionalText(path + ".address.postcode", address.postcode(), 50);
			code(path + ".address.stateCode", address.stateCode(), CodeTable.STATE);
			code(path + ".address.countryCode", address.countryCode(), CodeTable.COUNTRY);
		}
		// the general public of a consolidated e-invoice has no phone: LHDN asks for "NA" there
		boolean noPhone = !supplier && ConsolidatedB2c.GENERAL_PUBLIC_TIN.equals(party.tin()) && "NA".equals(party.phone());
		if (!noPhone && (party.phone() == null || party.phone().isBlank() || party.phone().length() < 8
				|| party.phone().length() > 20)) {
			error(path + ".phone", "is required, 8 to 20 characters");
		}
		optionalText(path + ".email", party.email(), 320);
	}

	private void line(String path, Line line) {
		text(path + ".id", line.id(), 50);
		if (line.classifications().stream().noneMatch(c -> "CLASS".equals(c.listId()))) {
			error(path + ".classifications", "at least one MyInvois classification (CLASS) is required");
		}
		for (int i = 0; i < line.classifications().size(); i++) {
			Classification classification = line.classifications().get(i);
			if ("CLASS".equals(classification.listId())) {
				code(path + ".classifications[" + i + "].code", classification.code(), CodeTable.CLASSIFICATION);
			}
			else if (!"PTC".equals(classification.listId())) {
				error(path + ".classifications[" + i + "].listId", "must be CLASS or PTC");
			}
		}
		text(path + ".description", line.description(), 300);
		if (line.quantity() == null || line.quantity().signum() <= 0) {
			error(path + ".quantity", "is required and must be positive");
		}
		if (line.unitCode() != null) {
			code(path + ".unitCode", line.unitCode(), CodeTable.UNIT);
		}
		if (line.unitPrice() == null || line.unitPrice().signum() < 0) {
			error(path + ".unitPrice", "is required and must not be negative");
		}
		allowanceCharges(path + ".allowanceCharges", line.allowanceCharges());
		taxSubtotals(path + ".taxSubtotals", line.taxSubtotals());
		if (line.quantity() != null && line.unitPrice() != null) {
			sameAmount(path + ".subtotal", line.subtotal(), line.quantity().multiply(line.unitPrice()),
					"quantity × unit price");
			if (line.subtotal() != null) {
				sameAmount(path + ".lineExtensionAmount", line.lineExtensionAmount(),
						line.subtotal().subtract(sum(line.allowanceCharges(), a -> a.charge() ? null : a.amount()))
							.add(sum(line.allowanceCharges(), a -> a.charge() ? a.amount() : null)),
						"subtotal − discounts + charges");
			}
		}
		sameAmount(path + ".taxAmount", line.taxAmount(), sum(line.taxSubtotals(), TaxSubtotal::taxAmount),
				"the sum of the line's tax subtotals");
	}

	private void allowanceCharges(String path, List<AllowanceCharge> items) {
		for (int i = 0; i < items.size(); i++) {
			AllowanceCharge item = items.get(i);
			if (item.amount() == null || item.amount().signum() < 0) {
				error(path + "[" + i + "].amount", "is required and must not be negative");
			}
			optionalText(path + "[" + i + "].reason", item.reason(), 300);
		}
	}

	private void taxSubtotals(String path, List<TaxSubtotal> subtotals) {
		if (subtotals.isEmpty()) {
			error(path, "at least one tax subtotal is required (tax type E or 06 when no tax applies)");
		}
		for (int i = 0; i < subtotals.size(); i++) {
			TaxSubtotal subtotal = subtotals.get(i);
			String at = path + "[" + i + "]";
			code(at + ".taxType", subtotal.taxType(), CodeTable.TAX_TYPE);
			required(at + ".taxableAmount", subtotal.taxableAmount());
			required(at + ".taxAmount", subtotal.taxAmount());
			if ("E".equals(subtotal.taxType())) {
				text(at + ".exemptionReason", subtotal.exemptionReason(), 300);
			}
			if (subtotal.percent() != null && subtotal.taxableAmount() != null) {
				sameAmount(at + ".taxAmount", subtotal.taxAmount(),
						subtotal.taxableAmount().multiply(subtotal.percent()).movePointLeft(2),
						"taxable amount × rate");
			}
		}
	}

	private void totals(EDocument document) {
		Totals totals = document.totals();
		if (totals == null) {
			error("totals", "is required");
			return;
		}
		BigDecimal taxes = sum(document.taxSubtotals(), TaxSubtotal::taxAmount);
		sameAmount("taxAmount", document.taxAmount(), taxes, "the sum of the tax subtotals");
		sameAmount("taxAmount", document.taxAmount(), sum(document.lines(), Line::taxAmount),
				"the sum of the lines' tax");
		sameAmount("totals.lineExtensionAmount", totals.lineExtensionAmount(),
				sum(document.lines(), Line::lineExtensionAmount), "the sum of the lines");
		BigDecimal allowances = sum(document.allowanceCharges(), a -> a.charge() ? null : a.amount());
		BigDecimal charges = sum(document.allowanceCharges(), a -> a.charge() ? a.amount() : null);
		if (totals.allowanceTotalAmount() != null || allowances.signum() != 0) {
			sameAmount("totals.allowanceTotalAmount", totals.allowanceTotalAmount(), allowances,
					"the sum of the document's discounts");
		}
		if (totals.chargeTotalAmount() != null || charges.signum() != 0) {
			sameAmount("totals.chargeTotalAmount", totals.chargeTotalAmount(), charges,
					"the sum of the document's charges");
		}
		if (totals.lineExtensionAmount() != null) {
			sameAmount("totals.taxExclusiveAmount", totals.taxExclusiveAmount(),
					totals.lineExtensionAmount().subtract(allowances).add(charges),
					"line total − discounts + charges");
		}
		if (totals.taxExclusiveAmount() != null && document.taxAmount() != null) {
			sameAmount("totals.taxInclusiveAmount", totals.taxInclusiveAmount(),
					totals.taxExclusiveAmount().add(document.taxAmount()), "tax exclusive amount + tax");
		}
		if (totals.taxInclusiveAmount() != null) {
			BigDecimal rounding = totals.payableRoundingAmount() == null ? BigDecimal.ZERO : totals.payableRoundingAmount();
			sameAmount("totals.payableAmount", totals.payableAmount(), totals.taxInclusiveAmount().add(rounding),
					"tax inclusive amount + rounding");
		}
	}

	private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
		return items.stream().map(amount).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private void sameAmount(String field, BigDecimal actual, BigDecimal expected, String rule) {
		if (actual == null) {
			error(field, "is required");
		}
		else if (cents(actual).compareTo(cents(expected)) != 0) {
			error(field, "is " + actual.toPlainString() + " but must be " + rule + " = "
					+ cents(expected).toPlainString());
		}
	}

	private static BigDecimal cents(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	private boolean code(String field, String value, CodeTable table) {
		if (value == null || value.isBlank()) {
			error(field, "is required");
			return false;
		}
		if (!CodeTables.contains(table, value)) {
			error(field, "'" + value + "' is not in the MyInvois " + table.name().toLowerCase().replace('_', ' ')
					+ " code table");
			return false;
		}
		return true;
	}

	private void text(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			error(field, "is required");
		}
		else {
			optionalText(field, value, maxLength);
		}
	}

	private void optionalText(String field, String value, int maxLength) {
		if (value != null && value.length() > maxLength) {
			error(field, "must be at most " + maxLength + " characters");
		}
	}

	private void required(String field, Object value) {
		if (value == null) {
			error(field, "is required");
		}
	}

	private void error(String field, String message) {
		errors.add(new FieldError(field, message));
	}

}
