package io.chancery.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.documents.DocumentService;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * The whole chain with the real expiry module: a scan escalates a document, the right users see it
 * in their notification centre, and the mailbox receives one mail per recipient — also after a
 * second scan and a second dispatch.
 */
@ChanceryIntegrationTest
class ScanToMailboxTests {

	@LocalServerPort
	int port;

	@Autowired
	DocumentService documents;

	@Autowired
	OutboxDispatcher dispatcher;

	@Test
	void anUrgentDocumentReachesStaffAndCustomerOnceAndNotTheManager() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		ApiClient manager = ApiClient.as(port, "manager@demo.chancery", "demo");
		String customerEmail = "scan-" + UUID.randomUUID() + "@example.com";
		long customerId = staff.post("/api/v1/customers", Map.of("kind", "INDIVIDUAL", "name", "Mailbox Check",
				"email", customerEmail)).json().get("id").asLong();
		LocalDate today = documents.today(staff.companyId());
		String number = "U" + (1000000 + ThreadLocalRandom.current().nextInt(8999999));
		long documentId = staff.post("/api/v1/documents", Map.of("typeCode", "PASSPORT", "customerId", customerId,
				"number", number, "expiryDate", today.plusDays(4).toString())).json().get("id").asLong();

		manager.post("/api/v1/admin/expiry-scan", "");
		manager.post("/api/v1/admin/expiry-scan", "");
		dispatcher.dispatch();
		dispatcher.dispatch();

		assertThat(notificationsAbout(staff, documentId)).containsExactly("URGENT");
		assertThat(notificationsAbout(manager, documentId)).as("URGENT does not tell managers").isEmpty();
		JsonNode mailbox = ApiClient.as(port, "admin@demo.chancery", "demo").get("/api/v1/dev/mailbox").json();
		assertThat(mailsAbout(mailbox, number, customerEmail)).hasSize(1);
		assertThat(mailsAbout(mailbox, number, "staff@demo.chancery")).hasSize(1);
		assertThat(mailsAbout(mailbox, number, "manager@demo.chancery")).isEmpty();
	}

	private static List<String> notificationsAbout(ApiClient user, long documentId) {
		List<String> levels = new ArrayList<>();
		user.get("/api/v1/notifications?size=200").json().get("items").forEach(notice -> {
			if (notice.get("documentId").asLong() == documentId) {
				levels.add(notice.get("level").asText());
			}
		});
		return levels;
	}

	private static List<JsonNode> mailsAbout(JsonNode mailbox, String documentNumber, String recipient) {
		List<JsonNode> mails = new ArrayList<>();
		mailbox.forEach(mail -> {
			if (mail.get("subject").asText().contains(documentNumber) && mail.get("to").toString().contains(recipient)) {
				mails.add(mail);
			}
		});
		return mails;
	}

}
