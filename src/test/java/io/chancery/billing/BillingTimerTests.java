package io.chancery.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.documents.DocumentService;
import io.chancery.notifications.internal.OutboxDispatcher;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * The processes' timers, by moving the dev clock (application and engine time): the customer is
 * reminded of an open quote after three days and the quote expires after its validity date; a sent
 * invoice past its due date gets an overdue reminder.
 */
@ChanceryIntegrationTest
class BillingTimerTests {

	@LocalServerPort
	int port;

	@Autowired
	OutboxDispatcher outbox;

	@Autowired
	DocumentService documents;

	@Test
	void anUnansweredQuoteIsRemindedThenExpires() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		String customerEmail = "timer-" + UUID.randomUUID() + "@example.com";
		long customerId = BillingFixtures.customer(staff, customerEmail);
		LocalDate today = documents.today(staff.companyId());
		var created = staff.post("/api/v1/quotes", Map.of("customerId", customerId, "validUntil", today.plusDays(5).toString(),
				"lines", List.of(BillingFixtures.line("Consulting", "1", "100.00", "5"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long quoteId = created.json().get("id").asLong();
		assertThat(staff.post("/api/v1/quotes/" + quoteId + "/send", "").json().get("status").asText()).isEqualTo("PENDING_APPROVAL");
		ApiClient manager = ApiClient.as(port, "manager@demo.chancery", "demo");
		JsonNode approval = BillingSteps.awaitTask(manager, "quoteId", quoteId, "Approve the quote");
		assertThat(approval.at("/variables/approvalReason").asText()).isEqualTo("new customer");
		BillingSteps.complete(manager, approval, Map.of("managerDecision", "APPROVE"));
		String number = BillingSteps.awaitQuote(staff, quoteId, "SENT").get("number").asText();
		String link = BillingSteps.quoteLinkPath(BillingSteps.awaitMails(port, outbox, customerEmail, number).get(0));
		assertThat(BillingSteps.mails(port, customerEmail, "Reminder: quote " + number)).isEmpty();

		advance("P4D");
		assertThat(BillingSteps.awaitMails(port, outbox, customerEmail, "Reminder: quote " + number)).hasSize(1);
		assertThat(staff.get("/api/v1/quotes/" + quoteId).json().get("status").asText()).isEqualTo("SENT");

		advance("P2D");
		JsonNode expired = BillingSteps.awaitQuote(staff, quoteId, "EXPIRED");
		assertThat(expired.get("audit").findValuesAsText("to")).containsExactly("DRAFT", "PENDING_APPROVAL", "SENT", "EXPIRED");
		var page = ApiClient.anonymous(port).get(link);
		assertThat(page.status()).isEqualTo(410);
		assertThat(page.body()).contains("expired").doesNotContain("id=\"approve\"");

		var revision = staff.post("/api/v1/quotes/" + quoteId + "/revise", "");
		assertThat(revision.status()).isEqualTo(201);
		assertThat(revision.json().get("revision").asInt()).isEqualTo(2);
		assertThat(revision.json().get("status").asText()).isEqualTo("DRAFT");
		assertThat(revision.json().get("total").decimalValue()).isEqualByComparingTo("105.00");
	}

	@Test
	void anInvoicePastItsDueDateGetsAnOverdueReminderOnce() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		String customerEmail = "overdue-" + UUID.randomUUID() + "@example.com";
		long customerId = BillingFixtures.customer(staff, customerEmail);
		// due on the day it is issued, so that two days on it is overdue without moving the clock a month
		ApiClient.as(port, "manager@demo.chancery", "demo").put("/api/v1/customers/" + customerId + "/payment-terms",
				Map.of("days", 0));
		long invoiceId = BillingFixtures.draftInvoice(staff, customerId);
		String number = staff.post("/api/v1/invoices/" + invoiceId + "/issue", "").json().get("number").asText();
		BillingSteps.awaitMails(port, outbox, customerEmail, "Invoice " + number);
		assertThat(BillingSteps.mails(port, customerEmail, "Overdue: invoice " + number)).isEmpty();

		advance("P2D");

		List<JsonNode> reminders = BillingSteps.awaitMails(port, outbox, customerEmail, "Overdue: invoice " + number);
		assertThat(reminders).hasSize(1);
		JsonNode reminder = reminders.get(0);
		assertThat(reminder.get("attachments").toString()).contains("invoice-" + number + ".pdf");
	}

	private void advance(String duration) {
		var moved = ApiClient.as(port, "admin@demo.chancery", "demo").post("/api/v1/dev/clock", Map.of("advance", duration));
		assertThat(moved.status()).isEqualTo(200);
	}

}
