package io.chancery.einvoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.chancery.einvoice.DocumentType;
import io.chancery.einvoice.EDocument;
import io.chancery.einvoice.EDocuments;

class UblXmlTests {

	@ParameterizedTest
	@EnumSource(DocumentType.class)
	void officialXmlSampleOfEveryTypeReadsAndRoundTrips(DocumentType type) {
		EDocument sample = UblXml.read(EDocuments.sample(EDocuments.sampleName(type) + ".xml"));

		assertThat(sample.type()).isEqualTo(type);
		assertThat(sample.supplier().tin()).isEqualTo("Supplier's TIN");
		assertThat(sample.supplier().address().countryCode()).isEqualTo("MYS");
		assertThat(sample.lines()).isNotEmpty();
		assertThat(sample.originalDocuments().isEmpty()).isEqualTo(!type.isNote());
		assertThat(UblXml.read(UblXml.write(sample))).isEqualTo(sample);
	}

	@ParameterizedTest
	@EnumSource(DocumentType.class)
	void ourDocumentOfEveryTypeRoundTripsThroughXmlAndJson(DocumentType type) {
		EDocument document = EDocuments.of(type, "X-" + type.code(), "USD", new BigDecimal("4.72"));

		String xml = UblXml.write(document);

		assertThat(UblXml.read(xml)).isEqualTo(document);
		assertThat(UblJson.read(UblJson.write(UblXml.read(xml)))).isEqualTo(document);
		assertThat(xml).contains("<cbc:InvoiceTypeCode listVersionID=\"1.1\">" + type.code() + "</cbc:InvoiceTypeCode>")
			.contains("<cbc:IssueTime>01:15:30Z</cbc:IssueTime>")
			.contains("<cbc:CalculationRate>4.72</cbc:CalculationRate>")
			.contains("<cbc:PayableAmount currencyID=\"USD\">341.6</cbc:PayableAmount>");
	}

	@Test
	void theMultiLineSampleKeepsEveryLineInXmlAndJson() {
		EDocument fromXml = UblXml.read(EDocuments.sample("1.0-Invoice-MultiLineItem-Sample.xml"));
		EDocument fromJson = UblJson.read(EDocuments.sample("1.0-Invoice-MultiLineItem-Sample.json"));

		assertThat(fromXml.lines()).hasSize(fromJson.lines().size()).hasSizeGreaterThan(1);
		assertThat(fromXml.lines().get(1).classifications()).isEqualTo(fromJson.lines().get(1).classifications());
	}

	@Test
	void largeAmountsAreWrittenPlain() {
		EDocument base = EDocuments.of(DocumentType.INVOICE, "X-BIG");
		EDocument big = new EDocument(base.number(), base.type(), base.version(), base.issuedAt(), base.currency(), null,
				base.originalDocuments(), base.supplier(), base.buyer(), base.paymentMode(), base.allowanceCharges(),
				new BigDecimal("1E+7"), base.taxSubtotals(), base.totals(), base.lines());

		assertThat(UblXml.write(big)).contains("<cbc:TaxAmount currencyID=\"MYR\">10000000</cbc:TaxAmount>")
			.doesNotContain("E+7");
	}

}
