package io.chancery.workflow;

import java.util.List;

import io.camunda.zeebe.protocol.record.Record;

/**
 * Embedded mode: follows what the engine does, from its record stream. Every record reaches every
 * handler once, in stream order, in batches, restarts included; one transaction spans all handlers
 * of a batch, and a batch that fails is delivered again.
 */
public interface EngineRecordHandler {

	/**
	 * Called with the first batch of an engine run. A run lasts as long as the engine's log: a new run
	 * means the log of the earlier one is gone (deleted, or an engine kept in memory), so what that run
	 * left unfinished will never finish.
	 */
	default void engineStarted(String engineRun) {
	}

	void handle(String engineRun, List<Record<?>> records);

}
