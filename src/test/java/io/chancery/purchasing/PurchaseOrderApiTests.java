package io.chancery.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/** Suppliers and purchase orders over the API: totals, legal and illegal moves, refusals, tenancy. */
@ChanceryIntegrationTest
class PurchaseOrderApiTests {

	@LocalServerPort
	int port;

	@Value("${chancery.data-dir}")
	Path dataDir;

	Purchasing purchasing;

	@BeforeEach
	void setUp() {
		purchasing = new Purchasing(port, "demo.chancery");
	}

	@Test
	void anOrderAddsUpItsLinesExactlyInTheCompanyCurrency() {
		var created = purchasing.staff.post("/api/v1/purchase-orders", Map.of("supplierId", purchasing.supplier(),
				"expectedDeliveryDate", "2026-12-01", "lines", List.of(
						Map.of("description", "Test weight 500 g", "quantity", 3, "unit", "pcs", "unitPrice", "0.335", "taxRate", 5),
						Map.of("description", "Calibration service", "itemCategory", "services", "quantity", "1.5", "unit", "h",
								"unitPrice", "99.99", "taxRate", "7.5"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode order = created.json();
		assertThat(order.get("status").asText()).isEqualTo("DRAFT");
		assertThat(order.get("currency").asText()).isEqualTo("AED");
		assertThat(order.at("/lines/0/netAmount").decimalValue()).isEqualByComparingTo("1.01");
		assertThat(order.at("/lines/0/taxAmount").decimalValue()).isEqualByComparingTo("0.05");
		assertThat(order.at("/lines/1/itemCategory").asText()).isEqualTo("SERVICES");
		assertThat(order.at("/lines/1/netAmount").decimalValue()).isEqualByComparingTo("149.99");
		assertThat(order.at("/lines/1/taxAmount").decimalValue()).isEqualByComparingTo("11.25");
		assertThat(order.get("subtotal").decimalValue()).isEqualByComparingTo("151.00");
		assertThat(order.get("taxTotal").decimalValue()).isEqualByComparingTo("11.30");
		assertThat(order.get("total").decimalValue()).isEqualByComparingTo("162.30");
	}

	@Test
	void illegalMovesAreRefusedWith409AndChangeNothing() {
		long id = purchasing.draft(10).get("id").asLong();

		var sendDraft = purchasing.staff.post("/api/v1/purchase-orders/" + id + "/send", "");
		assertThat(sendDraft.status()).isEqualTo(409);
		assertThat(sendDraft.isProblem()).isTrue();
		assertThat(purchasing.staff.post("/api/v1/purchase-orders/" + id + "/approve", "").status())
			.as("staff do not approve").isEqualTo(403);
		var receiveDraft = purchasing.receive(purchasing.order(id), 1);
		assertThat(receiveDraft.status()).isEqualTo(409);
		assertThat(purchasing.manager.post("/api/v1/purchase-orders/" + id + "/approve", "").status()).isEqualTo(200);
		assertThat(purchasing.manager.post("/api/v1/purchase-orders/" + id + "/approve", "").status()).isEqualTo(409);

		JsonNode order = purchasing.order(id);
		assertThat(order.get("status").asText()).isEqualTo("APPROVED");
		assertThat(order.get("approvedBy").asText()).isEqualTo("manager@demo.chancery");
		assertThat(order.get("number").asText()).matches("PO-\\d{4}-\\d{5}");
		assertThat(purchasing.staff.get("/api/v1/purchase-orders/" + id + "/audit").json().findValuesAsText("to"))
			.containsExactly("DRAFT", "APPROVED");
	}

	@Test
	void receiptsOnACancelledOrderAreRefused() {
		JsonNode order = purchasing.sent(100);
		long id = order.get("id").asLong();
		assertThat(purchasing.staff.post("/api/v1/purchase-orders/" + id + "/cancel", Map.of()).status())
			.as("a reason is required").isEqualTo(400);
		var cancelled = purchasing.staff.post("/api/v1/purchase-orders/" + id + "/cancel", Map.of("reason", "Supplier cannot deliver"));
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

		var receipt = purchasing.receive(order, 10);
		assertThat(receipt.status()).isEqualTo(409);
		assertThat(receipt.json().get("detail").asText()).contains("CANCELLED");
		assertThat(purchasing.order(id).at("/lines/0/receivedQuantity").decimalValue()).isEqualByComparingTo("0");
		assertThat(purchasing.staff.get("/api/v1/purchase-orders/" + id + "/receipts").json()).isEmpty();
		JsonNode audit = purchasing.staff.get("/api/v1/purchase-orders/" + id + "/audit").json();
		JsonNode last = audit.get(audit.size() - 1);
		assertThat(last.get("from").asText()).isEqualTo("SENT");
		assertThat(last.get("to").asText()).isEqualTo("CANCELLED");
		assertThat(last.get("reason").asText()).isEqualTo("Supplier cannot deliver");
		assertThat(last.get("actor").asText()).isEqualTo("staff@demo.chancery");
	}

	@Test
	void badReceiptsAreRefusedWithTheFieldNamed() {
		JsonNode order = purchasing.sent(5);
		long id = order.get("id").asLong();
		var foreignLine = purchasing.staff.post("/api/v1/purchase-orders/" + id + "/receipts",
				Map.of("lines", List.of(Map.of("lineId", 999999999, "quantity", 1))));
		assertThat(foreignLine.status()).isEqualTo(400);
		assertThat(foreignLine.body()).contains("lines[0].lineId");
		var refusedWithoutReason = purchasing.staff.post("/api/v1/purchase-orders/" + id + "/receipts", Map.of("lines",
				List.of(Map.of("lineId", order.at("/lines/0/id").asLong(), "quantity", 4, "rejectedQuantity", 1))));
		assertThat(refusedWithoutReason.status()).isEqualTo(400);
		assertThat(refusedWithoutReason.body()).contains("lines[0].rejectionReason");

		var refused = purchasing.staff.post("/api/v1/purchase-orders/" + id + "/receipts", Map.of("deliveryNoteNumber", "DN-7",
				"lines", List.of(Map.of("lineId", order.at("/lines/0/id").asLong(), "quantity", 4, "rejectedQuantity", 1,
						"rejectionReason", "Dented"))));
		assertThat(refused.status()).as(refused.body()).isEqualTo(201);
		assertThat(refused.json().at("/lines/0/rejectionReason").asText()).isEqualTo("Dented");
		JsonNode line = purchasing.order(id).at("/lines/0");
		assertThat(line.get("receivedQuantity").decimalValue()).isEqualByComparingTo("4");
		assertThat(line.get("rejectedQuantity").decimalValue()).isEqualByComparingTo("1");
	}

	@Test
	void aDeliveryNoteScanIsKeptPrivatelyAndOpenedThroughASignedUrl() throws IOException {
		JsonNode order = purchasing.sent(10);
		long id = order.get("id").asLong();
		byte[] pdf;
		try (InputStream sample = new ClassPathResource("demo/sample-document.pdf").getInputStream()) {
			pdf = sample.readAllBytes();
		}

		var receipt = purchasing.receiveWithNote(order, 10, "DN 4471.pdf", "application/pdf", pdf);
		assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
		JsonNode saved = purchasing.staff.get("/api/v1/purchase-orders/" + id + "/receipts").json().get(0);
		assertThat(saved.get("fileName").asText()).isEqualTo("DN 4471.pdf");
		assertThat(saved.get("deliveryNoteNumber").asText()).isEqualTo("DN-" + id);

		var url = purchasing.staff.get("/api/v1/purchase-orders/" + id + "/receipts/" + saved.get("id").asLong() + "/file-url");
		assertThat(url.status()).as(url.body()).isEqualTo(200);
		String signed = url.json().get("url").asText();
		assertThat(signed).contains("signature=");
		var download = ApiClient.fetch(signed.startsWith("/") ? "http://localhost:" + port + signed : signed);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		String unsigned = signed.substring(0, signed.indexOf('?'));
		assertThat(ApiClient.fetch(unsigned.startsWith("/") ? "http://localhost:" + port + unsigned : unsigned).statusCode())
			.as("the file is not public").isIn(401, 403, 404);
		assertThat(ApiClient.as(port, "staff@demo-my.chancery", "demo")
			.get("/api/v1/purchase-orders/" + id + "/receipts/" + saved.get("id").asLong() + "/file-url").status()).isEqualTo(404);
	}

	@Test
	void aFileThatIsNotWhatItClaimsIsRefusedWith415AndNothingIsStored() throws IOException {
		JsonNode order = purchasing.sent(10);
		long id = order.get("id").asLong();
		byte[] executable = new byte[2048];
		executable[0] = 'M';
		executable[1] = 'Z';
		long filesBefore = privateFiles();

		var refused = purchasing.receiveWithNote(order, 10, "delivery-note.pdf", "application/pdf", executable);

		assertThat(refused.statusCode()).isEqualTo(415);
		assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
			.startsWith("application/problem+json"));
		assertThat(purchasing.staff.get("/api/v1/purchase-orders/" + id + "/receipts").json()).isEmpty();
		JsonNode unchanged = purchasing.order(id);
		assertThat(unchanged.get("status").asText()).isEqualTo("SENT");
		assertThat(unchanged.at("/lines/0/receivedQuantity").decimalValue()).isEqualByComparingTo("0");
		assertThat(privateFiles()).isEqualTo(filesBefore);
	}

	@Test
	void anotherCompanysOrdersAndSuppliersAreNotFound() {
		JsonNode order = purchasing.sent(3);
		ApiClient malaysia = ApiClient.as(port, "staff@demo-my.chancery", "demo");
		assertThat(malaysia.get("/api/v1/purchase-orders/" + order.get("id").asLong()).status()).isEqualTo(404);
		assertThat(malaysia.get("/api/v1/suppliers/" + order.get("supplierId").asLong()).status()).isEqualTo(404);
		assertThat(malaysia.post("/api/v1/purchase-orders/" + order.get("id").asLong() + "/receipts",
				Map.of("lines", List.of(Map.of("lineId", order.at("/lines/0/id").asLong(), "quantity", 1)))).status())
			.isEqualTo(404);
	}

	private long privateFiles() throws IOException {
		Path files = dataDir.resolve("files/private");
		if (!Files.exists(files)) {
			return 0;
		}
		try (Stream<Path> all = Files.walk(files)) {
			return all.filter(Files::isRegularFile).count();
		}
	}

}
