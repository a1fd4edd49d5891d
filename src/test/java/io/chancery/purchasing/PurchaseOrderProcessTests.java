package io.chancery.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.DeliveryTolerance;

/**
 * bpmn/purchase-order.bpmn with dmn/delivery-tolerance.dmn, the workers and the task list: partial
 * and short deliveries, over-delivery, a manager's review, and a tolerance changed by deploying the table.
 */
@ChanceryIntegrationTest
class PurchaseOrderProcessTests {

	@LocalServerPort
	int port;

	Purchasing purchasing;

	@BeforeEach
	void setUp() {
		purchasing = new Purchasing(port, "demo.chancery");
	}

	@Test
	void aShortDeliveryBeyondToleranceGoesToAManagerAndAcceptingItClosesTheOrder() {
		JsonNode order = purchasing.sent(100);
		long id = order.get("id").asLong();

		var first = purchasing.receive(order, 60);
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		JsonNode partial = purchasing.settled(id);
		assertThat(partial.get("status").asText()).isEqualTo("PARTIALLY_RECEIVED");
		assertThat(partial.at("/lines/0/receivedQuantity").decimalValue()).isEqualByComparingTo("60");
		assertThat(partial.get("variances")).as("a partial delivery is no variance yet").isEmpty();
		assertThat(purchasing.reviewTask(id)).isNull();

		assertThat(purchasing.receive(order, 38).status()).isEqualTo(201);
		JsonNode task = purchasing.awaitReviewTask(id);
		assertThat(task.get("formId").asText()).isEqualTo("purchase-variance-review");
		assertThat(task.get("candidateGroups").get(0).asText()).isEqualTo("MANAGER");
		assertThat(task.at("/variables/varianceSummary").asText()).contains("QUANTITY_SHORT 2 (2 %)");
		JsonNode inReview = purchasing.order(id);
		assertThat(inReview.get("status").asText()).isEqualTo("RECEIVED");
		JsonNode variance = inReview.get("variances").get(0);
		assertThat(variance.get("kind").asText()).isEqualTo("QUANTITY_SHORT");
		assertThat(variance.get("percentDifference").decimalValue()).isEqualByComparingTo("2");
		assertThat(variance.get("absoluteDifference").decimalValue()).isEqualByComparingTo("2");
		assertThat(variance.get("amount").decimalValue()).isEqualByComparingTo("25.00");
		assertThat(variance.get("ruleDecision").asText()).isEqualTo("REVIEW");
		assertThat(variance.get("resolution").isNull()).isTrue();

		long taskId = task.get("id").asLong();
		var completed = purchasing.manager.post("/api/v1/tasks/" + taskId + "/complete",
				Map.of("variables", Map.of("reviewDecision", "ACCEPT_VARIANCE", "reviewNotes", "Two short, fine")));
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);

		JsonNode closed = purchasing.awaitStatus(id, "CLOSED");
		assertThat(closed.at("/variances/0/resolution").asText()).isEqualTo("ACCEPTED");
		assertThat(closed.at("/varianceChecks/1/reviewDecision").asText()).isEqualTo("ACCEPT_VARIANCE");
		assertThat(closed.at("/varianceChecks/1/reviewNotes").asText()).isEqualTo("Two short, fine");
		List<String> moves = purchasing.staff.get("/api/v1/purchase-orders/" + id + "/audit").json().findValuesAsText("to");
		assertThat(moves).containsExactly("DRAFT", "APPROVED", "SENT", "PARTIALLY_RECEIVED", "RECEIVED", "CLOSED");
	}

	@Test
	void aToleranceOfFivePercentDeployedByAManagerAcceptsTheSameShortfallByItself() {
		DeliveryTolerance.deploy(port, DeliveryTolerance.shortTolerance(5), "short tolerance 5 percent");
		try {
			JsonNode order = purchasing.sent(100);
			long id = order.get("id").asLong();
			purchasing.receive(order, 60);
			purchasing.settled(id);
			purchasing.receive(order, 38);

			JsonNode closed = purchasing.awaitStatus(id, "CLOSED");
			JsonNode variance = closed.get("variances").get(0);
			assertThat(variance.get("kind").asText()).isEqualTo("QUANTITY_SHORT");
			assertThat(variance.get("ruleDecision").asText()).isEqualTo("ACCEPT");
			assertThat(variance.get("resolution").asText()).isEqualTo("AUTO_ACCEPTED");
			assertThat(purchasing.reviewTask(id)).isNull();
			assertThat(purchasing.staff.get("/api/v1/purchase-orders/" + id + "/audit").json().findValuesAsText("reason"))
				.anyMatch(reason -> reason.contains("within tolerance"));
		}
		finally {
			DeliveryTolerance.restore(port);
		}
	}

	@Test
	void receivingMoreThanOrderedBeyondToleranceCreatesAReviewThatAManagerSettlesOnTheApi() {
		JsonNode order = purchasing.sent(100);
		long id = order.get("id").asLong();

		assertThat(purchasing.receive(order, 110).status()).isEqualTo(201);
		assertThat(purchasing.order(id).get("status").asText()).isEqualTo("RECEIVED");
		purchasing.awaitReviewTask(id);
		JsonNode inReview = purchasing.order(id);
		assertThat(inReview.at("/variances/0/kind").asText()).isEqualTo("QUANTITY_OVER");
		assertThat(inReview.at("/variances/0/percentDifference").decimalValue()).isEqualByComparingTo("10");
		long checkId = inReview.at("/varianceChecks/0/id").asLong();

		var staffTry = purchasing.staff.post("/api/v1/purchase-orders/" + id + "/variance-checks/" + checkId + "/review",
				Map.of("decision", "RETURN_GOODS"));
		assertThat(staffTry.status()).isEqualTo(403);
		var reviewed = purchasing.manager.post("/api/v1/purchase-orders/" + id + "/variance-checks/" + checkId + "/review",
				Map.of("decision", "RETURN_GOODS", "notes", "Ten extra sent back"));
		assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
		assertThat(reviewed.json().get("reviewedBy").asText()).isEqualTo("manager@demo.chancery");

		JsonNode closed = purchasing.awaitStatus(id, "CLOSED");
		assertThat(closed.at("/variances/0/resolution").asText()).isEqualTo("GOODS_RETURNED");
		assertThat(purchasing.reviewTask(id)).isNull();
	}

	@Test
	void anExactDeliveryClosesTheOrderWithoutVariances() {
		JsonNode order = purchasing.sent(100);
		long id = order.get("id").asLong();
		purchasing.receive(order, 100);
		JsonNode closed = purchasing.awaitStatus(id, "CLOSED");
		assertThat(closed.get("variances")).isEmpty();
	}

	@Test
	void aSupplierInvoiceAtAnotherUnitPriceIsMatchedAgainstTheOrderAndTheReceipts() {
		JsonNode order = purchasing.sent(100);
		long id = order.get("id").asLong();
		long lineId = order.at("/lines/0/id").asLong();
		purchasing.receive(order, 100);
		purchasing.awaitStatus(id, "CLOSED");

		var invoice = purchasing.staff.post("/api/v1/purchase-orders/" + id + "/supplier-invoices", Map.of("number",
				"SI-" + id, "invoiceDate", "2026-11-20", "lines", List.of(Map.of("lineId", lineId, "quantity", 100,
						"unitPrice", "13.00"))));
		assertThat(invoice.status()).as(invoice.body()).isEqualTo(201);

		purchasing.awaitReviewTask(id);
		JsonNode variance = purchasing.order(id).get("variances").get(0);
		assertThat(variance.get("kind").asText()).isEqualTo("PRICE_DIFFERENCE");
		assertThat(variance.get("percentDifference").decimalValue()).isEqualByComparingTo("4");
		assertThat(variance.get("amount").decimalValue()).isEqualByComparingTo("50.00");
		assertThat(variance.get("ruleDecision").asText()).isEqualTo("REVIEW");

		var again = purchasing.staff.post("/api/v1/purchase-orders/" + id + "/supplier-invoices", Map.of("number",
				"SI-" + id, "invoiceDate", "2026-11-20", "lines", List.of(Map.of("lineId", lineId, "quantity", 1, "unitPrice", "13.00"))));
		assertThat(again.status()).isEqualTo(409);
	}

}
