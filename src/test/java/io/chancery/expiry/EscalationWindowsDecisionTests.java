package io.chancery.expiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camunda.client.CamundaClient;
import io.chancery.support.ChanceryIntegrationTest;

/** The shipped dmn/escalation-windows.dmn on the embedded engine. */
@ChanceryIntegrationTest
class EscalationWindowsDecisionTests {

	@Autowired
	CamundaClient client;

	@Autowired
	ObjectMapper json;

	@ParameterizedTest
	@CsvSource(nullValues = "none", value = {
			"PASSPORT, 12, none, false, false, false", "PASSPORT, 11, none, false, false, false",
			"PASSPORT, 10, WARNING, true, false, false", "EMIRATES_ID, 6, WARNING, true, false, false",
			"PASSPORT, 5, URGENT, true, true, false", "TRADE_LICENCE, 2, URGENT, true, true, false",
			"PASSPORT, 1, CRITICAL, true, true, true", "RESIDENCE_VISA, 0, CRITICAL, true, true, true",
			"PASSPORT, -1, EXPIRED, true, true, true", "WORK_PERMIT, -3, EXPIRED, true, true, true" })
	void everyTypeEscalatesAtTenFiveAndOneDaysAndOnExpiry(String type, int daysLeft, String level, boolean staff,
			boolean customer, boolean manager) throws Exception {
		JsonNode result = json.readTree(client.newEvaluateDecisionCommand()
			.decisionId("escalation-windows")
			.variables(Map.of("documentType", type, "daysLeft", daysLeft))
			.send()
			.join()
			.getDecisionOutput());

		if (level == null) {
			assertThat(result == null || result.isNull()).as("no escalation: %s", result).isTrue();
			return;
		}
		assertThat(result.get("level").asText()).isEqualTo(level);
		assertThat(result.get("notifyStaff").asBoolean()).isEqualTo(staff);
		assertThat(result.get("notifyCustomer").asBoolean()).isEqualTo(customer);
		assertThat(result.get("notifyManager").asBoolean()).isEqualTo(manager);
		assertThat(result.get("channels").asText()).isEqualTo("IN_APP,EMAIL");
	}

}
