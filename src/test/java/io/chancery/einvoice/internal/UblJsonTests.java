package io.chancery.einvoice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.einvoice.DocumentType;
import io.chancery.einvoice.EDocument;
import io.chancery.einvoice.EDocuments;
import io.chancery.einvoice.OriginalDocument;

class UblJsonTests {

	@ParameterizedTest
	@EnumSource(DocumentType.class)
	void officialSampleOfEveryTypeReadsAndRoundTrips(DocumentType type) {
		EDocument sample = UblJson.read(EDocuments.sample(EDocuments.sampleName(type) + ".json"));

		assertThat(sample.type()).isEqualTo(type);
		assertThat(sample.supplier().tin()).isEqualTo("Supplier's TIN");
		assertThat(sample.supplier().msicCode()).isEqualTo("46510");
		assertThat(sample.buyer().name()).isEqualTo("Buyer's Name");
		assertThat(sample.lines()).isNotEmpty();
		assertThat(sample.lines().getFirst().classifications()).isNotEmpty();
		assertThat(sample.totals().payableAmount()).isEqualByComparingTo("1436.5");
		if (type.isNote()) {
			assertThat(sample.originalDocuments()).extracting(OriginalDocument::uuid)
				.singleElement()
				.asString()
				.startsWith("Reference ")
				.endsWith("Invoice UUID");
		}
		assertThat(UblJson.read(UblJson.write(sample))).isEqualTo(sample);
	}

	@ParameterizedTest
	@EnumSource(DocumentType.class)
	void ourDocumentOfEveryTypeRoundTripsThroughJson(DocumentType type) {
		EDocument document = EDocuments.of(type, "RT-" + type.code());

		String json = UblJson.write(document);

		assertThat(UblJson.read(json)).isEqualTo(document);
		JsonNode invoice = UblJsonNodes.parse(json).get("Invoice").get(0);
		assertThat(invoice.get("InvoiceTypeCode").get(0).get("_").asText()).isEqualTo(type.code());
		assertThat(invoice.get("InvoiceTypeCode").get(0).get("listVersionID").asText()).isEqualTo("1.1");
		assertThat(invoice.has("BillingReference")).isEqualTo(type.isNote());
	}

	@Test
	void foreignCurrencySampleCarriesTheExchangeRate() {
		EDocument sample = UblJson.read(EDocuments.sample("1.0-Invoice-ForeignCurrency-Sample.json"));

		assertThat(sample.currency()).isEqualTo("USD");
		assertThat(sample.exchangeRate()).isEqualByComparingTo("4.72");
	}

	@Test
	void writesTheUblJsonShapeOfTheSamples() {
		EDocument document = EDocuments.of(DocumentType.CREDIT_NOTE, "CN-1", "USD", new BigDecimal("4.7200"));

		JsonNode root = UblJsonNodes.parse(UblJson.write(document));

		assertThat(root.get("_D").asText()).isEqualTo("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2");
		assertThat(root.get("_A").asText()).endsWith("CommonAggregateComponents-2");
		assertThat(root.get("_B").asText()).endsWith("CommonBasicComponents-2");
		JsonNode invoice = root.get("Invoice").get(0);
		assertThat(invoice.get("ID").get(0).get("_").asText()).isEqualTo("CN-1");
		assertThat(invoice.at("/TaxExchangeRate/0/CalculationRate/0/_").decimalValue()).isEqualByComparingTo("4.72");
		assertThat(invoice.at("/TaxExchangeRate/0/TargetCurrencyCode/0/_").asText()).isEqualTo("MYR");
		assertThat(invoice.at("/BillingReference/0/InvoiceDocumentReference/0/UUID/0/_").asText())
			.isEqualTo("F9D425P6DS7D8IU");
		assertThat(invoice.at("/BillingReference/0/InvoiceDocumentReference/0/ID/0/_").asText())
			.isEqualTo("INV-2026-00007");
		assertThat(invoice.at("/LegalMonetaryTotal/0/PayableAmount/0/currencyID").asText()).isEqualTo("USD");
		assertThat(invoice.at("/InvoiceLine/0/InvoicedQuantity/0/unitCode").asText()).isEqualTo("DAY");
		assertThat(invoice.at("/AccountingSupplierParty/0/Party/0/PartyIdentification/1/ID/0/schemeID").asText())
			.isEqualTo("BRN");
	}

	@Test
	void amountsAreNeverInScientificNotation() {
		EDocument base = EDocuments.of(DocumentType.INVOICE, "BIG-1");
		EDocument big = new EDocument(base.number(), base.type(), base.version(), base.issuedAt(), base.currency(),
				null, base.originalDocuments(), base.supplier(), base.buyer(), base.paymentMode(), base.allowanceCharges(),
				new BigDecimal("1E+7"), base.taxSubtotals(), base.totals(), base.lines());

		String json = UblJson.write(big);

		assertThat(json).contains("\"TaxAmount\":[{\"_\":10000000,\"currencyID\":\"MYR\"}]").doesNotContain("E+");
		assertThat(UblJson.read(json)).isEqualTo(big);
	}

	@Test
	void issueDateAndTimeAreWrittenInUtc() {
		Instant lateEveningInKualaLumpur = ZonedDateTime.of(2026, 3, 2, 7, 5, 9, 0, ZoneId.of("Asia/Kuala_Lumpur"))
			.toInstant();
		EDocument base = EDocuments.of(DocumentType.INVOICE, "UTC-1");
		EDocument document = new EDocument(base.number(), base.type(), base.version(), lateEveningInKualaLumpur,
				base.currency(), null, base.originalDocuments(), base.supplier(), base.buyer(), base.paymentMode(),
				base.allowanceCharges(), base.taxAmount(), base.taxSubtotals(), base.totals(), base.lines());

		JsonNode invoice = UblJsonNodes.parse(UblJson.write(document)).get("Invoice").get(0);

		assertThat(invoice.at("/IssueDate/0/_").asText()).isEqualTo("2026-03-01");
		assertThat(invoice.at("/IssueTime/0/_").asText()).isEqualTo("23:05:09Z");
	}

}
