package io.chancery.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/** Credit notes against issued invoices: numbered CN-, lower the balance, never more than is left to credit. */
@ChanceryIntegrationTest
class CreditNoteApiTests {

	@LocalServerPort
	int port;

	ApiClient staff;

	long customerId;

	@BeforeEach
	void customer() {
		staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		customerId = BillingFixtures.customer(staff, "credit-" + UUID.randomUUID() + "@example.com");
	}

	/** 262.49 (see {@link BillingFixtures#draftInvoice}), issued. */
	long issuedInvoice() {
		long id = BillingFixtures.draftInvoice(staff, customerId);
		assertThat(staff.post("/api/v1/invoices/" + id + "/issue", "").status()).isEqualTo(200);
		return id;
	}

	@Test
	void anAmountOrLinesAreCreditedAndLowerTheBalanceUntilTheInvoiceIsSettled() throws Exception {
		long invoiceId = issuedInvoice();

		var byAmount = staff.post("/api/v1/invoices/" + invoiceId + "/credit-notes",
				Map.of("reason", "Courier not used", "amount", "49.99", "taxRate", "5"));
		assertThat(byAmount.status()).as(byAmount.body()).isEqualTo(201);
		JsonNode first = byAmount.json();
		assertThat(first.get("number").asText()).matches("CN-\\d{4}-\\d{5}");
		// 49.99 + 5 % (2.4995 → 2.50) = 52.49
		assertThat(first.get("total").decimalValue()).isEqualByComparingTo("52.49");
		assertThat(staff.get("/api/v1/invoices/" + invoiceId).json().get("balanceDue").decimalValue())
			.isEqualByComparingTo("210.00");

		var byLines = staff.post("/api/v1/invoices/" + invoiceId + "/credit-notes", Map.of("reason", "Visa refused",
				"lines", List.of(BillingFixtures.line("Visa processing", "2", "100.00", "5"))));
		assertThat(byLines.status()).as(byLines.body()).isEqualTo(201);
		JsonNode second = byLines.json();
		assertThat(second.get("total").decimalValue()).isEqualByComparingTo("210.00");
		assertThat(second.get("number").asText()).isNotEqualTo(first.get("number").asText());

		JsonNode invoice = staff.get("/api/v1/invoices/" + invoiceId).json();
		assertThat(invoice.get("balanceDue").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(invoice.get("status").asText()).as("settled by credit").isEqualTo("PAID");
		assertThat(staff.get("/api/v1/invoices/" + invoiceId + "/credit-notes").json().findValuesAsText("number"))
			.containsExactly(first.get("number").asText(), second.get("number").asText());
		assertThat(staff.get("/api/v1/credit-notes/" + second.get("id").asLong()).json().at("/lines/0/description").asText())
			.isEqualTo("Visa processing");
		assertThat(pdfText("/api/v1/credit-notes/" + first.get("id").asLong() + "/pdf")).contains("CREDIT NOTE",
				first.get("number").asText(), invoice.get("number").asText(), "Courier not used", "52.49");
		assertThat(pdfText("/api/v1/invoices/" + invoiceId + "/pdf")).contains("Credited", "-262.49");
	}

	private String pdfText(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("staff@demo.chancery:demo".getBytes()))
			.build();
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(response.body())))) {
			return PdfTextExtractor.getTextFromPage(document.getPage(1));
		}
	}

	@Test
	void moreThanIsLeftToCreditIsAConflict() {
		long invoiceId = issuedInvoice();
		staff.post("/api/v1/invoices/" + invoiceId + "/credit-notes", Map.of("reason", "Goodwill", "amount", "200.00"));

		var tooMuch = staff.post("/api/v1/invoices/" + invoiceId + "/credit-notes",
				Map.of("reason", "Goodwill again", "amount", "62.50"));

		assertThat(tooMuch.status()).isEqualTo(409);
		assertThat(tooMuch.json().get("detail").asText()).contains("62.50", "62.49", "left to credit");
		assertThat(staff.get("/api/v1/invoices/" + invoiceId).json().get("balanceDue").decimalValue())
			.isEqualByComparingTo("62.49");
	}

	@Test
	void aDraftCannotBeCreditedAndACreditNeedsAnAmountOrLines() {
		long draft = BillingFixtures.draftInvoice(staff, customerId);
		var onDraft = staff.post("/api/v1/invoices/" + draft + "/credit-notes", Map.of("reason", "x", "amount", "1"));
		assertThat(onDraft.status()).isEqualTo(409);
		assertThat(onDraft.isProblem()).isTrue();

		long issued = issuedInvoice();
		var nothing = staff.post("/api/v1/invoices/" + issued + "/credit-notes", Map.of("reason", "Nothing"));
		assertThat(nothing.status()).isEqualTo(400);
		assertThat(nothing.json().at("/errors/0/field").asText()).isEqualTo("amount");
		var noReason = staff.post("/api/v1/invoices/" + issued + "/credit-notes", Map.of("amount", "1"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().at("/errors/0/field").asText()).isEqualTo("reason");
		assertThat(ApiClient.as(port, "staff@demo-my.chancery", "demo").get("/api/v1/invoices/" + issued + "/credit-notes")
			.status()).as("another company's invoice").isEqualTo(404);
	}

}
