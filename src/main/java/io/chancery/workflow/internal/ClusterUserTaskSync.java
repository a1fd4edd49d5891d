package io.chancery.workflow.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import io.chancery.workflow.ProcessVariables;
import io.chancery.workflow.TaskState;

/**
 * Cluster mode: mirrors the cluster's open Camunda user tasks into the task table by searching
 * the Orchestration Cluster REST API, and closes local tasks the cluster no longer has open
 * (completed in Tasklist or cancelled with their instance).
 */
@Component
@ConditionalOnProperty(name = "chancery.engine.mode", havingValue = "cluster")
class ClusterUserTaskSync {

	static final String CLOSED_IN_CLUSTER = "No longer open in the cluster (completed in Tasklist or cancelled)";

	private static final Logger log = LoggerFactory.getLogger(ClusterUserTaskSync.class);

	private static final int PAGE_SIZE = 100;

	private final CamundaClient client;

	private final UserTaskRecorder recorder;

	private final UserTaskRepository tasks;

	private final TransactionTemplate transaction;

	private final ObjectMapper json;

	private final Clock clock;

	ClusterUserTaskSync(CamundaClient client, UserTaskRecorder recorder, UserTaskRepository tasks,
			TransactionTemplate transaction, ObjectMapper json, Clock clock) {
		this.client = client;
		this.recorder = recorder;
		this.tasks = tasks;
		this.transaction = transaction;
		this.json = json;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${chancery.engine.task-sync-interval:5s}")
	void synchronize() {
		Set<Long> openInCluster = new HashSet<>();
		Object cursor = null;
		while (true) {
			String after = cursor == null ? null : cursor.toString();
			SearchResponse<UserTask> page = client.newUserTaskSearchRequest()
				.filter(filter -> filter.state(UserTaskState.CREATED))
				.page(p -> {
					p.limit(PAGE_SIZE);
					if (after != null) {
						p.after(after);
					}
				})
				.send()
				.join();
			for (UserTask task : page.items()) {
				openInCluster.add(task.getUserTaskKey());
				recordIfNew(task);
			}
			cursor = page.page().endCursor();
			if (page.items().size() < PAGE_SIZE || cursor == null) {
				break;
			}
		}
		closeTasksNoLongerOpen(openInCluster);
	}

	private void recordIfNew(UserTask task) {
		if (tasks.existsByEngineRunAndEngineKey(EngineRun.CLUSTER.id(), task.getUserTaskKey())) {
			return;
		}
		Map<String, Object> variables = variablesOf(task.getUserTaskKey());
		if (!(variables.get(ProcessVariables.COMPANY_ID) instanceof Number companyId)) {
			log.warn("User task {} of process {} has no '{}' variable; it is not shown to anyone",
					task.getUserTaskKey(), task.getBpmnProcessId(), ProcessVariables.COMPANY_ID);
			return;
		}
		String formId = task.getFormKey() == null ? null
				: client.newUserTaskGetFormRequest(task.getUserTaskKey()).send().join().getFormId();
		try {
			recorder.record(new NewUserTask(companyId.longValue(), EngineRun.CLUSTER.id(), task.getUserTaskKey(),
					task.getProcessInstanceKey(), task.getBpmnProcessId(), task.getElementId(),
					task.getName() != null ? task.getName() : task.getElementId(),
					task.getCandidateGroups() == null ? List.of() : task.getCandidateGroups(), task.getAssignee(),
					toInstant(task.getDueDate()), toInstant(task.getFollowUpDate()), formId,
					json.writeValueAsString(variables)));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private Map<String, Object> variablesOf(long userTaskKey) {
		Map<String, Object> variables = new HashMap<>();
		for (Variable variable : client.newUserTaskVariableSearchRequest(userTaskKey).send().join().items()) {
			try {
				variables.put(variable.getName(), json.readValue(variable.getValue(), Object.class));
			}
			catch (JsonProcessingException e) {
				variables.put(variable.getName(), variable.getValue());
			}
		}
		return variables;
	}

	private void closeTasksNoLongerOpen(Set<Long> openInCluster) {
		transaction.executeWithoutResult(status -> tasks.findByEngineRunAndState(EngineRun.CLUSTER.id(), TaskState.OPEN)
			.stream()
			.filter(task -> !openInCluster.contains(task.getEngineKey()))
			.forEach(task -> task.cancel(CLOSED_IN_CLUSTER, clock.instant())));
	}

	private static java.time.Instant toInstant(OffsetDateTime dateTime) {
		return dateTime == null ? null : dateTime.toInstant();
	}

}
