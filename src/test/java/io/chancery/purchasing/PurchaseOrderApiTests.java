package io.chancery.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/** Suppliers and purchase orders over the API: totals, legal and illegal moves, refusals, tenancy. */
@ChanceryIntegrationTest
class PurchaseOrderApiTests {

	@LocalServerPort
	int port;

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
	void anotherCompanysOrdersAndSuppliersAreNotFound() {
		JsonNode order = purchasing.sent(3);
		ApiClient malaysia = ApiClient.as(port, "staff@demo-my.chancery", "demo");
		assertThat(malaysia.get("/api/v1/purchase-orders/" + order.get("id").asLong()).status()).isEqualTo(404);
		assertThat(malaysia.get("/api/v1/suppliers/" + order.get("supplierId").asLong()).status()).isEqualTo(404);
		assertThat(malaysia.post("/api/v1/purchase-orders/" + order.get("id").asLong() + "/receipts",
				Map.of("lines", List.of(Map.of("lineId", order.at("/lines/0/id").asLong(), "quantity", 1)))).status())
			.isEqualTo(404);
	}

}
