package io.chancery.einvoice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly consolidated e-invoice of sales to buyers without a TIN (LHDN: classification 004, buyer
 * "General Public" with TIN EI00000000010, submitted within the first 7 days of the following month).
 * One line per sale, so each receipt or invoice can be traced in the consolidated document.
 */
public final class ConsolidatedB2c {

	public static final String GENERAL_PUBLIC_TIN = "EI00000000010";

	public static final String CLASSIFICATION = "004";

	private ConsolidatedB2c() {
	}

	/** Whether a sale to a buyer with this TIN belongs in the consolidated e-invoice rather than its own. */
	public static boolean isB2c(String buyerTin) {
		return buyerTin == null || buyerTin.isBlank() || GENERAL_PUBLIC_TIN.equalsIgnoreCase(buyerTin.trim());
	}

	/** The last day (inclusive, company time) to submit the consolidated e-invoice of {@code month}. */
	public static LocalDate deadline(YearMonth month) {
		return month.plusMonths(1).atDay(7);
	}

	/** The buyer LHDN prescribes for consolidated e-invoices ("NA" where a detail is not applicable). */
	public static Party generalPublic() {
		return new Party("General Public", GENERAL_PUBLIC_TIN, "BRN", "NA", "NA", "NA", null, null,
				new Address(List.of("NA"), "NA", null, "17", "MYS"), "NA", null);
	}

	/**
	 * @param sales the month's B2C sales, in MYR, at least one
	 */
	public static EDocument build(String number, Party supplier, List<B2cSale> sales, Instant issuedAt) {
		if (sales.isEmpty()) {
			throw new IllegalArgumentException("a consolidated e-invoice needs at least one sale");
		}
		List<Line> lines = new ArrayList<>();
		Map<String, TaxSubtotal> taxes = new LinkedHashMap<>();
		BigDecimal net = BigDecimal.ZERO;
		BigDecimal tax = BigDecimal.ZERO;
		for (B2cSale sale : sales) {
			TaxSubtotal subtotal = new TaxSubtotal(sale.taxType(), sale.netAmount(), sale.taxAmount(), sale.taxPercent(),
					"E".equals(sale.taxType()) ? "Exempt sale" : null);
			lines.add(new Line(Integer.toString(lines.size() + 1), List.of(new Classification("CLASS", CLASSIFICATION)),
					sale.number() + " of " + sale.issueDate(), BigDecimal.ONE, "C62", sale.netAmount(), sale.netAmount(),
					List.of(), sale.taxAmount(), List.of(subtotal), sale.netAmount()));
			taxes.merge(sale.taxType() + "/" + sale.taxPercent(), subtotal,
					(sum, more) -> new TaxSubtotal(sum.taxType(), sum.taxableAmount().add(more.taxableAmount()),
							sum.taxAmount().add(more.taxAmount()), sum.percent(), sum.exemptionReason()));
			net = net.add(sale.netAmount());
			tax = tax.add(sale.taxAmount());
		}
		BigDecimal total = net.add(tax);
		return new EDocument(number, DocumentType.INVOICE, "1.1", issuedAt, EDocument.TAX_CURRENCY, null, List.of(),
				supplier, generalPublic(), null, List.of(), tax, List.copyOf(taxes.values()),
				new Totals(net, net, total, null, null, null, total), lines);
	}

}
