package io.chancery.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.camunda.client.CamundaClient;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.workflow.ProcessService;
import io.chancery.workflow.internal.EngineRecordExporter;

/**
 * The process monitor on the embedded engine, through the API: a failing worker raises an incident
 * that analysts see and retry once the cause is fixed; each company sees its own instances only.
 */
@ChanceryIntegrationTest
class ProcessMonitorApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessService processes;

	@Autowired
	CamundaClient client;

	@Autowired
	EngineRecordExporter exporter;

	@Autowired
	FlakyServiceWorker worker;

	@Test
	void aFailingWorkerRaisesAnIncidentAndRetryAfterTheFixFinishesTheInstance() {
		ApiClient analyst = ApiClient.as(port, "analyst@demo.chancery", "demo");
		String quote = "Q-" + UUID.randomUUID();
		long instance = processes.start("test-monitor", analyst.companyId(), Map.of("businessKey", quote, "serviceDown", true));

		JsonNode incident = awaitItem(() -> analyst.get("/api/v1/incidents?size=200"), "processInstanceKey", instance);
		assertThat(incident.get("errorType").asText()).isEqualTo("JOB_NO_RETRIES");
		assertThat(incident.get("errorMessage").asText()).contains(FlakyServiceWorker.FAILURE);
		assertThat(incident.get("elementId").asText()).isEqualTo("call-service");
		assertThat(incident.get("businessKey").asText()).isEqualTo(quote);
		JsonNode listed = item(analyst.get("/api/v1/process-instances?processId=test-monitor&state=ACTIVE&incident=true&size=200"),
				"key", instance);
		assertThat(listed.get("businessKey").asText()).isEqualTo(quote);
		assertThat(listed.get("currentElements").get(0).asText()).isEqualTo("Call the flaky service");
		String retry = "/api/v1/incidents/" + incident.get("key").asLong() + "/retry";
		assertThat(ApiClient.as(port, "staff@demo.chancery", "demo").post(retry, "").status()).isEqualTo(403);
		assertThat(ApiClient.as(port, "analyst@demo-my.chancery", "demo").post(retry, "").status()).isEqualTo(404);

		worker.fix(instance);
		assertThat(analyst.post(retry, "").status()).isEqualTo(204);

		JsonNode completed = awaitItem(() -> analyst.get("/api/v1/process-instances?processId=test-monitor&state=COMPLETED&size=200"),
				"key", instance);
		assertThat(completed.get("incident").asBoolean()).isFalse();
		assertThat(completed.get("endedAt").isNull()).isFalse();
		JsonNode details = analyst.get("/api/v1/process-instances/" + instance).json();
		assertThat(details.at("/incidents/0/state").asText()).isEqualTo("RESOLVED");
		assertThat(details.get("history").findValuesAsText("elementId")).containsExactly("start", "call-service",
				"needs-review", "done");
		assertThat(details.get("history").findValuesAsText("state")).containsOnly("COMPLETED");
		assertThat(analyst.post(retry, "").status()).as("retrying a resolved incident").isEqualTo(409);
	}

	@Test
	void companiesSeeTheirOwnInstancesAndAnalystsAlsoSystemInstances() {
		ApiClient dubaiAnalyst = ApiClient.as(port, "analyst@demo.chancery", "demo");
		ApiClient dubaiManager = ApiClient.as(port, "manager@demo.chancery", "demo");
		ApiClient malaysianAnalyst = ApiClient.as(port, "analyst@demo-my.chancery", "demo");
		long instance = processes.start("test-monitor", dubaiAnalyst.companyId(), Map.of("needsReview", true));
		long system = client.newCreateInstanceCommand().bpmnProcessId("test-monitor").latestVersion().send().join()
			.getProcessInstanceKey();

		awaitItem(() -> dubaiAnalyst.get("/api/v1/process-instances?processId=test-monitor&state=ACTIVE&size=200"), "key", instance);
		awaitItem(() -> dubaiAnalyst.get("/api/v1/process-instances?processId=test-monitor&size=200"), "key", system);

		assertThat(dubaiManager.get("/api/v1/process-instances/" + instance).json().at("/instance/currentElements/0").asText())
			.isEqualTo("Review the answer");
		assertThat(malaysianAnalyst.get("/api/v1/process-instances/" + instance).status()).isEqualTo(404);
		assertThat(malaysianAnalyst.get("/api/v1/process-instances?processId=test-monitor&size=200").json()
			.findValuesAsText("key")).doesNotContain(String.valueOf(instance)).contains(String.valueOf(system));
		assertThat(dubaiManager.get("/api/v1/process-instances/" + system).status()).as("system instances: analysts, admins")
			.isEqualTo(404);
		assertThat(ApiClient.as(port, "staff@demo.chancery", "demo").get("/api/v1/process-instances").status()).isEqualTo(403);
	}

	private JsonNode awaitItem(Supplier<ApiClient.Response> list, String field, long value) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> {
			exporter.export();
			return item(list.get(), field, value);
		}, found -> found != null);
	}

	private static JsonNode item(ApiClient.Response list, String field, long value) {
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		for (JsonNode item : list.json().get("items")) {
			if (item.get(field).asLong() == value) {
				return item;
			}
		}
		return null;
	}

}
