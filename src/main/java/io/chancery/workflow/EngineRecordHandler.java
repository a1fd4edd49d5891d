package io.chancery.workflow;

import java.util.List;

import io.camunda.zeebe.protocol.record.Record;

/**
 * Embedded mode: follows what the engine does, from its record stream. Every record reaches every
 * handler once per engine run, in stream order, in batches; one transaction spans all handlers of a
 * batch, and a batch that fails is delivered again.
 */
public interface EngineRecordHandler {

	/**
	 * Called with the first batch of an engine run. The embedded engine starts empty on every boot,
	 * so what an earlier run left unfinished will never finish.
	 */
	default void engineStarted(String engineRun) {
	}

	void handle(String engineRun, List<Record<?>> records);

}
