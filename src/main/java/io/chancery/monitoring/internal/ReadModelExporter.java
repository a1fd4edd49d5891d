package io.chancery.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.chancery.workflow.EngineRecordHandler;

/**
 * Embedded mode: writes the monitor's read model (definitions, instances, their element history,
 * incidents) from the engine's record stream, in the exporter's transaction.
 */
@Component
@ConditionalOnProperty(name = "chancery.engine.mode", havingValue = "embedded", matchIfMissing = true)
class ReadModelExporter implements EngineRecordHandler {

	static final String LOST = "The embedded engine started over without the log of its earlier run, and this instance was lost with it";

	private static final Logger log = LoggerFactory.getLogger(ReadModelExporter.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	/**
	 * Element names by process definition key, as this engine run deploys definitions; after a restart
	 * over the same log, read back from the definitions exported before.
	 */
	private final Map<Long, ElementNames> names = new ConcurrentHashMap<>();

	ReadModelExporter(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What was open in an earlier run is gone with its log. Once per run, so full scans are fine. */
	@Override
	public void engineStarted(String engineRun) {
		closeEarlierRuns(engineRun);
	}

	int closeEarlierRuns(String engineRun) {
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		int lost = jdbc.update("""
				update process_instance set state = 'TERMINATED', incident = false, ended_at = ?, end_reason = ?
				where state = 'ACTIVE' and engine_run <> ?""", now, LOST, engineRun);
		jdbc.update("update element_instance set state = 'TERMINATED', ended_at = ? where state = 'ACTIVE' and engine_run <> ?",
				now, engineRun);
		jdbc.update("update incident set state = 'RESOLVED' where state = 'ACTIVE' and engine_run <> ?", engineRun);
		if (lost > 0) {
			log.warn("{} process instances of an earlier engine run marked terminated: {}", lost, LOST);
		}
		return lost;
	}

	@Override
	public void handle(String engineRun, List<Record<?>> records) {
		knowNamesOfEarlierDefinitions(engineRun, records);
		ReadModelBatch batch = new ReadModelBatch(engineRun, names);
		records.forEach(batch::add);
		batch.write(jdbc);
	}

	private void knowNamesOfEarlierDefinitions(String engineRun, List<Record<?>> records) {
		Set<Long> looked = new HashSet<>();
		for (Record<?> record : records) {
			if (record.getValue() instanceof ProcessInstanceRecordValue element
					&& !names.containsKey(element.getProcessDefinitionKey())
					&& looked.add(element.getProcessDefinitionKey())) {
				jdbc.query("select bpmn_xml, bpmn_process_id from process_definition where engine_run = ? and process_definition_key = ?",
						rs -> {
							names.put(element.getProcessDefinitionKey(), ElementNames
								.read(rs.getString("bpmn_xml").getBytes(StandardCharsets.UTF_8), rs.getString("bpmn_process_id")));
						}, engineRun, element.getProcessDefinitionKey());
			}
		}
	}

}
