package io.chancery.devtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;
import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.workflow.ProcessService;

@ChanceryIntegrationTest
class DevServicesTests {

	@LocalServerPort
	int port;

	@Autowired
	JavaMailSender mail;

	@Autowired
	Clock clock;

	@Autowired
	ProcessService processes;

	@Test
	void mailSentByTheAppLandsInTheDevMailbox() throws Exception {
		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom("noreply@demo.chancery");
		helper.setTo("customer@example.com");
		helper.setSubject("Passport expires soon " + System.nanoTime());
		helper.setText("Your passport expires soon", "<p>Your <b>passport</b> expires soon</p>");
		helper.addAttachment("notice.pdf", new ByteArrayResource(new byte[] { 37, 80, 68, 70 }));
		mail.send(message);

		JsonNode mailbox = ApiClient.as(port, "admin@demo.chancery", "demo").get("/api/v1/dev/mailbox").json();
		JsonNode received = findBySubject(mailbox, message.getSubject());
		assertThat(received.get("to").get(0).asText()).isEqualTo("customer@example.com");
		assertThat(received.get("html").asText()).isEqualTo("<p>Your <b>passport</b> expires soon</p>");
		assertThat(received.get("attachments").get(0).asText()).isEqualTo("notice.pdf");
		assertThat(received.get("sentAt").asText()).isNotBlank();
		assertThat(ApiClient.as(port, "staff@demo.chancery", "demo").get("/api/v1/dev/mailbox").status()).isEqualTo(403);
	}

	@Test
	void devClockMovesApplicationTimeAndEngineTimersTogether() {
		ApiClient admin = ApiClient.as(port, "admin@demo.chancery", "demo");
		ApiClient manager = ApiClient.as(port, "manager@demo.chancery", "demo");
		long instance = processes.start("test-timer", manager.companyId(), Map.of());
		Instant before = clock.instant();

		Response moved = admin.post("/api/v1/dev/clock", Map.of("advance", "PT7H"));

		assertThat(moved.status()).isEqualTo(200);
		assertThat(Duration.between(before, clock.instant())).isGreaterThanOrEqualTo(Duration.ofHours(7));
		assertThat(Instant.parse(admin.get("/api/v1/dev/clock").json().get("now").asText()))
			.isAfterOrEqualTo(before.plus(Duration.ofHours(7)));
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			for (JsonNode task : manager.get("/api/v1/tasks").json()) {
				if (task.get("processInstanceKey").asLong() == instance) {
					return true;
				}
			}
			return false;
		});
	}

	@Test
	void devClockRefusesBadInputAndNonAdmins() {
		ApiClient admin = ApiClient.as(port, "admin@demo.chancery", "demo");
		String offsetBefore = admin.get("/api/v1/dev/clock").json().get("offset").asText();

		Response notADuration = admin.post("/api/v1/dev/clock", Map.of("advance", "tomorrow"));
		Response backwards = admin.post("/api/v1/dev/clock", Map.of("advance", "-P1D"));
		Response staff = ApiClient.as(port, "staff@demo.chancery", "demo").post("/api/v1/dev/clock", Map.of("advance", "P1D"));

		assertThat(notADuration.status()).isEqualTo(400);
		assertThat(notADuration.isProblem()).isTrue();
		assertThat(notADuration.json().get("detail").asText()).contains("tomorrow");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(staff.status()).isEqualTo(403);
		assertThat(admin.get("/api/v1/dev/clock").json().get("offset").asText()).isEqualTo(offsetBefore);
	}

	private static JsonNode findBySubject(JsonNode mailbox, String subject) {
		for (JsonNode message : mailbox) {
			if (subject.equals(message.get("subject").asText())) {
				return message;
			}
		}
		throw new AssertionError("No mail with subject " + subject + " in " + mailbox);
	}

}
