package io.chancery.workflow.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An engine run lasts as long as the embedded engine's log: a restart over the same log continues
 * the run and its tasks. When the log is gone (deleted, or the engine kept in memory), open tasks of
 * the earlier run can never be completed: they are closed with a reason people can read instead of
 * lingering forever.
 */
@Component
@ConditionalOnProperty(name = "chancery.engine.mode", havingValue = "embedded", matchIfMissing = true)
class EarlierEngineRunTasks implements ApplicationRunner {

	static final String REASON = "The embedded engine started over without the log of its earlier run, and the process instance was lost with it";

	private static final Logger log = LoggerFactory.getLogger(EarlierEngineRunTasks.class);

	private final UserTaskRepository tasks;

	private final EngineRun run;

	private final Clock clock;

	EarlierEngineRunTasks(UserTaskRepository tasks, EngineRun run, Clock clock) {
		this.tasks = tasks;
		this.run = run;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int closed = tasks.cancelOpenTasksOfOtherRuns(run.id(), REASON, clock.instant());
		if (closed > 0) {
			log.warn("Closed {} open tasks of an earlier engine run: {}", closed, REASON);
		}
	}

}
