package io.chancery.expiry.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.EvaluateDecisionResponse;
import io.chancery.expiry.EscalationLevel;

/**
 * Asks the engine's latest deployed escalation-windows decision. A scan meets the same (type, days
 * left) pair many times, so a {@link Session} remembers answers for the length of one scan: a new
 * deployment of the table counts from the next scan on.
 */
@Component
public class EscalationRules {

	static final String DECISION_ID = "escalation-windows";

	private final CamundaClient client;

	private final ObjectMapper json;

	EscalationRules(CamundaClient client, ObjectMapper json) {
		this.client = client;
		this.json = json;
	}

	public Session session() {
		return new Session();
	}

	public class Session {

		private record Question(String documentType, long daysLeft) {
		}

		private final Map<Question, Optional<EscalationRule>> answers = new HashMap<>();

		public Optional<EscalationRule> decide(String documentType, long daysLeft) {
			return answers.computeIfAbsent(new Question(documentType, daysLeft), question -> parse(send(question).join()));
		}

		/**
		 * Asks the engine all of these questions not answered yet at once and waits for the answers: a scan
		 * meets hundreds of (type, days left) pairs, and one round trip after another was most of its time.
		 */
		public void prepare(Map<String, ? extends Collection<Long>> daysLeftByType) {
			Map<Question, CompletableFuture<String>> asked = new HashMap<>();
			daysLeftByType.forEach((documentType, days) -> days.forEach(daysLeft -> {
				Question question = new Question(documentType, daysLeft);
				if (!answers.containsKey(question) && !asked.containsKey(question)) {
					asked.put(question, send(question));
				}
			}));
			asked.forEach((question, output) -> answers.put(question, parse(output.join())));
		}

		private CompletableFuture<String> send(Question question) {
			return client.newEvaluateDecisionCommand()
				.decisionId(DECISION_ID)
				.variables(Map.of("documentType", question.documentType(), "daysLeft", question.daysLeft()))
				.send()
				.toCompletableFuture()
				.thenApply(EvaluateDecisionResponse::getDecisionOutput);
		}

		private Optional<EscalationRule> parse(String output) {
			try {
				JsonNode result = json.readTree(output);
				if (result == null || result.isNull() || result.path("level").isMissingNode() || result.path("level").isNull()) {
					return Optional.empty();
				}
				var channels = new LinkedHashSet<>(Arrays.stream(result.path("channels").asText("IN_APP").split(","))
					.map(String::trim)
					.filter(channel -> !channel.isEmpty())
					.toList());
				return Optional.of(new EscalationRule(EscalationLevel.valueOf(result.get("level").asText()),
						result.path("notifyStaff").asBoolean(false), result.path("notifyCustomer").asBoolean(false),
						result.path("notifyManager").asBoolean(false), channels));
			}
			catch (JsonProcessingException | IllegalArgumentException e) {
				throw new IllegalStateException("The escalation-windows decision gave an answer Chancery cannot read: " + output, e);
			}
		}

	}

}
