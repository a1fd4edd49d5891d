package io.chancery.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;

import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/** Invoices through the REST API: exact totals, the state machine, payments, expenses, PDFs, tenancy. */
@ChanceryIntegrationTest
class InvoiceApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient staff;

	long customerId;

	String customerName;

	@BeforeEach
	void customer() {
		staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		customerId = BillingFixtures.customer(staff, "billing-" + UUID.randomUUID() + "@example.com");
		customerName = staff.get("/api/v1/customers/" + customerId).json().get("name").asText();
	}

	@Test
	void totalsAreRoundedPerLineThenAdded() {
		var created = staff.post("/api/v1/invoices", Map.of("customerId", customerId, "lines", List.of(
				Map.of("description", "Hours", "quantity", "3", "unitPrice", "33.335", "discountPercent", "10", "taxRate", "5"),
				Map.of("description", "Fee", "quantity", "1", "unitPrice", "0.10", "discountAmount", "0.01", "taxRate", "5"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode invoice = created.json();
		// 3 × 33.335 = 100.005 → 100.01; 10 % = 10.001 → 10.00; net 90.01; tax 4.5005 → 4.50
		assertThat(invoice.at("/lines/0/netAmount").decimalValue()).isEqualByComparingTo("90.01");
		assertThat(invoice.at("/lines/0/taxAmount").decimalValue()).isEqualByComparingTo("4.50");
		// 0.10 − 0.01 = 0.09; tax 0.0045 → 0.00
		assertThat(invoice.at("/lines/1/taxAmount").decimalValue()).isEqualByComparingTo("0.00");
		assertThat(invoice.get("subtotal").decimalValue()).isEqualByComparingTo("100.11");
		assertThat(invoice.get("discountTotal").decimalValue()).isEqualByComparingTo("10.01");
		assertThat(invoice.get("taxTotal").decimalValue()).isEqualByComparingTo("4.50");
		assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo("94.60");
		assertThat(invoice.get("status").asText()).isEqualTo("DRAFT");
		assertThat(invoice.get("number").isNull()).as("numbered only when issued").isTrue();
	}

	@Test
	void badLinesAreRefusedNamingTheField() {
		var response = staff.post("/api/v1/invoices", Map.of("customerId", customerId, "lines", List.of(
				Map.of("description", "Hours", "quantity", "1", "unitPrice", "10", "discountPercent", "5", "discountAmount", "1"))));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("lines[0].discountAmount");

		var noCustomer = staff.post("/api/v1/invoices", Map.of("customerId", 999999999, "lines",
				List.of(BillingFixtures.line("x", "1", "1", "5"))));
		assertThat(noCustomer.status()).isEqualTo(400);
		assertThat(noCustomer.json().at("/errors/0/field").asText()).isEqualTo("customerId");
	}

	@Test
	void aDraftCannotBePaidAndAPaidInvoiceCannotBeCancelled() {
		long invoiceId = BillingFixtures.draftInvoice(staff, customerId);

		var payDraft = staff.post("/api/v1/invoices/" + invoiceId + "/payments", payment("10.00"));
		assertThat(payDraft.status()).isEqualTo(409);
		assertThat(payDraft.isProblem()).isTrue();
		assertThat(get(invoiceId).get("amountPaid").decimalValue()).isEqualByComparingTo("0");

		JsonNode issued = staff.post("/api/v1/invoices/" + invoiceId + "/issue", "").json();
		assertThat(issued.get("status").asText()).isEqualTo("SENT");
		assertThat(issued.get("number").asText()).matches("INV-\\d{4}-\\d{5}");
		assertThat(issued.get("dueDate").asText()).isEqualTo(LocalDate.parse(issued.get("issueDate").asText()).plusDays(30).toString());
		assertThat(staff.post("/api/v1/invoices/" + invoiceId + "/issue", "").status()).as("issued twice").isEqualTo(409);

		var over = staff.post("/api/v1/invoices/" + invoiceId + "/payments", payment("262.50"));
		assertThat(over.status()).isEqualTo(409);
		assertThat(over.json().get("detail").asText()).contains("balance due of 262.49");

		assertThat(staff.post("/api/v1/invoices/" + invoiceId + "/payments", payment("200.00")).status()).isEqualTo(201);
		assertThat(get(invoiceId).get("status").asText()).isEqualTo("SENT");
		assertThat(get(invoiceId).get("balanceDue").decimalValue()).isEqualByComparingTo("62.49");
		assertThat(staff.post("/api/v1/invoices/" + invoiceId + "/cancel", Map.of("reason", "x")).status())
			.as("a sent invoice with payments is not cancelled").isEqualTo(409);
		assertThat(staff.post("/api/v1/invoices/" + invoiceId + "/payments", payment("62.49")).status()).isEqualTo(201);

		JsonNode paid = get(invoiceId);
		assertThat(paid.get("status").asText()).isEqualTo("PAID");
		assertThat(paid.get("balanceDue").decimalValue()).isEqualByComparingTo("0");
		assertThat(paid.get("payments")).hasSize(2);
		var cancelPaid = staff.post("/api/v1/invoices/" + invoiceId + "/cancel", Map.of("reason", "too late"));
		assertThat(cancelPaid.status()).isEqualTo(409);
		assertThat(cancelPaid.json().get("detail").asText()).contains("PAID");
		assertThat(get(invoiceId).get("status").asText()).isEqualTo("PAID");

		List<String> trail = paid.get("audit").findValuesAsText("to");
		assertThat(trail).containsExactly("DRAFT", "SENT", "PAID");
		assertThat(paid.at("/audit/1/actor").asText()).isEqualTo("staff@demo.chancery");
	}

	@Test
	void aSentInvoiceWithoutPaymentsCanBeCancelledOrRejectedOnce() {
		long cancelled = BillingFixtures.draftInvoice(staff, customerId);
		staff.post("/api/v1/invoices/" + cancelled + "/issue", "");
		var response = staff.post("/api/v1/invoices/" + cancelled + "/cancel", Map.of("reason", "wrong customer"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").asText()).isEqualTo("CANCELLED");
		assertThat(response.json().at("/audit/2/reason").asText()).isEqualTo("wrong customer");
		assertThat(staff.post("/api/v1/invoices/" + cancelled + "/payments", payment("1.00")).status()).isEqualTo(409);

		long rejected = BillingFixtures.draftInvoice(staff, customerId);
		staff.post("/api/v1/invoices/" + rejected + "/issue", "");
		assertThat(staff.post("/api/v1/invoices/" + rejected + "/reject", Map.of("reason", "disputed")).json()
			.get("status").asText()).isEqualTo("REJECTED");
		assertThat(staff.post("/api/v1/invoices/" + rejected + "/cancel", "").status()).isEqualTo(409);
	}

	@Test
	void expensesStayInternalAndGiveTheMargin() throws IOException {
		long invoiceId = BillingFixtures.draftInvoice(staff, customerId);
		var expense = staff.post("/api/v1/invoices/" + invoiceId + "/expenses",
				Map.of("description", "Immigration fee", "amount", "120.00", "supplier", "GDRFA"));
		assertThat(expense.status()).as(expense.body()).isEqualTo(201);

		JsonNode invoice = get(invoiceId);
		assertThat(invoice.at("/internal/expenses/0/supplier").asText()).isEqualTo("GDRFA");
		// net revenue 249.99 before tax, minus 120.00
		assertThat(invoice.at("/internal/margin").decimalValue()).isEqualByComparingTo("129.99");
		String pdfText = pdfText("/api/v1/invoices/" + invoiceId + "/pdf");
		assertThat(pdfText).doesNotContain("Immigration fee").doesNotContain("GDRFA");
	}

	@Test
	void theInvoicePdfShowsWhatTheDatabaseHolds() throws IOException {
		long invoiceId = BillingFixtures.draftInvoice(staff, customerId);
		staff.post("/api/v1/invoices/" + invoiceId + "/issue", "");
		staff.post("/api/v1/invoices/" + invoiceId + "/payments", payment("100.00"));

		String text = pdfText("/api/v1/invoices/" + invoiceId + "/pdf");

		var row = jdbc.sql("select number, total, tax_total, amount_paid from invoice where id = ?").param(invoiceId)
			.query((rs, n) -> List.of(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
			.single();
		assertThat(text).contains((String) row.get(0));
		assertThat(text).contains(customerName);
		assertThat(text).contains(money((BigDecimal) row.get(1)));
		assertThat(text).contains(money((BigDecimal) row.get(2)));
		assertThat(text).contains(money(((BigDecimal) row.get(1)).subtract((BigDecimal) row.get(3))));
		assertThat(text).contains("Visa processing").contains("Courier").contains("Demo Services FZ-LLC");
	}

	@Test
	void theCustomersPaymentTermsGiveTheDueDate() {
		ApiClient manager = ApiClient.as(port, "manager@demo.chancery", "demo");
		var terms = manager.put("/api/v1/customers/" + customerId + "/payment-terms", Map.of("days", 14));
		assertThat(terms.status()).as(terms.body()).isEqualTo(200);
		assertThat(staff.put("/api/v1/customers/" + customerId + "/payment-terms", Map.of("days", 7)).status())
			.as("staff do not set terms").isEqualTo(403);
		assertThat(manager.put("/api/v1/customers/" + customerId + "/payment-terms", Map.of("days", 400)).status()).isEqualTo(400);

		long invoiceId = BillingFixtures.draftInvoice(staff, customerId);
		JsonNode issued = staff.post("/api/v1/invoices/" + invoiceId + "/issue", "").json();

		assertThat(issued.get("paymentTermsDays").asInt()).isEqualTo(14);
		assertThat(issued.get("dueDate").asText()).isEqualTo(LocalDate.parse(issued.get("issueDate").asText()).plusDays(14).toString());
	}

	@Test
	void anotherCompanysInvoiceIsNotFound() {
		long invoiceId = BillingFixtures.draftInvoice(staff, customerId);
		ApiClient malaysian = ApiClient.as(port, "staff@demo-my.chancery", "demo");
		assertThat(malaysian.get("/api/v1/invoices/" + invoiceId).status()).isEqualTo(404);
		assertThat(malaysian.post("/api/v1/invoices/" + invoiceId + "/issue", "").status()).isEqualTo(404);
		assertThat(malaysian.get("/api/v1/invoices/" + invoiceId + "/pdf").status()).isEqualTo(404);
		assertThat(get(invoiceId).get("status").asText()).isEqualTo("DRAFT");
	}

	@Test
	void analystsReadButDoNotWrite() {
		long invoiceId = BillingFixtures.draftInvoice(staff, customerId);
		ApiClient analyst = ApiClient.as(port, "analyst@demo.chancery", "demo");
		assertThat(analyst.get("/api/v1/invoices/" + invoiceId).status()).isEqualTo(200);
		assertThat(analyst.post("/api/v1/invoices/" + invoiceId + "/issue", "").status()).isEqualTo(403);
	}

	private JsonNode get(long invoiceId) {
		return staff.get("/api/v1/invoices/" + invoiceId).json();
	}

	private static Map<String, Object> payment(String amount) {
		return Map.of("amount", amount, "date", LocalDate.now().minusDays(1).toString(), "method", "BANK_TRANSFER",
				"reference", "T-" + amount);
	}

	static String money(BigDecimal amount) {
		return String.format(java.util.Locale.ENGLISH, "%,.2f", amount);
	}

	private String pdfText(String path) throws IOException {
		HttpResponse<byte[]> response = fetch(port, path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		return text(response.body());
	}

	static String text(byte[] pdf) throws IOException {
		StringBuilder text = new StringBuilder();
		try (PdfDocument document = new PdfDocument(new PdfReader(new java.io.ByteArrayInputStream(pdf)))) {
			for (int page = 1; page <= document.getNumberOfPages(); page++) {
				text.append(PdfTextExtractor.getTextFromPage(document.getPage(page))).append('\n');
			}
		}
		return text.toString();
	}

	static HttpResponse<byte[]> fetch(int port, String path) {
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("staff@demo.chancery:demo".getBytes(StandardCharsets.UTF_8)))
				.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
