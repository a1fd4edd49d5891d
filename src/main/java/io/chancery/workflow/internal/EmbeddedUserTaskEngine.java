package io.chancery.workflow.internal;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;

/**
 * Job-worker user tasks: the engine holds the task as an activated job until CompleteJob. It has
 * no notion of an assignee, so claiming is recorded only in the task table.
 */
@Component
@ConditionalOnProperty(name = "chancery.engine.mode", havingValue = "embedded", matchIfMissing = true)
class EmbeddedUserTaskEngine implements UserTaskEngine {

	private final CamundaClient client;

	EmbeddedUserTaskEngine(CamundaClient client) {
		this.client = client;
	}

	@Override
	public void claim(UserTask task, String assignee) {
	}

	@Override
	public void unclaim(UserTask task) {
	}

	@Override
	public boolean complete(UserTask task, Map<String, Object> variables) {
		try {
			client.newCompleteCommand(task.getEngineKey()).variables(variables).send().join();
			return true;
		}
		catch (ClientStatusException e) {
			if (e.getStatusCode() == Status.Code.NOT_FOUND) {
				return false;
			}
			throw e;
		}
	}

}
