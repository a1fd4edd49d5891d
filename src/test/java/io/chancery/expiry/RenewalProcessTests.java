package io.chancery.expiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.documents.DocumentService;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.EngineRecords;
import io.chancery.workflow.internal.EmbeddedZeebeEngine;

/**
 * bpmn/document-renewal.bpmn with the real scan, workers and task list: started by a document's
 * first escalation, worked by staff, ended by the renewed version; declined; and escalated to a
 * manager when the document expires meanwhile.
 */
@ChanceryIntegrationTest
class RenewalProcessTests {

	@LocalServerPort
	int port;

	@Autowired
	DocumentService documents;

	@Autowired
	ExpiryScanner scanner;

	@Autowired
	EmbeddedZeebeEngine engine;

	ApiClient staff;

	long companyId;

	long customerId;

	@BeforeEach
	void freshCustomer() {
		staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		companyId = staff.companyId();
		customerId = staff.post("/api/v1/customers", Map.of("kind", "INDIVIDUAL", "name", "Renewal " + UUID.randomUUID()))
			.json().get("id").asLong();
	}

	@Test
	void staffWorkTheRenewalAndRegisteringTheRenewedVersionEndsIt() {
		long documentId = passport(5);
		scanner.scan(companyId);

		JsonNode contact = awaitTask(staff, documentId, "Contact the customer");
		assertThat(contact.get("formId").asText()).isEqualTo("renewal-contact");
		assertThat(contact.at("/variables/holderName").asText()).startsWith("Renewal ");
		await().atMost(Duration.ofSeconds(60)).until(() -> status(documentId).equals("IN_RENEWAL"));
		complete(contact, Map.of("customerDecision", "AGREED", "contactNotes", "Wants it renewed"));
		complete(awaitTask(staff, documentId, "Collect documents and fees"), Map.of("documentsCollected", true));
		complete(awaitTask(staff, documentId, "Submit the application to the authority"),
				Map.of("applicationReference", "GDRFA-42", "submittedOn", "2026-11-21"));
		JsonNode upload = awaitTask(staff, documentId, "Upload the renewed document");

		LocalDate today = documents.today(companyId);
		var renewed = staff.post("/api/v1/documents/" + documentId + "/renewals", Map.of("number", number(),
				"issueDate", today.toString(), "expiryDate", today.plusYears(10).toString()));
		assertThat(renewed.status()).isEqualTo(201);

		long instance = upload.get("processInstanceKey").asLong();
		await().atMost(Duration.ofSeconds(60)).until(() -> EngineRecords.reached(engine, instance, "renewed"));
		await().atMost(Duration.ofSeconds(60)).until(() -> staff.get("/api/v1/tasks/" + upload.get("id").asLong())
			.json().get("state").asText().equals("CANCELLED"));
		assertThat(status(documentId)).isEqualTo("SUPERSEDED");
	}

	@Test
	void aDeclinedRenewalEndsAndTheDocumentFollowsItsDatesAgain() {
		long documentId = passport(3);
		scanner.scan(companyId);
		JsonNode contact = awaitTask(staff, documentId, "Contact the customer");
		await().atMost(Duration.ofSeconds(60)).until(() -> status(documentId).equals("IN_RENEWAL"));

		complete(contact, Map.of("customerDecision", "DECLINED"));

		await().atMost(Duration.ofSeconds(60)).until(() -> EngineRecords.reached(engine, contact.get("processInstanceKey").asLong(), "renewal-declined"));
		assertThat(status(documentId)).isEqualTo("EXPIRING");
	}

	@Test
	void aDocumentThatExpiresDuringItsRenewalGetsAManagerTask() {
		long documentId = passport(1);
		scanner.scan(companyId);
		awaitTask(staff, documentId, "Contact the customer");
		ApiClient manager = ApiClient.as(port, "manager@demo.chancery", "demo");
		assertThat(findTask(manager, documentId, "Document expired during renewal")).isNull();

		ApiClient.as(port, "admin@demo.chancery", "demo").post("/api/v1/dev/clock", Map.of("advance", "P2D"));

		JsonNode managerTask = awaitTask(manager, documentId, "Document expired during renewal");
		assertThat(managerTask.get("candidateGroups").get(0).asText()).isEqualTo("MANAGER");
		assertThat(findTask(staff, documentId, "Contact the customer")).as("staff work continues").isNotNull();
	}

	private long passport(int daysLeft) {
		LocalDate today = documents.today(companyId);
		var created = staff.post("/api/v1/documents", Map.of("typeCode", "PASSPORT", "customerId", customerId, "number",
				number(), "issueDate", today.minusYears(10).toString(), "expiryDate", today.plusDays(daysLeft).toString()));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private String status(long documentId) {
		return staff.get("/api/v1/documents/" + documentId).json().get("status").asText();
	}

	private void complete(JsonNode task, Map<String, Object> variables) {
		long id = task.get("id").asLong();
		assertThat(staff.post("/api/v1/tasks/" + id + "/claim", "").status()).isEqualTo(200);
		var completed = staff.post("/api/v1/tasks/" + id + "/complete", Map.of("variables", variables));
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
	}

	private static JsonNode awaitTask(ApiClient user, long documentId, String name) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> findTask(user, documentId, name), task -> task != null);
	}

	private static JsonNode findTask(ApiClient user, long documentId, String name) {
		for (JsonNode task : user.get("/api/v1/tasks").json()) {
			if (task.at("/variables/documentId").asLong() == documentId && task.get("name").asText().equals(name)) {
				return task;
			}
		}
		return null;
	}

	private static String number() {
		return "R" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
	}

}
