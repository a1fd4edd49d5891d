package io.chancery.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.notifications.internal.OutboxDispatcher;

/** The dev mailbox, read through its API as an admin of the Dubai demo company. */
public final class Mailbox {

	private Mailbox() {
	}

	/** Mail in the dev mailbox to {@code recipient}. */
	public static List<JsonNode> mailsTo(int port, String recipient) {
		List<JsonNode> found = new ArrayList<>();
		ApiClient.as(port, "admin@demo.chancery", "demo").get("/api/v1/dev/mailbox").json().forEach(mail -> {
			if (mail.get("to").toString().contains(recipient)) {
				found.add(mail);
			}
		});
		return found;
	}

	/**
	 * Sends the outbox until mail to {@code recipient} arrived. One dispatch sends a batch, and other
	 * tests may have queued many before this one.
	 */
	public static List<JsonNode> awaitMailsTo(int port, OutboxDispatcher outbox, String recipient) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> {
			outbox.dispatch();
			return mailsTo(port, recipient);
		}, found -> !found.isEmpty());
	}

}
