package io.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/** JSON over a limit is refused with a problem that names the limit, and nothing is saved. */
@ChanceryIntegrationTest
class PayloadLimitTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiClient staff;

	long customerId;

	@BeforeEach
	void customer() {
		staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		var created = staff.post("/api/v1/customers", Map.of("kind", "ORGANISATION", "name", "Limits " + UUID.randomUUID()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		customerId = created.json().get("id").asLong();
	}

	@Test
	void aQuoteOrInvoiceWithMoreLinesThanAllowedIsA400AndNothingIsSaved() {
		var quote = staff.post("/api/v1/quotes", Map.of("customerId", customerId, "validUntil", "2027-01-31", "lines", lines(201)));
		var invoice = staff.post("/api/v1/invoices", Map.of("customerId", customerId, "lines", lines(201)));

		for (var refused : List.of(quote, invoice)) {
			assertThat(refused.status()).as(refused.body()).isEqualTo(400);
			assertThat(refused.isProblem()).isTrue();
			assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("lines");
			assertThat(refused.json().at("/errors/0/message").asText()).contains("at most 200 lines").contains("has 201");
		}
		assertThat(documentsOfTheCustomer()).isZero();
		assertThat(staff.post("/api/v1/quotes", Map.of("customerId", customerId, "validUntil", "2027-01-31", "lines", lines(200)))
			.status()).as("200 lines are fine").isEqualTo(201);
	}

	@Test
	void aPurchaseOrderWithMoreLinesThanAllowedIsA400() {
		var supplier = staff.post("/api/v1/suppliers", Map.of("name", "Supplier " + UUID.randomUUID(), "taxNumber",
				"100200300400003", "contactPerson", "Sam Supply", "email", "orders@supplier.example", "paymentTermsDays", 45));
		List<Map<String, Object>> lines = IntStream.range(0, 201)
			.mapToObj(i -> Map.<String, Object>of("description", "Item " + i, "quantity", 1, "unit", "pcs", "unitPrice", "1.00", "taxRate", 5))
			.toList();

		var refused = staff.post("/api/v1/purchase-orders", Map.of("supplierId", supplier.json().get("id").asLong(),
				"expectedDeliveryDate", "2026-12-01", "lines", lines));

		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.json().at("/errors/0/message").asText()).contains("at most 200 lines");
		assertThat(jdbc.sql("select count(*) from purchase_order where supplier_id = ?").param(supplier.json().get("id").asLong())
			.query(Long.class).single()).isZero();
	}

	@Test
	void aBodyOverTheSizeLimitIsA413WhetherItsLengthIsDeclaredOrNot() throws Exception {
		// many short strings: no other limit (string length, depth) trips before the size
		String line = "{\"description\": \"" + "x".repeat(900) + "\", \"quantity\": \"1\"}";
		byte[] huge = ("{\"customerId\": " + customerId + ", \"validUntil\": \"2027-01-31\", \"lines\": ["
				+ String.join(",", Collections.nCopies(1200, line)) + "]}").getBytes(StandardCharsets.UTF_8);

		HttpResponse<String> declared = post("/api/v1/quotes", HttpRequest.BodyPublishers.ofByteArray(huge));
		HttpResponse<String> chunked = post("/api/v1/quotes",
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)));

		for (HttpResponse<String> refused : List.of(declared, chunked)) {
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(JSON.readTree(refused.body()).get("detail").asText()).contains("larger than the server accepts (1024 KB)");
		}
		assertThat(documentsOfTheCustomer()).isZero();
	}

	@Test
	void jsonNestedTooDeeplyOrWithAHugeStringIsA400ThatSaysWhy() throws Exception {
		String deep = "{\"customerId\": " + customerId + ", \"validUntil\": \"2027-01-31\", \"lines\": [{\"x\":"
				+ "[".repeat(40) + "]".repeat(40) + "}]}";
		String longString = "{\"customerId\": " + customerId + ", \"validUntil\": \"2027-01-31\", \"notes\": \""
				+ "y".repeat(150_000) + "\", \"lines\": []}";

		HttpResponse<String> tooDeep = post("/api/v1/quotes", HttpRequest.BodyPublishers.ofString(deep));
		HttpResponse<String> tooLong = post("/api/v1/quotes", HttpRequest.BodyPublishers.ofString(longString));

		assertThat(tooDeep.statusCode()).isEqualTo(400);
		JsonNode depthProblem = JSON.readTree(tooDeep.body());
		assertThat(depthProblem.get("detail").asText()).contains("beyond the server's limits").contains("nesting depth");
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(tooLong.body()).get("detail").asText()).contains("String value length");
		assertThat(documentsOfTheCustomer()).isZero();
	}

	private long documentsOfTheCustomer() {
		return jdbc.sql("select (select count(*) from quote where customer_id = :id) + (select count(*) from invoice where customer_id = :id)")
			.param("id", customerId)
			.query(Long.class)
			.single();
	}

	private static List<Map<String, Object>> lines(int count) {
		return IntStream.range(0, count)
			.mapToObj(i -> Map.<String, Object>of("description", "Line " + i, "quantity", "1", "unitPrice", "1.00", "taxRate", "5"))
			.toList();
	}

	private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json, application/problem+json")
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("staff@demo.chancery:demo".getBytes(StandardCharsets.UTF_8)))
				.POST(body)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
