package io.chancery.einvoice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Test documents: an arithmetically consistent document of any type (two lines, a discount, SST
 * 8 % and an exempt line) and the official SDK samples shipped under src/test/resources.
 */
public final class EDocuments {

	/** The SDK sample file of each type (1.0, unsigned). */
	public static String sampleName(DocumentType type) {
		return switch (type) {
			case INVOICE -> "1.0-Invoice-Sample";
			case CREDIT_NOTE -> "1.0-Credit-Note-Sample";
			case DEBIT_NOTE -> "1.0-Debit-Note-Sample";
			case REFUND_NOTE -> "1.0-Refund-Note-Sample";
			case SELF_BILLED_INVOICE -> "1.0-Self-Billed-Invoice-Sample";
			case SELF_BILLED_CREDIT_NOTE -> "1.0-Self-Billed-Credit-Sample";
			case SELF_BILLED_DEBIT_NOTE -> "1.0-Self-Billed-Debit-Sample";
			case SELF_BILLED_REFUND_NOTE -> "1.0-Self-Billed-Refund-Sample";
		};
	}

	public static String sample(String fileName) {
		try (InputStream in = EDocuments.class.getResourceAsStream("/einvoice/samples/" + fileName)) {
			if (in == null) {
				throw new IllegalArgumentException("no sample " + fileName);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static Party supplier() {
		return new Party("Chancery Test Weights Sdn Bhd", "C25845632020", "BRN", "202001234567", "W10-1808-32000001",
				"NA", "77309", "Renting and leasing of other machinery, equipment and tangible goods n.e.c.",
				new Address(List.of("Lot 66", "Jalan Perusahaan 3"), "Shah Alam", "40150", "10", "MYS"),
				"+60355123456", "billing@chancery.test");
	}

	public static Party buyer() {
		return new Party("Kilang Kalibrasi Sdn Bhd", "C20880050010", "BRN", "201901000005", "NA", null, null, null,
				new Address(List.of("No. 5, Jalan Tukang"), "Klang", "41050", "10", "MYS"), "+60333441122", null);
	}

	/** MYR document of the given type: 2 × 150.00 less 10 % discount at 8 % SST, plus an exempt 50.00 line. */
	public static EDocument of(DocumentType type, String number) {
		return of(type, number, "MYR", null);
	}

	public static EDocument of(DocumentType type, String number, String currency, BigDecimal exchangeRate) {
		Line rental = new Line("1", List.of(new Classification("CLASS", "022")), "Rental of 20 kg test weights",
				new BigDecimal("2"), "DAY", new BigDecimal("150.00"), new BigDecimal("300.00"),
				List.of(new AllowanceCharge(false, "Loyalty discount", new BigDecimal("0.10"), new BigDecimal("30.00"))),
				new BigDecimal("21.60"),
				List.of(new TaxSubtotal("02", new BigDecimal("270.00"), new BigDecimal("21.60"), new BigDecimal("8"), null)),
				new BigDecimal("270.00"));
		Line delivery = new Line("2", List.of(new Classification("CLASS", "022")), "Delivery to site", BigDecimal.ONE,
				"C62", new BigDecimal("50.00"), new BigDecimal("50.00"), List.of(), BigDecimal.ZERO,
				List.of(new TaxSubtotal("E", new BigDecimal("50.00"), BigDecimal.ZERO, BigDecimal.ZERO,
						"Exempt delivery within the rental contract")),
				new BigDecimal("50.00"));
		List<OriginalDocument> originals = type.isNote()
				? List.of(new OriginalDocument("F9D425P6DS7D8IU", "INV-2026-00007")) : List.of();
		return new EDocument(number, type, "1.1", Instant.parse("2026-03-02T01:15:30Z"), currency, exchangeRate,
				originals, supplier(), buyer(), "03", List.of(), new BigDecimal("21.60"),
				List.of(new TaxSubtotal("02", new BigDecimal("270.00"), new BigDecimal("21.60"), new BigDecimal("8"), null),
						new TaxSubtotal("E", new BigDecimal("50.00"), BigDecimal.ZERO, BigDecimal.ZERO,
								"Exempt delivery within the rental contract")),
				new Totals(new BigDecimal("320.00"), new BigDecimal("320.00"), new BigDecimal("341.60"), null, null, null,
						new BigDecimal("341.60")),
				List.of(rental, delivery));
	}

	private EDocuments() {
	}

}
