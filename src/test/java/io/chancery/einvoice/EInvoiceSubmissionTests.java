package io.chancery.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.einvoice.internal.EInvoiceSubmissions;
import io.chancery.einvoice.internal.JsonSignature;
import io.chancery.einvoice.internal.UblJson;
import io.chancery.support.ApiClient;
import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * Documents of the Malaysian demo company through prepare → submit → poll against the local stand-in
 * (its demo settings and TEST certificate), read back through the invoice e-invoice API.
 */
@ChanceryIntegrationTest
class EInvoiceSubmissionTests {

	@LocalServerPort
	int port;

	@Autowired
	EInvoiceSubmissions submissions;

	@Autowired
	EInvoiceSettingsService settings;

	@Autowired
	Clock clock;

	ApiClient admin() {
		return ApiClient.as(port, "admin@demo-my.chancery", "demo");
	}

	/** The test document, issued now by the demo company (as supplier) to a Malaysian buyer. */
	EDocument document(String number) {
		long companyId = admin().companyId();
		EDocument template = EDocuments.of(DocumentType.INVOICE, number);
		return new EDocument(number, template.type(), template.version(), clock.instant(), template.currency(), null,
				template.originalDocuments(), settings.find(companyId).orElseThrow().supplier("Demo Equipment Sdn Bhd"),
				template.buyer(), template.paymentMode(), template.allowanceCharges(), template.taxAmount(),
				template.taxSubtotals(), template.totals(), template.lines());
	}

	static long sourceId() {
		return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
	}

	EInvoiceView submitted(long invoiceId, EDocument document) {
		long companyId = admin().companyId();
		EInvoiceView ready = submissions.prepare(companyId, EInvoiceSource.INVOICE, invoiceId, document);
		assertThat(ready.status()).isEqualTo(EInvoiceStatus.READY);
		submissions.submit(companyId, ready.id());
		// a poll a second, as the process (every 5 s) stays within MyInvois' request limits
		return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
			.until(() -> submissions.poll(companyId, ready.id()), view -> view.status() != EInvoiceStatus.SUBMITTED);
	}

	@Test
	void aValidDocumentGetsItsUuidLongIdAndValidationLinkAndIsNeverSubmittedTwice() {
		long invoiceId = sourceId();

		EInvoiceView valid = submitted(invoiceId, document("INV-T-" + invoiceId));

		assertThat(valid.status()).isEqualTo(EInvoiceStatus.VALID);
		JsonNode api = admin().get("/api/v1/invoices/" + invoiceId + "/einvoice").json();
		assertThat(api.get("status").asText()).isEqualTo("VALID");
		assertThat(api.get("uuid").asText()).isEqualTo(valid.uuid()).hasSize(26);
		assertThat(api.get("longId").asText()).hasSize(40);
		assertThat(api.get("validatedAt").asText()).isNotBlank();
		assertThat(api.get("validationUrl").asText()).endsWith("/" + valid.uuid() + "/share/" + valid.longId());
		assertThat(api.get("environmentLabel").asText()).isEqualTo("local stand-in, not LHDN");

		Response json = admin().get("/api/v1/invoices/" + invoiceId + "/einvoice/document?format=json");
		assertThat(JsonSignature.verify(json.body()).problems()).isEmpty();
		assertThat(UblJson.read(json.body()).number()).isEqualTo("INV-T-" + invoiceId);
		Response xml = admin().get("/api/v1/invoices/" + invoiceId + "/einvoice/document?format=xml");
		assertThat(xml.body()).contains("<cbc:ID>INV-T-" + invoiceId + "</cbc:ID>");

		EInvoiceView again = submissions.submit(admin().companyId(), valid.id());
		EInvoiceView preparedAgain = submissions.prepare(admin().companyId(), EInvoiceSource.INVOICE, invoiceId,
				document("INV-T-" + invoiceId));
		assertThat(again.uuid()).isEqualTo(valid.uuid());
		assertThat(preparedAgain.attempt()).isEqualTo(1);
		assertThat(preparedAgain.status()).isEqualTo(EInvoiceStatus.VALID);
	}

	@Test
	void aBrokenDocumentIsInvalidWithItsFieldErrorsAndNothingIsSubmitted() {
		long invoiceId = sourceId();
		EDocument good = document("INV-B-" + invoiceId);
		EDocument broken = new EDocument(good.number(), good.type(), good.version(), good.issuedAt(), good.currency(), null,
				good.originalDocuments(), good.supplier(), good.buyer(), good.paymentMode(), good.allowanceCharges(),
				good.taxAmount(), good.taxSubtotals(),
				new Totals(new BigDecimal("320"), new BigDecimal("320"), new BigDecimal("341.6"), null, null, null,
						new BigDecimal("999")),
				good.lines());

		EInvoiceView invalid = submissions.prepare(admin().companyId(), EInvoiceSource.INVOICE, invoiceId, broken);

		assertThat(invalid.status()).isEqualTo(EInvoiceStatus.INVALID);
		assertThat(invalid.uuid()).isNull();
		JsonNode api = admin().get("/api/v1/invoices/" + invoiceId + "/einvoice").json();
		assertThat(api.get("errors").findValuesAsText("field")).containsExactly("totals.payableAmount");
		assertThat(admin().get("/api/v1/invoices/" + invoiceId + "/einvoice/document?format=json").status()).isEqualTo(404);

		EInvoiceView fixed = submitted(invoiceId, good);
		assertThat(fixed.status()).isEqualTo(EInvoiceStatus.VALID);
		assertThat(fixed.attempt()).isEqualTo(2);
	}

	@Test
	void cancellationWorksWithin72HoursAndIsRefusedAfter() {
		long cancelledId = sourceId();
		long lateId = sourceId();
		submitted(cancelledId, document("INV-C-" + cancelledId));
		submitted(lateId, document("INV-L-" + lateId));

		Response cancelled = admin().post("/api/v1/invoices/" + cancelledId + "/einvoice/cancellation",
				Map.of("reason", "Wrong customer"));
		assertThat(admin().post("/api/v1/dev/clock", Map.of("advance", "PT73H")).status()).isEqualTo(200);
		Response late = admin().post("/api/v1/invoices/" + lateId + "/einvoice/cancellation",
				Map.of("reason", "Too late"));

		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().get("detail").asText()).contains("72-hour cancellation window closed");
		assertThat(admin().get("/api/v1/invoices/" + lateId + "/einvoice").json().get("status").asText()).isEqualTo("VALID");
		assertThat(ApiClient.as(port, "admin@demo.chancery", "demo").get("/api/v1/invoices/" + lateId + "/einvoice").status())
			.isEqualTo(404);
	}

}
