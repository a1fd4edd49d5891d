package io.chancery.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camunda.client.CamundaClient;

/**
 * The shipped dmn/escalation-windows.dmn for tests that change it: they share one engine with the
 * scan tests, so each puts the shipped table back when done.
 */
public final class EscalationWindows {

	public static final String RESOURCE = "escalation-windows.dmn";

	private static final ObjectMapper JSON = new ObjectMapper();

	private EscalationWindows() {
	}

	public static byte[] shipped() {
		try (InputStream in = EscalationWindows.class.getResourceAsStream("/dmn/" + RESOURCE)) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The shipped table with the WARNING rule widened from [6..10] to [6..30] days. */
	public static byte[] widenedWarning() {
		String table = new String(shipped(), StandardCharsets.UTF_8);
		assertThat(table).contains("[6..10]");
		return table.replace("[6..10]", "[6..30]").getBytes(StandardCharsets.UTF_8);
	}

	/** The level the latest deployed table decides for a passport, or null for no escalation. */
	public static String passportLevel(CamundaClient client, int daysLeft) {
		String output = client.newEvaluateDecisionCommand()
			.decisionId("escalation-windows")
			.variables(Map.of("documentType", "PASSPORT", "daysLeft", daysLeft))
			.send()
			.join()
			.getDecisionOutput();
		try {
			JsonNode result = JSON.readTree(output);
			return result == null || result.isNull() ? null : result.get("level").asText();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Deploys the shipped table again (as a manager) unless it is the current version. */
	public static void restore(int port) {
		ApiClient.Response response = ApiClient.as(port, "manager@demo.chancery", "demo")
			.upload("/api/v1/deployments?comment=restored+by+a+test", "file", RESOURCE, shipped());
		assertThat(response.status()).as(response.body()).isIn(200, 201);
	}

}
