package io.chancery.notifications;

import static io.chancery.expiry.DocumentEnteredWindow.IN_APP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.expiry.EscalationLevel;
import io.chancery.support.ApiClient;
import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.Escalations;
import io.chancery.support.Escalations.Registration;

@ChanceryIntegrationTest
class NotificationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	Escalations escalations;

	Registration registration;

	ApiClient staff;

	@BeforeEach
	void staffWithADocument() {
		escalations = new Escalations(context);
		long company = ApiClient.as(port, "staff@demo.chancery", "demo").companyId();
		registration = escalations.newStaffWithPassport(company, null);
		staff = ApiClient.as(port, registration.staff().getEmail(), Escalations.PASSWORD);
	}

	@Test
	void aUserListsReadsAndClearsTheirOwnNotificationsOnly() {
		escalations.publishAndAwait(escalations.event(registration.document(), EscalationLevel.WARNING, true, false, false, IN_APP));
		escalations.publishAndAwait(escalations.event(registration.document(), EscalationLevel.URGENT, true, false, false, IN_APP));

		JsonNode all = staff.get("/api/v1/notifications").json();
		assertThat(all.get("totalItems").asInt()).isEqualTo(2);
		assertThat(all.get("items").findValuesAsText("level")).as("newest first").containsExactly("URGENT", "WARNING");
		JsonNode urgent = all.get("items").get(0);
		assertThat(urgent.get("title").asText()).startsWith("Passport " + registration.document().getNumber() + " of Customer ");
		assertThat(urgent.get("link").asText()).isEqualTo("/documents/" + registration.document().getId());
		assertThat(urgent.get("readAt").isNull()).isTrue();
		assertThat(staff.get("/api/v1/notifications/unread-count").json().get("unread").asInt()).isEqualTo(2);

		Response read = staff.post("/api/v1/notifications/" + urgent.get("id").asLong() + "/read", "");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("readAt").isNull()).isFalse();
		assertThat(staff.get("/api/v1/notifications?unreadOnly=true").json().get("items").findValuesAsText("level"))
			.containsExactly("WARNING");

		ApiClient someoneElse = ApiClient.as(port, "staff@demo.chancery", "demo");
		long warning = staff.get("/api/v1/notifications?unreadOnly=true").json().at("/items/0/id").asLong();
		Response notTheirs = someoneElse.post("/api/v1/notifications/" + warning + "/read", "");
		assertThat(notTheirs.status()).isEqualTo(404);
		assertThat(notTheirs.isProblem()).isTrue();
		assertThat(someoneElse.get("/api/v1/notifications?size=200").json().get("items").findValuesAsText("id"))
			.doesNotContain(String.valueOf(warning));
		assertThat(staff.get("/api/v1/notifications/unread-count").json().get("unread").asInt()).isEqualTo(1);

		assertThat(staff.post("/api/v1/notifications/read-all", "").json().get("unread").asInt()).isZero();
		assertThat(staff.get("/api/v1/notifications?unreadOnly=true").json().get("totalItems").asInt()).isZero();
		assertThat(ApiClient.anonymous(port).get("/api/v1/notifications").status()).isEqualTo(401);
	}

	@Test
	void emailCanBeTurnedOffForEarlyLevelsButNotForCriticalOrExpired() {
		assertThat(staff.get("/api/v1/notifications/preferences").json().toString())
			.isEqualTo("{\"WARNING\":true,\"URGENT\":true,\"CRITICAL\":true,\"EXPIRED\":true}");

		Response changed = staff.put("/api/v1/notifications/preferences", Map.of("WARNING", false));
		Response critical = staff.put("/api/v1/notifications/preferences", Map.of("URGENT", false, "CRITICAL", false));
		Response unknown = staff.put("/api/v1/notifications/preferences", Map.of("SOMEDAY", false));

		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("WARNING").asBoolean()).isFalse();
		assertThat(critical.status()).isEqualTo(400);
		assertThat(critical.isProblem()).isTrue();
		assertThat(critical.json().get("detail").asText()).contains("CRITICAL");
		assertThat(critical.json().at("/errors/0/field").asText()).isEqualTo("CRITICAL");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(staff.get("/api/v1/notifications/preferences").json().toString()).as("nothing of the refused change")
			.isEqualTo("{\"WARNING\":false,\"URGENT\":true,\"CRITICAL\":true,\"EXPIRED\":true}");
	}

}
