package io.chancery.workflow.internal;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;

/**
 * Camunda user tasks on a real cluster, through the Orchestration Cluster REST API
 * ({@code /v2/user-tasks/...}). Claims are mirrored so Tasklist shows the same assignee.
 */
@Component
@ConditionalOnProperty(name = "chancery.engine.mode", havingValue = "cluster")
class ClusterUserTaskEngine implements UserTaskEngine {

	private final CamundaClient client;

	ClusterUserTaskEngine(CamundaClient client) {
		this.client = client;
	}

	@Override
	public void claim(UserTask task, String assignee) {
		client.newAssignUserTaskCommand(task.getEngineKey()).assignee(assignee).allowOverride(false).send().join();
	}

	@Override
	public void unclaim(UserTask task) {
		client.newUnassignUserTaskCommand(task.getEngineKey()).send().join();
	}

	@Override
	public boolean complete(UserTask task, Map<String, Object> variables) {
		try {
			client.newCompleteUserTaskCommand(task.getEngineKey()).variables(variables).send().join();
			return true;
		}
		catch (ProblemException e) {
			if (e.code() == 404) {
				return false;
			}
			throw e;
		}
	}

}
