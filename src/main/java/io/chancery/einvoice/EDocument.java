package io.chancery.einvoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One MyInvois document of any of the eight types, independent of its JSON or XML form.
 * {@code issuedAt} is written as UTC date and time; {@code exchangeRate} (document currency → MYR) is
 * required when {@code currency} is not MYR; {@code originalDocuments} is required for notes.
 */
public record EDocument(String number, DocumentType type, String version, Instant issuedAt, String currency,
		BigDecimal exchangeRate, List<OriginalDocument> originalDocuments, Party supplier, Party buyer,
		String paymentMode, List<AllowanceCharge> allowanceCharges, BigDecimal taxAmount,
		List<TaxSubtotal> taxSubtotals, Totals totals, List<Line> lines) {

	public static final String TAX_CURRENCY = "MYR";

	public EDocument {
		exchangeRate = Decimals.canonical(exchangeRate);
		taxAmount = Decimals.canonical(taxAmount);
		originalDocuments = originalDocuments == null ? List.of() : List.copyOf(originalDocuments);
		allowanceCharges = allowanceCharges == null ? List.of() : List.copyOf(allowanceCharges);
		taxSubtotals = taxSubtotals == null ? List.of() : List.copyOf(taxSubtotals);
		lines = lines == null ? List.of() : List.copyOf(lines);
	}

}
