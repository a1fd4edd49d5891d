package io.chancery.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import io.chancery.notifications.internal.OutboxDispatcher;
import io.chancery.support.ApiClient;
import io.chancery.support.EngineRecords;
import io.chancery.workflow.internal.EmbeddedZeebeEngine;

/** Steps the billing process tests share: tasks, the dev mailbox, the engine's records. */
final class BillingSteps {

	private static final Pattern QUOTE_LINK = Pattern.compile("/q/([A-Za-z0-9._~-]+)");

	private BillingSteps() {
	}

	static JsonNode awaitTask(ApiClient user, String variable, long value, String name) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> findTask(user, variable, value, name), task -> task != null);
	}

	static JsonNode findTask(ApiClient user, String variable, long value, String name) {
		for (JsonNode task : user.get("/api/v1/tasks").json()) {
			if (task.at("/variables/" + variable).asLong() == value && task.get("name").asText().equals(name)) {
				return task;
			}
		}
		return null;
	}

	static void complete(ApiClient user, JsonNode task, Map<String, Object> variables) {
		long id = task.get("id").asLong();
		assertThat(user.post("/api/v1/tasks/" + id + "/claim", "").status()).isEqualTo(200);
		var completed = user.post("/api/v1/tasks/" + id + "/complete", Map.of("variables", variables));
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
	}

	static JsonNode awaitQuote(ApiClient user, long quoteId, String status) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> user.get("/api/v1/quotes/" + quoteId).json(), quote -> quote.get("status").asText().equals(status));
	}

	/** Mail in the dev mailbox to {@code recipient} whose subject contains {@code subject}. */
	static List<JsonNode> mails(int port, String recipient, String subject) {
		List<JsonNode> found = new ArrayList<>();
		ApiClient.as(port, "admin@demo.chancery", "demo").get("/api/v1/dev/mailbox").json().forEach(mail -> {
			if (mail.get("subject").asText().contains(subject) && mail.get("to").toString().contains(recipient)) {
				found.add(mail);
			}
		});
		return found;
	}

	/**
	 * Sends the outbox until mail to {@code recipient} with {@code subject} arrived. One dispatch sends a
	 * batch, and other tests (or an expiry scan after a clock move) may have queued many before this one.
	 */
	static List<JsonNode> awaitMails(int port, OutboxDispatcher outbox, String recipient, String subject) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> {
			outbox.dispatch();
			return mails(port, recipient, subject);
		}, found -> !found.isEmpty());
	}

	/** The customer's approval link in a quote e-mail, as a path (mail links use the public URL, not the test's port). */
	static String quoteLinkPath(JsonNode mail) {
		Matcher link = QUOTE_LINK.matcher(mail.get("html").asText());
		assertThat(link.find()).as("a /q/ link in %s", mail.get("subject")).isTrue();
		return link.group();
	}

	/** The instance of {@code processId} that has {@code variable} = {@code value}, or 0 while none has. */
	static long instanceWith(EmbeddedZeebeEngine engine, String processId, String variable, long value) {
		for (Record<?> record : EngineRecords.soFar(engine)) {
			if (record.getValue() instanceof VariableRecordValue v && v.getBpmnProcessId().equals(processId)
					&& v.getName().equals(variable) && v.getValue().equals(String.valueOf(value))) {
				return v.getProcessInstanceKey();
			}
		}
		return 0;
	}

}
