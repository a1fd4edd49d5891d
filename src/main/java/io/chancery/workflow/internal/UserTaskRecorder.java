package io.chancery.workflow.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores tasks the engine reports. Jobs arrive at least once, so a task already known is skipped. */
@Component
class UserTaskRecorder {

	private static final Logger log = LoggerFactory.getLogger(UserTaskRecorder.class);

	private final UserTaskRepository tasks;

	private final TransactionTemplate transaction;

	private final Clock clock;

	UserTaskRecorder(UserTaskRepository tasks, TransactionTemplate transaction, Clock clock) {
		this.tasks = tasks;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Returns true when the task was new. */
	boolean record(NewUserTask task) {
		if (tasks.existsByEngineRunAndEngineKey(task.engineRun(), task.engineKey())) {
			return false;
		}
		try {
			UserTask saved = transaction.execute(status -> tasks.save(new UserTask(task, clock.instant())));
			log.debug("Task {} '{}' created for process instance {}", saved.getId(), task.name(), task.processInstanceKey());
			return true;
		}
		catch (DataIntegrityViolationException raceWithRedelivery) {
			if (tasks.existsByEngineRunAndEngineKey(task.engineRun(), task.engineKey())) {
				return false;
			}
			throw raceWithRedelivery;
		}
	}

}
