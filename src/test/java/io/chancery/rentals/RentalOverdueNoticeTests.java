package io.chancery.rentals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.notifications.internal.OutboxDispatcher;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.Mailbox;

/**
 * The overdue steps of bpmn/rental.bpmn reach people: the member of staff who checked the rental out
 * gets an in-app notice and the customer an e-mail, once per rental and step.
 */
@ChanceryIntegrationTest
class RentalOverdueNoticeTests {

	@LocalServerPort
	int port;

	@Autowired
	RentalService rentals;

	@Autowired
	OutboxDispatcher outbox;

	@Test
	void theFirstOverdueDayTellsTheStaffWhoCheckedItOutAndMailsTheCustomerOnce() {
		ApiClient staff = ApiClient.as(port, "staff@demo-my.chancery", "demo");
		ApiClient manager = ApiClient.as(port, "manager@demo-my.chancery", "demo");
		ApiClient admin = ApiClient.as(port, "admin@demo-my.chancery", "demo");
		LocalDate today = rentals.today(staff.companyId());
		String email = "renter-" + UUID.randomUUID() + "@example.com";
		long customer = RentalFixtures.customerWithEmail(staff, email);
		long item = RentalFixtures.equipment(staff, "CALIBRATION_KIT", "60.00");
		var reserved = RentalFixtures.reserve(staff, customer, List.of(item), today, today);
		assertThat(reserved.status()).as(reserved.body()).isEqualTo(201);
		long rentalId = reserved.json().get("id").asLong();
		String number = reserved.json().get("number").asText();
		String link = RentalFixtures.checkOut(staff, rentalId);
		assertThat(RentalFixtures.sign(port, link, "Nur Aina", RentalFixtures.signaturePng()).statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(60)).until(() -> rental(staff, rentalId).get("status").asText().equals("RENTED"));

		assertThat(admin.post("/api/v1/dev/clock", Map.of("advance", "P1D")).status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> rental(staff, rentalId).get("overdueNoticesRecorded").toString().equals("[1]"));

		assertThat(rentals.recordOverdueNotice(staff.companyId(), rentalId, 1)).as("a repeated step").isFalse();

		Mailbox.awaitMailsTo(port, outbox, email);
		outbox.dispatch();
		List<JsonNode> mails = Mailbox.mailsTo(port, email);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).get("subject").asText()).startsWith("Overdue rental " + number);
		assertThat(mails.get(0).get("html").asText()).contains("Dear Nur Aina").contains("Days overdue");

		List<JsonNode> notices = noticesAbout(staff, rentalId);
		assertThat(notices).hasSize(1);
		assertThat(notices.get(0).get("title").asText()).isEqualTo(number + " is 1 day(s) overdue");
		assertThat(noticesAbout(manager, rentalId)).as("only the staff member who checked it out").isEmpty();
	}

	private static List<JsonNode> noticesAbout(ApiClient user, long rentalId) {
		List<JsonNode> found = new ArrayList<>();
		user.get("/api/v1/notifications?size=200").json().get("items").forEach(notice -> {
			if (("/rentals/" + rentalId).equals(notice.get("link").asText())) {
				found.add(notice);
			}
		});
		return found;
	}

	private static JsonNode rental(ApiClient staff, long id) {
		return staff.get("/api/v1/rentals/" + id).json();
	}

}
