package io.chancery.workflow.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.chancery.workflow.EngineRecordHandler;
import io.chancery.workflow.TaskState;

/**
 * Embedded mode: when a process moves on without a user task (an interrupting event, a cancelled
 * instance), the engine cancels the task's job and says nothing to the worker. This watches the
 * engine's record stream for such cancellations and closes the tasks, so nobody works on a task the
 * process abandoned. (In cluster mode {@link ClusterUserTaskSync} does the same from the REST API.)
 */
@Component
@ConditionalOnProperty(name = "chancery.engine.mode", havingValue = "embedded", matchIfMissing = true)
class CancelledTaskReconciler implements EngineRecordHandler {

	static final String REASON = "The process no longer waits for this task";

	private final UserTaskRepository tasks;

	private final Clock clock;

	CancelledTaskReconciler(UserTaskRepository tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	@Override
	public void handle(String engineRun, List<Record<?>> records) {
		List<Long> cancelledJobs = records.stream()
			.filter(record -> record.getValueType() == ValueType.JOB && record.getIntent() == JobIntent.CANCELED
					&& record.getValue() instanceof JobRecordValue job && UserTaskJobWorker.JOB_TYPE.equals(job.getType()))
			.map(Record::getKey)
			.toList();
		if (!cancelledJobs.isEmpty()) {
			tasks.findByEngineRunAndEngineKeyIn(engineRun, cancelledJobs)
				.stream()
				.filter(task -> task.getState() == TaskState.OPEN)
				.forEach(task -> task.cancel(REASON, clock.instant()));
		}
	}

}
