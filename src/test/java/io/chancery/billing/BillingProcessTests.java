package io.chancery.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.documents.DocumentService;
import io.chancery.notifications.internal.OutboxDispatcher;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.EngineRecords;
import io.chancery.workflow.internal.EmbeddedZeebeEngine;

/**
 * The other paths of the billing processes: a manager returns a quote to draft; the customer rejects;
 * a hand-made draft invoice waits in the review task, which issues or cancels it, and issuing it from
 * its page instead closes the task.
 */
@ChanceryIntegrationTest
class BillingProcessTests {

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedZeebeEngine engine;

	@Autowired
	OutboxDispatcher outbox;

	@Autowired
	QuoteService quotes;

	@Autowired
	DocumentService documents;

	ApiClient staff;

	ApiClient manager;

	String customerEmail;

	long customerId;

	@BeforeEach
	void customer() {
		staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		manager = ApiClient.as(port, "manager@demo.chancery", "demo");
		customerEmail = "process-" + UUID.randomUUID() + "@example.com";
		customerId = BillingFixtures.customer(staff, customerEmail);
	}

	@Test
	void aManagerCanReturnTheQuoteToDraft() {
		long quoteId = submittedQuote();
		JsonNode approval = BillingSteps.awaitTask(manager, "quoteId", quoteId, "Approve the quote");
		BillingSteps.complete(manager, approval, Map.of("managerDecision", "REJECT", "managerComment", "Price too low"));

		JsonNode draft = BillingSteps.awaitQuote(staff, quoteId, "DRAFT");
		assertThat(draft.get("number").isNull()).isTrue();
		assertThat(draft.at("/audit/2/reason").asText()).contains("Price too low");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> EngineRecords.reached(engine, approval.get("processInstanceKey").asLong(), "returned-to-draft"));
		assertThat(staff.post("/api/v1/quotes/" + quoteId + "/send", "").json().get("status").asText())
			.as("it can be submitted again").isEqualTo("PENDING_APPROVAL");
		JsonNode second = BillingSteps.awaitTask(manager, "quoteId", quoteId, "Approve the quote");
		assertThat(second.get("processInstanceKey").asLong()).as("a new approval, not the returned one")
			.isNotEqualTo(approval.get("processInstanceKey").asLong());
	}

	@Test
	void theCustomerRejectsAndNoInvoiceIsMade() {
		long quoteId = submittedQuote();
		JsonNode approval = BillingSteps.awaitTask(manager, "quoteId", quoteId, "Approve the quote");
		BillingSteps.complete(manager, approval, Map.of("managerDecision", "APPROVE"));
		String number = BillingSteps.awaitQuote(staff, quoteId, "SENT").get("number").asText();
		String link = BillingSteps.quoteLinkPath(BillingSteps.awaitMails(port, outbox, customerEmail, number).get(0));

		quotes.decide(link.substring("/q/".length()), false, null, "Too expensive");

		JsonNode rejected = staff.get("/api/v1/quotes/" + quoteId).json();
		assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
		assertThat(rejected.get("decisionComment").asText()).isEqualTo("Too expensive");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> EngineRecords.reached(engine, approval.get("processInstanceKey").asLong(), "rejected"));
		assertThat(staff.get("/api/v1/quotes/" + quoteId).json().get("invoiceId").isNull()).isTrue();
	}

	@Test
	void aHandMadeDraftIsIssuedThroughTheReviewTask() {
		long invoiceId = BillingFixtures.draftInvoice(staff, customerId);
		JsonNode review = BillingSteps.awaitTask(staff, "invoiceId", invoiceId, "Review and issue the invoice");
		assertThat(review.get("candidateGroups").get(0).asText()).isEqualTo("STAFF");

		BillingSteps.complete(staff, review, Map.of("reviewDecision", "ISSUE"));

		JsonNode issued = await().atMost(Duration.ofSeconds(60))
			.until(() -> staff.get("/api/v1/invoices/" + invoiceId).json(), i -> i.get("status").asText().equals("SENT"));
		assertThat(issued.get("number").asText()).matches("INV-\\d{4}-\\d{5}");
		assertThat(issued.at("/audit/1/actor").asText()).isEqualTo(InvoiceService.PROCESS);
	}

	@Test
	void theReviewerCanCancelTheDraft() {
		long invoiceId = BillingFixtures.draftInvoice(staff, customerId);
		JsonNode review = BillingSteps.awaitTask(staff, "invoiceId", invoiceId, "Review and issue the invoice");

		BillingSteps.complete(staff, review, Map.of("reviewDecision", "CANCEL", "reviewComment", "Duplicate"));

		JsonNode cancelled = await().atMost(Duration.ofSeconds(60))
			.until(() -> staff.get("/api/v1/invoices/" + invoiceId).json(), i -> i.get("status").asText().equals("CANCELLED"));
		assertThat(cancelled.get("number").isNull()).as("a cancelled draft uses no number").isTrue();
		assertThat(cancelled.at("/audit/1/reason").asText()).isEqualTo("Duplicate");
	}

	@Test
	void issuingFromThePageClosesTheReviewTask() {
		long invoiceId = BillingFixtures.draftInvoice(staff, customerId);
		JsonNode review = BillingSteps.awaitTask(staff, "invoiceId", invoiceId, "Review and issue the invoice");

		String number = staff.post("/api/v1/invoices/" + invoiceId + "/issue", "").json().get("number").asText();

		await().atMost(Duration.ofSeconds(60))
			.until(() -> staff.get("/api/v1/tasks/" + review.get("id").asLong()).json().get("state").asText().equals("CANCELLED"));
		assertThat(BillingSteps.awaitMails(port, outbox, customerEmail, "Invoice " + number)).hasSize(1);
		assertThat(staff.get("/api/v1/invoices/" + invoiceId).json().get("number").asText()).isEqualTo(number);
	}

	private long submittedQuote() {
		LocalDate today = documents.today(staff.companyId());
		var created = staff.post("/api/v1/quotes", Map.of("customerId", customerId, "validUntil", today.plusDays(10).toString(),
				"lines", List.of(BillingFixtures.line("Consulting", "2", "100.00", "5"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long quoteId = created.json().get("id").asLong();
		assertThat(staff.post("/api/v1/quotes/" + quoteId + "/send", "").status()).isEqualTo(200);
		assertThat(staff.post("/api/v1/quotes/" + quoteId + "/send", "").status()).as("sent twice").isEqualTo(409);
		return quoteId;
	}

}
