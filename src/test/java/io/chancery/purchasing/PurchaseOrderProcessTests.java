package io.chancery.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
	void aDeliveryMarkedFinalHasItsShortfallJudgedAtOnceInsteadOfWaitedFor() {
		JsonNode order = purchasing.sent(100);
		long id = order.get("id").asLong();

		var receipt = purchasing.staff.post("/api/v1/purchase-orders/" + id + "/receipts", Map.of("final", true,
				"lines", List.of(Map.of("lineId", order.at("/lines/0/id").asLong(), "quantity", 60))));
		assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
		assertThat(receipt.json().get("final").asBoolean()).isTrue();
		assertThat(purchasing.order(id).get("status").asText()).as("nothing more is expected").isEqualTo("RECEIVED");

		JsonNode task = purchasing.awaitReviewTask(id);
		assertThat(task.at("/variables/varianceSummary").asText()).contains("QUANTITY_SHORT 40 (40 %)");
		JsonNode inReview = purchasing.order(id);
		assertThat(inReview.at("/lines/0/deliveryComplete").asBoolean()).isTrue();
		assertThat(inReview.at("/variances/0/kind").asText()).isEqualTo("QUANTITY_SHORT");
		assertThat(inReview.at("/variances/0/absoluteDifference").decimalValue()).isEqualByComparingTo("40");
		assertThat(inReview.at("/variances/0/amount").decimalValue()).isEqualByComparingTo("500.00");
		assertThat(inReview.at("/variances/0/ruleDecision").asText()).isEqualTo("REVIEW");
		assertThat(purchasing.staff.get("/api/v1/purchase-orders/" + id + "/receipts").json().get(0).get("final").asBoolean())
			.isTrue();
		var afterAll = purchasing.receive(order, 40);
		assertThat(afterAll.status()).as("goods that turn up after all are still taken in").isEqualTo(201);
	}

	@Test
	void aManagerClosesAPartiallyReceivedOrderShortAndTheToleranceTableJudgesTheRest() {
		JsonNode order = purchasing.sent(100);
		long id = order.get("id").asLong();
		String closeShort = "/api/v1/purchase-orders/" + id + "/close-short";
		assertThat(purchasing.manager.post(closeShort, Map.of("reason", "Nothing came yet")).status())
			.as("a sent order that received nothing is cancelled, not closed short").isEqualTo(409);

		purchasing.receive(order, 60);
		assertThat(purchasing.settled(id).get("status").asText()).isEqualTo("PARTIALLY_RECEIVED");
		assertThat(purchasing.staff.post(closeShort, Map.of("reason", "Discontinued")).status()).isEqualTo(403);
		var noReason = purchasing.manager.post(closeShort, Map.of());
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.body()).contains("reason");
		assertThat(purchasing.order(id).get("status").asText()).isEqualTo("PARTIALLY_RECEIVED");

		var closed = purchasing.manager.post(closeShort, Map.of("reason", "Item discontinued by the maker"));
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(closed.json().get("status").asText()).isEqualTo("RECEIVED");
		assertThat(purchasing.manager.post(closeShort, Map.of("reason", "again")).status()).isEqualTo(409);

		JsonNode task = purchasing.awaitReviewTask(id);
		assertThat(task.at("/variables/varianceSummary").asText()).contains("QUANTITY_SHORT 40 (40 %)");
		JsonNode inReview = purchasing.order(id);
		assertThat(inReview.at("/varianceChecks/1/source").asText()).isEqualTo("CLOSED_SHORT");
		assertThat(inReview.at("/variances/0/ruleDecision").asText()).isEqualTo("REVIEW");
		JsonNode audit = purchasing.staff.get("/api/v1/purchase-orders/" + id + "/audit").json();
		JsonNode last = audit.get(audit.size() - 1);
		assertThat(last.get("to").asText()).isEqualTo("RECEIVED");
		assertThat(last.get("actor").asText()).isEqualTo("manager@demo.chancery");
		assertThat(last.get("reason").asText()).isEqualTo("closed short: Item discontinued by the maker");

		var reviewed = purchasing.manager.post("/api/v1/tasks/" + task.get("id").asLong() + "/complete",
				Map.of("variables", Map.of("reviewDecision", "REQUEST_CREDIT_NOTE")));
		assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
		JsonNode done = purchasing.awaitStatus(id, "CLOSED");
		assertThat(done.at("/variances/0/resolution").asText()).isEqualTo("CREDIT_NOTE_REQUESTED");
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
	void aDeliveryMoreThanThreeDaysLateGoesToAManager() {
		// Due ten days before the real today: the application's today (the dev clock only moves forward) is later still.
		JsonNode order = purchasing.sent(purchasing.supplier(), 100, LocalDate.now().minusDays(10));
		long id = order.get("id").asLong();

		var receipt = purchasing.receive(order, 100);
		assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);
		LocalDate receivedOn = LocalDate.parse(receipt.json().get("receivedOn").asText());
		long daysLate = ChronoUnit.DAYS.between(LocalDate.parse(order.get("expectedDeliveryDate").asText()), receivedOn);
		assertThat(daysLate).isGreaterThanOrEqualTo(10);

		JsonNode task = purchasing.awaitReviewTask(id);
		assertThat(task.at("/variables/varianceSummary").asText()).contains("LATE_DELIVERY " + daysLate + " days: REVIEW");
		JsonNode late = purchasing.order(id).get("variances").get(0);
		assertThat(late.get("kind").asText()).isEqualTo("LATE_DELIVERY");
		assertThat(late.get("lineId").isNull()).as("lateness is the order's, not a line's").isTrue();
		assertThat(late.get("absoluteDifference").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(daysLate));
		assertThat(late.get("ruleDecision").asText()).isEqualTo("REVIEW");
		assertThat(purchasing.order(id).get("status").asText()).isEqualTo("RECEIVED");
	}

	@Test
	void aDeliveryUpToThreeDaysLateIsAcceptedAndRecorded() {
		JsonNode order = purchasing.sent(purchasing.supplier(), 100, LocalDate.now().minusDays(10));
		long id = order.get("id").asLong();
		LocalDate twoDaysLate = LocalDate.parse(order.get("expectedDeliveryDate").asText()).plusDays(2);

		var receipt = purchasing.staff.post("/api/v1/purchase-orders/" + id + "/receipts", Map.of("receivedOn",
				twoDaysLate.toString(), "lines", List.of(Map.of("lineId", order.at("/lines/0/id").asLong(), "quantity", 100))));
		assertThat(receipt.status()).as(receipt.body()).isEqualTo(201);

		JsonNode closed = purchasing.awaitStatus(id, "CLOSED");
		JsonNode late = closed.get("variances").get(0);
		assertThat(late.get("kind").asText()).isEqualTo("LATE_DELIVERY");
		assertThat(late.get("absoluteDifference").decimalValue()).isEqualByComparingTo("2");
		assertThat(late.get("resolution").asText()).isEqualTo("AUTO_ACCEPTED");
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
