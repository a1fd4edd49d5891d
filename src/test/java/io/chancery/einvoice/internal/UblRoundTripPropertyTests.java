package io.chancery.einvoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import io.chancery.einvoice.Address;
import io.chancery.einvoice.DocumentType;
import io.chancery.einvoice.EDocument;
import io.chancery.einvoice.EDocuments;
import io.chancery.einvoice.Line;
import io.chancery.einvoice.Party;

/**
 * Any document written as UBL JSON or XML reads back as the same document: names and addresses in
 * any script, every document type, any issue instant, amounts of any size and precision, one to six
 * lines, with and without a foreign currency. (The validity of the arithmetic is DocumentValidation's
 * job; serialisation must carry whatever it is given.)
 */
class UblRoundTripPropertyTests {

	@Property(tries = 60)
	void jsonReadsBackAsTheSameDocument(@ForAll("documents") EDocument document) {
		assertThat(UblJson.read(UblJson.write(document))).isEqualTo(document);
	}

	@Property(tries = 60)
	void xmlReadsBackAsTheSameDocument(@ForAll("documents") EDocument document) {
		assertThat(UblXml.read(UblXml.write(document))).isEqualTo(document);
	}

	@Provide
	Arbitrary<EDocument> documents() {
		return Combinators.combine(Arbitraries.of(DocumentType.class), text(1, 30), instants(), text(1, 80), text(1, 40),
				Arbitraries.of("MYR", "USD", "SGD"), amounts(6), lineValues().list().ofMinSize(1).ofMaxSize(6))
			.as(UblRoundTripPropertyTests::document);
	}

	/** Letters of several scripts, digits, punctuation and XML's own special characters. */
	private static Arbitrary<String> text(int min, int max) {
		return Arbitraries.strings()
			.withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
			.withChars(" -/.,&<>\"'#()") // XML and JSON escaping
			.withChars("éüßçñ") // Latin accents
			.withChars("محمدعلي") // Arabic
			.withChars("陈伟明林") // Chinese
			.withChars("முருகன்") // Tamil
			.ofMinLength(min).ofMaxLength(max)
			.map(String::strip)
			.filter(text -> !text.isEmpty());
	}

	private static Arbitrary<Instant> instants() {
		return Arbitraries.longs()
			.between(Instant.parse("2024-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2035-12-31T23:59:59Z").getEpochSecond())
			.map(Instant::ofEpochSecond);
	}

	private static Arbitrary<BigDecimal> amounts(int scale) {
		return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("99999999999")).ofScale(scale);
	}

	private static Arbitrary<LineValues> lineValues() {
		return Combinators.combine(text(1, 60), amounts(4), amounts(2), amounts(2))
			.as(LineValues::new);
	}

	private record LineValues(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal tax) {
	}

	private static EDocument document(DocumentType type, String number, Instant issuedAt, String buyerName, String city,
			String currency, BigDecimal exchangeRate, List<LineValues> lines) {
		boolean foreign = !currency.equals(EDocument.TAX_CURRENCY);
		EDocument base = EDocuments.of(type, number, currency, foreign ? exchangeRate : null);
		Party buyer = base.buyer();
		Address address = buyer.address();
		Party renamed = new Party(buyerName, buyer.tin(), buyer.idType(), buyer.idValue(), buyer.sstNumber(),
				buyer.tourismTaxNumber(), buyer.msicCode(), buyer.activity(),
				new Address(List.of(buyerName, "Lot " + number), city, address.postcode(), address.stateCode(),
						address.countryCode()),
				buyer.phone(), buyer.email());
		Line template = base.lines().getFirst();
		List<Line> documentLines = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			LineValues values = lines.get(i);
			BigDecimal subtotal = values.quantity().multiply(values.unitPrice());
			documentLines.add(new Line(String.valueOf(i + 1), template.classifications(), values.description(),
					values.quantity(), template.unitCode(), values.unitPrice(), subtotal, List.of(), values.tax(),
					template.taxSubtotals(), subtotal));
		}
		return new EDocument(base.number(), base.type(), base.version(), issuedAt, base.currency(), base.exchangeRate(),
				base.originalDocuments(), base.supplier(), renamed, base.paymentMode(), base.allowanceCharges(),
				base.taxAmount(), base.taxSubtotals(), base.totals(), documentLines);
	}

}
