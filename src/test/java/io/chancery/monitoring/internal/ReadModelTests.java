package io.chancery.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.workflow.ProcessService;
import io.chancery.workflow.internal.EngineRecordExporter;

/** The embedded read model: earlier engine runs, and lists over many instances. */
@ChanceryIntegrationTest
class ReadModelTests {

	@Autowired
	ReadModelExporter readModel;

	@Autowired
	EngineRecordExporter exporter;

	@Autowired
	EmbeddedProcessMonitor monitor;

	@Autowired
	ProcessService processes;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void whatAnEarlierEngineRunLeftOpenIsMarkedLostAndTheCurrentRunIsLeftAlone() {
		long company = ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000);
		long current = processes.start("test-monitor", company, Map.of("needsReview", true));
		String currentRun = await().atMost(Duration.ofSeconds(60)).until(() -> {
			exporter.export();
			return jdbc.queryForList("select engine_run from process_instance where process_instance_key = ?", String.class,
					current);
		}, runs -> !runs.isEmpty()).getFirst();
		jdbc.update("""
				insert into process_definition (engine_run, process_definition_key, bpmn_process_id, version, name,
				  resource_name, bpmn_xml, deployed_at)
				select 'earlier', 1, bpmn_process_id, version, name, resource_name, bpmn_xml, deployed_at
				from process_definition where engine_run = ? and bpmn_process_id = 'test-monitor'""", currentRun);
		jdbc.update("""
				insert into process_instance (engine_run, process_instance_key, process_definition_key, bpmn_process_id,
				  version, company_id, state, incident, started_at)
				values ('earlier', 1, 1, 'test-monitor', 1, ?, 'ACTIVE', true, current_timestamp)""", company);
		jdbc.update("""
				insert into element_instance (engine_run, element_instance_key, process_instance_key, element_id,
				  element_type, state, started_at) values ('earlier', 2, 1, 'call-service', 'SERVICE_TASK', 'ACTIVE', current_timestamp)""");
		jdbc.update("""
				insert into incident (engine_run, incident_key, process_instance_key, element_instance_key, element_id,
				  error_type, state, created_at) values ('earlier', 3, 1, 2, 'call-service', 'JOB_NO_RETRIES', 'ACTIVE', current_timestamp)""");

		readModel.closeEarlierRuns(currentRun);

		Viewer viewer = new Viewer(company, false);
		InstanceDetails lost = monitor.instance(viewer, 1).orElseThrow();
		assertThat(lost.instance().state()).isEqualTo(InstanceState.TERMINATED);
		assertThat(lost.instance().incident()).isFalse();
		assertThat(lost.endReason()).isEqualTo(ReadModelExporter.LOST);
		assertThat(lost.history().getFirst().state()).isEqualTo(InstanceState.TERMINATED);
		assertThat(lost.incidents().getFirst().state()).isEqualTo(IncidentState.RESOLVED);
		assertThat(monitor.instance(viewer, current).orElseThrow().instance().state()).isEqualTo(InstanceState.ACTIVE);
	}

	@Test
	void theInstanceListPagesCorrectlyThroughAHundredThousandInstances() {
		exporter.export(); // the engine run's first batch is behind us: it would close these rows
		long company = ThreadLocalRandom.current().nextLong(2_000_000, 3_000_000);
		// one statement: every tenth instance completed, every hundredth with an incident, two processes
		jdbc.update("""
				insert into process_instance (engine_run, process_instance_key, process_definition_key, bpmn_process_id,
				  version, company_id, business_key, state, incident, started_at)
				select 'synthetic', n, 1, case when n % 2 = 0 then 'synthetic-even' else 'synthetic-odd' end, 1, ?,
				  'S-' || n, case when n % 10 = 0 then 'COMPLETED' else 'ACTIVE' end, n % 100 = 1,
				  timestamp with time zone '2026-01-01 00:00:00+00' + n * interval '1 second'
				from generate_series(1, 100000) as n order by n""", company);
		jdbc.execute("analyze process_instance");
		Viewer viewer = new Viewer(company, false);

		CursorPage<InstanceSummary> first = monitor.instances(viewer,
				new InstanceQuery("synthetic-even", null, InstanceState.ACTIVE, false, null, 25));
		CursorPage<InstanceSummary> second = monitor.instances(viewer,
				new InstanceQuery("synthetic-even", null, InstanceState.ACTIVE, false, first.next(), 25));
		CursorPage<InstanceSummary> incidents = monitor.instances(viewer,
				new InstanceQuery(null, null, InstanceState.ACTIVE, true, null, 3));

		// newest first: even numbers that are not multiples of ten, from 99998 down
		assertThat(first.items()).extracting(InstanceSummary::key).startsWith(99998L, 99996L, 99994L, 99992L, 99988L)
			.hasSize(25);
		assertThat(first.items().getFirst().businessKey()).isEqualTo("S-99998");
		assertThat(second.items().getFirst().key()).isEqualTo(first.items().getLast().key() - 2);
		assertThat(second.next()).isNotNull();
		assertThat(incidents.items()).extracting(InstanceSummary::key).containsExactly(99901L, 99801L, 99701L);
		jdbc.update("delete from process_instance where engine_run = 'synthetic'");
	}

}
