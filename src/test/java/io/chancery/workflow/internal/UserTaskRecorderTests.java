package io.chancery.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.support.ApiClient;
import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.workflow.TaskState;

@ChanceryIntegrationTest
class UserTaskRecorderTests {

	@LocalServerPort
	int port;

	@Autowired
	UserTaskRecorder recorder;

	@Autowired
	UserTaskRepository tasks;

	@Autowired
	EarlierEngineRunTasks earlierEngineRunTasks;

	@Autowired
	EngineRun currentRun;

	@Test
	void aRedeliveredJobIsRecordedOnce() {
		NewUserTask task = newTask(currentRun.id());

		assertThat(recorder.record(task)).isTrue();
		assertThat(recorder.record(task)).isFalse();

		assertThat(tasks.findAll().stream().filter(t -> t.getEngineKey() == task.engineKey()
				&& t.getEngineRun().equals(task.engineRun()))).hasSize(1);
	}

	@Test
	void openTasksOfAnEarlierEngineRunAreClosedWithAVisibleReason() {
		NewUserTask stale = newTask("an-earlier-run");
		recorder.record(stale);
		NewUserTask current = newTask(currentRun.id());
		recorder.record(current);

		earlierEngineRunTasks.run(null);

		UserTask closed = find(stale);
		assertThat(closed.getState()).isEqualTo(TaskState.CANCELLED);
		assertThat(closed.getClosedReason()).isEqualTo(EarlierEngineRunTasks.REASON);
		assertThat(find(current).getState()).isEqualTo(TaskState.OPEN);
		Response complete = ApiClient.as(port, "staff@demo.chancery", "demo")
			.post("/api/v1/tasks/" + closed.getId() + "/complete", "{}");
		assertThat(complete.status()).isEqualTo(409);
		assertThat(complete.json().get("detail").asText()).contains(EarlierEngineRunTasks.REASON);
	}

	private UserTask find(NewUserTask task) {
		return tasks.findAll().stream()
			.filter(t -> t.getEngineKey() == task.engineKey() && t.getEngineRun().equals(task.engineRun()))
			.findFirst().orElseThrow();
	}

	private NewUserTask newTask(String run) {
		long companyId = ApiClient.as(port, "staff@demo.chancery", "demo").companyId();
		long key = ThreadLocalRandom.current().nextLong(1L << 50, 1L << 52);
		return new NewUserTask(companyId, run, key, key + 1, "some-process", "some-task", "Some task", List.of("STAFF"),
				null, null, null, null, "{}");
	}

}
