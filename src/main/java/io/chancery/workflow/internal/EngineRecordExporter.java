package io.chancery.workflow.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.camunda.zeebe.protocol.record.Record;
import io.chancery.workflow.EngineRecordHandler;

/**
 * Embedded mode: the one reader of the engine's record stream, the in-JVM counterpart of a Zeebe
 * exporter. It hands new records to every {@link EngineRecordHandler} and moves on only once their
 * transaction committed. The position of the last record handled is written in that transaction
 * (table engine_export), so after a restart over the same log the export continues exactly after
 * it: nothing is handled twice, nothing skipped.
 */
@Component
@ConditionalOnProperty(name = "chancery.engine.mode", havingValue = "embedded", matchIfMissing = true)
public class EngineRecordExporter {

	private static final int BATCH_SIZE = 1000;

	private static final long NONE = -1;

	private final EmbeddedZeebeEngine engine;

	private final EngineRun run;

	private final List<EngineRecordHandler> handlers;

	private final TransactionTemplate transaction;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/** The index of the next record in the engine's list; negative until the stored position is looked up. */
	private int exported = -1;

	/** The position of the last record handled, {@link #NONE} before the run's first. */
	private long position = NONE;

	EngineRecordExporter(EmbeddedZeebeEngine engine, EngineRun run, List<EngineRecordHandler> handlers,
			TransactionTemplate transaction, JdbcTemplate jdbc, Clock clock) {
		this.engine = engine;
		this.run = run;
		this.handlers = handlers;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Exports everything the engine has written so far; tests call it to read their own writes. */
	@Scheduled(fixedDelayString = "${chancery.engine.export-interval:1s}")
	public synchronized void export() {
		List<Record<?>> stream = engine.recordsSoFar();
		int available = stream.size();
		if (exported < 0) {
			position = storedPosition();
			exported = firstAfter(stream, available, position);
		}
		while (exported < available) {
			List<Record<?>> batch = new ArrayList<>();
			for (int i = exported; i < Math.min(available, exported + BATCH_SIZE); i++) {
				batch.add(stream.get(i));
			}
			boolean first = position == NONE;
			long last = batch.getLast().getPosition();
			transaction.executeWithoutResult(status -> {
				if (first) {
					handlers.forEach(handler -> handler.engineStarted(run.id()));
				}
				handlers.forEach(handler -> handler.handle(run.id(), batch));
				store(first, last);
			});
			exported += batch.size();
			position = last;
		}
	}

	private long storedPosition() {
		return jdbc.query("select record_position from engine_export where engine_run = ?",
				rs -> rs.next() ? rs.getLong(1) : NONE, run.id());
	}

	private void store(boolean first, long last) {
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		if (first) {
			jdbc.update("insert into engine_export (engine_run, record_position, updated_at) values (?, ?, ?)", run.id(),
					last, now);
		}
		else {
			jdbc.update("update engine_export set record_position = ?, updated_at = ? where engine_run = ?", last, now,
					run.id());
		}
	}

	/** Positions grow along the list: the index of the first record after {@code position}, by binary search. */
	private static int firstAfter(List<Record<?>> stream, int size, long position) {
		int low = 0;
		int high = size;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (stream.get(middle).getPosition() <= position) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
