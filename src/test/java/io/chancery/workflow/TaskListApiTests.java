package io.chancery.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;
import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;

/** The task list API: scopes, filters, and completion checked against the task's form on the server. */
@ChanceryIntegrationTest
class TaskListApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ProcessService processes;

	@Test
	void groupTasksBecomeMyTasksWhenClaimed() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		long id = awaitTask(staff, processes.start("test-user-task", staff.companyId(), Map.of()));

		assertThat(ids(staff, "group")).contains(id);
		assertThat(ids(staff, "mine")).doesNotContain(id);
		staff.post("/api/v1/tasks/" + id + "/claim", "");
		assertThat(ids(staff, "mine")).contains(id);
		assertThat(ids(staff, "group")).doesNotContain(id);
		assertThat(staff.get("/api/v1/tasks?scope=everything").status()).isEqualTo(400);
		assertThat(staff.get("/api/v1/tasks?scope=mine&processId=test-user-task&due=overdue").json().findValuesAsText("id"))
			.as("due 2030: not overdue").doesNotContain(String.valueOf(id));
	}

	@Test
	void aSubmissionThatSkipsTheBrowserIsCheckedAgainstTheFormAndTheTaskStaysOpen() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		long instance = processes.start("test-user-task", staff.companyId(), Map.of());
		long id = awaitTask(staff, instance);
		staff.post("/api/v1/tasks/" + id + "/claim", "");

		Response tooLong = staff.post("/api/v1/tasks/" + id + "/complete",
				Map.of("variables", Map.of("approved", true, "comment", "x".repeat(201))));
		Response wrongType = staff.post("/api/v1/tasks/" + id + "/complete", Map.of("variables", Map.of("approved", "yes")));
		Response smuggled = staff.post("/api/v1/tasks/" + id + "/complete",
				Map.of("variables", Map.of("approved", true, "companyId", 999)));

		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.isProblem()).isTrue();
		assertThat(tooLong.json().get("errors").findValuesAsText("field")).containsExactly("comment");
		assertThat(wrongType.json().get("errors").findValuesAsText("field")).containsExactly("approved");
		assertThat(smuggled.json().get("errors").findValuesAsText("field")).containsExactly("companyId");
		assertThat(staff.get("/api/v1/tasks/" + id).json().get("state").asText()).isEqualTo("OPEN");

		Response fine = staff.post("/api/v1/tasks/" + id + "/complete", Map.of("variables", Map.of("approved", true)));
		assertThat(fine.status()).isEqualTo(200);
		assertThat(fine.json().at("/variables/approved").asBoolean()).as("submitted values kept on the task").isTrue();
	}

	@Test
	void aTaskWithoutAFormTakesNoValues() {
		ApiClient manager = ApiClient.as(port, "manager@demo.chancery", "demo");
		long instance = processes.start("test-timer", manager.companyId(), Map.of());
		ApiClient.as(port, "admin@demo.chancery", "demo").post("/api/v1/dev/clock", Map.of("advance", "PT6H1M"));
		long id = awaitTask(manager, instance);
		manager.post("/api/v1/tasks/" + id + "/claim", "");

		assertThat(manager.post("/api/v1/tasks/" + id + "/complete", Map.of("variables", Map.of("anything", 1))).status())
			.isEqualTo(400);
		assertThat(manager.post("/api/v1/tasks/" + id + "/complete", Map.of()).status()).isEqualTo(200);
	}

	private static List<Long> ids(ApiClient user, String scope) {
		List<Long> ids = new ArrayList<>();
		user.get("/api/v1/tasks?scope=" + scope).json().forEach(task -> ids.add(task.get("id").asLong()));
		return ids;
	}

	private static long awaitTask(ApiClient user, long processInstanceKey) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> {
			for (JsonNode task : user.get("/api/v1/tasks").json()) {
				if (task.get("processInstanceKey").asLong() == processInstanceKey) {
					return task.get("id").asLong();
				}
			}
			return null;
		}, found -> found != null);
	}

}
