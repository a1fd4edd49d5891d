package io.chancery.workflow.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.camunda.zeebe.protocol.record.Record;
import io.chancery.workflow.EngineRecordHandler;

/**
 * Embedded mode: the one reader of the engine's record stream, the in-JVM counterpart of a Zeebe
 * exporter. It hands new records to every {@link EngineRecordHandler} and moves on only once their
 * transaction committed. The position is kept in memory: the engine lives and dies with this JVM,
 * and a new engine is a new run whose stream starts again from the beginning.
 */
@Component
@ConditionalOnProperty(name = "chancery.engine.mode", havingValue = "embedded", matchIfMissing = true)
public class EngineRecordExporter {

	private static final int BATCH_SIZE = 1000;

	private final EmbeddedZeebeEngine engine;

	private final EngineRun run;

	private final List<EngineRecordHandler> handlers;

	private final TransactionTemplate transaction;

	/** How many records of the stream the handlers have: the index of the next one. */
	private int exported;

	EngineRecordExporter(EmbeddedZeebeEngine engine, EngineRun run, List<EngineRecordHandler> handlers,
			TransactionTemplate transaction) {
		this.engine = engine;
		this.run = run;
		this.handlers = handlers;
		this.transaction = transaction;
	}

	/** Exports everything the engine has written so far; tests call it to read their own writes. */
	@Scheduled(fixedDelayString = "${chancery.engine.export-interval:1s}")
	public synchronized void export() {
		List<Record<?>> stream = engine.recordsSoFar();
		int available = stream.size();
		while (exported < available) {
			List<Record<?>> batch = new ArrayList<>();
			for (int i = exported; i < Math.min(available, exported + BATCH_SIZE); i++) {
				batch.add(stream.get(i));
			}
			boolean first = exported == 0;
			transaction.executeWithoutResult(status -> {
				if (first) {
					handlers.forEach(handler -> handler.engineStarted(run.id()));
				}
				handlers.forEach(handler -> handler.handle(run.id(), batch));
			});
			exported += batch.size();
		}
	}

}
