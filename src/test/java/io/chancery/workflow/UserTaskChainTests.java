package io.chancery.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.chancery.support.ApiClient;
import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.EngineRecords;
import io.chancery.workflow.internal.EmbeddedZeebeEngine;

/**
 * The human-task chain on the embedded engine: a Camunda user task in BPMN becomes a task in
 * Chancery's list, is claimed and completed with variables through the API, and the instance
 * continues with those variables.
 */
@ChanceryIntegrationTest
class UserTaskChainTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessService processes;

	@Autowired
	EmbeddedZeebeEngine engine;

	@Autowired
	CamundaClient client;

	@Test
	void userTaskIsCreatedClaimedCompletedWithVariablesAndTheInstanceFinishes() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		long companyId = staff.companyId();
		long instance = processes.start("test-user-task", companyId, Map.of("customerName", "Acme Trading"));

		JsonNode task = awaitTask(staff, instance);
		assertThat(task.get("name").asText()).isEqualTo("Review test request");
		assertThat(task.get("candidateGroups").get(0).asText()).isEqualTo("STAFF");
		assertThat(task.get("formId").asText()).isEqualTo("test-approval");
		assertThat(task.get("dueAt").asText()).isEqualTo("2030-01-15T12:00:00Z");
		assertThat(task.at("/variables/customerName").asText()).isEqualTo("Acme Trading");
		assertThat(task.get("assignee").isNull()).isTrue();
		long id = task.get("id").asLong();

		Response claimed = staff.post("/api/v1/tasks/" + id + "/claim", "");
		assertThat(claimed.status()).isEqualTo(200);
		assertThat(claimed.json().get("assignee").asText()).isEqualTo("staff@demo.chancery");

		Response completed = staff.post("/api/v1/tasks/" + id + "/complete", Map.of("variables", Map.of("approved", true, "comment", "fine")));
		assertThat(completed.status()).isEqualTo(200);
		assertThat(completed.json().get("state").asText()).isEqualTo("COMPLETED");
		assertThat(completed.json().get("completedBy").asText()).isEqualTo("staff@demo.chancery");

		await().atMost(Duration.ofSeconds(60)).until(() -> EngineRecords.reached(engine, instance, "approved"));
		assertThat(staff.get("/api/v1/tasks").json().findValuesAsText("id")).doesNotContain(String.valueOf(id));
	}

	@Test
	void completingTwiceIsAConflictAndOnlyTheRightPeopleMayWorkATask() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		ApiClient analyst = ApiClient.as(port, "analyst@demo.chancery", "demo");
		ApiClient manager = ApiClient.as(port, "manager@demo.chancery", "demo");
		long companyId = staff.companyId();
		long instance = processes.start("test-user-task", companyId, Map.of());
		long id = awaitTask(staff, instance).get("id").asLong();

		assertThat(analyst.post("/api/v1/tasks/" + id + "/claim", "").status()).isEqualTo(403);
		assertThat(analyst.get("/api/v1/tasks").json().findValuesAsText("id")).doesNotContain(String.valueOf(id));
		assertThat(staff.post("/api/v1/tasks/" + id + "/claim", "").status()).isEqualTo(200);
		assertThat(manager.post("/api/v1/tasks/" + id + "/complete", Map.of("variables", Map.of("approved", true))).status()).isEqualTo(403);
		assertThat(staff.post("/api/v1/tasks/" + id + "/complete", Map.of("variables", Map.of("approved", false))).status()).isEqualTo(200);

		Response again = staff.post("/api/v1/tasks/" + id + "/complete", Map.of("variables", Map.of("approved", true)));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.isProblem()).isTrue();
		assertThat(again.json().get("detail").asText()).contains("completed by staff@demo.chancery");
		await().atMost(Duration.ofSeconds(60)).until(() -> EngineRecords.reached(engine, instance, "rejected"));
	}

	@Test
	void tasksOfAnotherCompanyAreNotFound() {
		ApiClient dubaiStaff = ApiClient.as(port, "staff@demo.chancery", "demo");
		ApiClient malaysianStaff = ApiClient.as(port, "staff@demo-my.chancery", "demo");
		long dubai = dubaiStaff.companyId();
		long id = awaitTask(dubaiStaff, processes.start("test-user-task", dubai, Map.of())).get("id").asLong();

		assertThat(malaysianStaff.get("/api/v1/tasks/" + id).status()).isEqualTo(404);
		assertThat(malaysianStaff.post("/api/v1/tasks/" + id + "/claim", "").status()).isEqualTo(404);
		assertThat(malaysianStaff.post("/api/v1/tasks/" + id + "/unclaim", "").status()).isEqualTo(404);
		assertThat(malaysianStaff.post("/api/v1/tasks/" + id + "/complete", Map.of()).status()).isEqualTo(404);
		assertThat(malaysianStaff.get("/api/v1/tasks").json().findValuesAsText("id")).doesNotContain(String.valueOf(id));
		assertThat(dubaiStaff.get("/api/v1/tasks/" + id).json().get("state").asText()).isEqualTo("OPEN");
	}

	@Test
	void aUserTaskOfAnInstanceWithoutCompanyBecomesAnIncident() {
		long instance = client.newCreateInstanceCommand().bpmnProcessId("test-user-task").latestVersion().send().join()
			.getProcessInstanceKey();

		await().atMost(Duration.ofSeconds(60)).until(() -> StreamSupport
			.stream(EngineRecords.soFar(engine).spliterator(), false)
			.anyMatch(record -> record.getValue() instanceof IncidentRecordValue incident
					&& incident.getProcessInstanceKey() == instance && incident.getErrorMessage().contains("companyId")));
	}

	private JsonNode awaitTask(ApiClient user, long processInstanceKey) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> {
			for (JsonNode task : user.get("/api/v1/tasks").json()) {
				if (task.get("processInstanceKey").asLong() == processInstanceKey) {
					return task;
				}
			}
			return null;
		}, found -> found != null);
	}

}
