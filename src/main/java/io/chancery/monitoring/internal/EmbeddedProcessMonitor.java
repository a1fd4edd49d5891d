package io.chancery.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Embedded mode: the monitor reads the read model that {@link ReadModelExporter} writes. Lists page by
 * id (newest first) rather than by offset, so that a page costs the same however many instances there
 * are. Engine keys repeat across engine runs; a key names the instance of the latest run that has it.
 */
@Component
@ConditionalOnProperty(name = "chancery.engine.mode", havingValue = "embedded", matchIfMissing = true)
@Transactional(readOnly = true)
class EmbeddedProcessMonitor implements ProcessMonitor {

	private static final String INCIDENTS = """
			select i.*, p.bpmn_process_id, p.business_key from incident i
			join process_instance p on p.process_instance_key = i.process_instance_key and p.engine_run = i.engine_run
			""";

	private final JdbcClient jdbc;

	EmbeddedProcessMonitor(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DefinitionSummary> definitions(Viewer viewer) {
		Map<ProcessVersion, DefinitionSummary> counted = new HashMap<>();
		jdbc.sql("""
				select bpmn_process_id, version,
				  sum(case when state = 'ACTIVE' then 1 else 0 end) as active,
				  sum(case when state = 'ACTIVE' and incident then 1 else 0 end) as incidents,
				  sum(case when state = 'COMPLETED' then 1 else 0 end) as completed
				from process_instance p where %s group by bpmn_process_id, version""".formatted(visibleTo(viewer)))
			.param("company", viewer.companyId())
			.query(rs -> {
				counted.put(new ProcessVersion(rs.getString("bpmn_process_id"), rs.getInt("version")),
						new DefinitionSummary(rs.getString("bpmn_process_id"), null, rs.getInt("version"),
								rs.getLong("active"), rs.getLong("incidents"), rs.getLong("completed")));
			});
		return jdbc.sql("""
				select bpmn_process_id, version, max(name) as name from process_definition
				group by bpmn_process_id, version order by bpmn_process_id, version desc""")
			.query((rs, row) -> {
				DefinitionSummary count = counted.get(new ProcessVersion(rs.getString("bpmn_process_id"), rs.getInt("version")));
				return new DefinitionSummary(rs.getString("bpmn_process_id"), rs.getString("name"), rs.getInt("version"),
						count == null ? 0 : count.active(), count == null ? 0 : count.incidents(),
						count == null ? 0 : count.completed());
			})
			.list();
	}

	@Override
	public CursorPage<InstanceSummary> instances(Viewer viewer, InstanceQuery query) {
		StringBuilder where = new StringBuilder(visibleTo(viewer));
		if (query.processId() != null) {
			where.append(" and p.bpmn_process_id = :processId");
		}
		if (query.version() != null) {
			where.append(" and p.version = :version");
		}
		if (query.state() != null) {
			where.append(" and p.state = :state");
		}
		if (query.incidentsOnly()) {
			where.append(" and p.incident = true");
		}
		if (query.after() != null) {
			where.append(" and p.id < :after");
		}
		CursorPage<InstanceRow> rows = CursorPage.of(jdbc.sql("select p.* from process_instance p where " + where
				+ " order by p.id desc limit :limit")
			.param("company", viewer.companyId())
			.param("processId", query.processId())
			.param("version", query.version())
			.param("state", query.state() == null ? null : query.state().name())
			.param("after", cursor(query.after()))
			.param("limit", query.size() + 1)
			.query(EmbeddedProcessMonitor::instanceRow)
			.list(), query.size(), row -> String.valueOf(row.id()));
		Map<String, List<String>> waitingAt = waitingPoints(rows.items());
		return new CursorPage<>(rows.items().stream()
			.map(row -> row.summary(waitingAt.getOrDefault(row.runAndKey(), List.of())))
			.toList(), rows.next());
	}

	@Override
	public Optional<InstanceDetails> instance(Viewer viewer, long processInstanceKey) {
		return jdbc.sql("select p.* from process_instance p where p.process_instance_key = :key and " + visibleTo(viewer)
				+ " order by p.id desc limit 1")
			.param("key", processInstanceKey)
			.param("company", viewer.companyId())
			.query(EmbeddedProcessMonitor::instanceRow)
			.optional()
			.map(this::details);
	}

	@Override
	public CursorPage<IncidentView> incidents(Viewer viewer, String after, int size) {
		CursorPage<IncidentRow> rows = CursorPage.of(jdbc.sql(INCIDENTS + " where i.state = 'ACTIVE' and "
				+ visibleTo(viewer) + (after != null ? " and i.id < :after" : "") + " order by i.id desc limit :limit")
			.param("company", viewer.companyId())
			.param("after", cursor(after))
			.param("limit", size + 1)
			.query((rs, row) -> new IncidentRow(rs.getLong("id"), incident(rs)))
			.list(), size, row -> String.valueOf(row.id()));
		return new CursorPage<>(rows.items().stream().map(IncidentRow::view).toList(), rows.next());
	}

	@Override
	public Optional<IncidentView> incident(Viewer viewer, long incidentKey) {
		return jdbc.sql(INCIDENTS + " where i.incident_key = :key and " + visibleTo(viewer) + " order by i.id desc limit 1")
			.param("key", incidentKey)
			.param("company", viewer.companyId())
			.query((rs, row) -> incident(rs))
			.optional();
	}

	private InstanceDetails details(InstanceRow row) {
		String xml = jdbc.sql("""
				select bpmn_xml from process_definition where engine_run = :run and process_definition_key = :definition""")
			.param("run", row.engineRun())
			.param("definition", row.definitionKey())
			.query(String.class)
			.single();
		List<ElementInstanceView> history = byInstance("""
				select * from element_instance where process_instance_key = :key and engine_run = :run
				order by element_instance_key""", row)
			.query((rs, n) -> new ElementInstanceView(rs.getLong("element_instance_key"), rs.getString("element_id"),
					rs.getString("element_name"), rs.getString("element_type"), InstanceState.valueOf(rs.getString("state")),
					instant(rs, "started_at"), instant(rs, "ended_at")))
			.list();
		List<IncidentView> incidents = byInstance(INCIDENTS
				+ " where i.process_instance_key = :key and i.engine_run = :run order by i.id", row)
			.query((rs, n) -> incident(rs))
			.list();
		return new InstanceDetails(row.summary(ElementInstanceView.waitingPoints(history)), row.endReason(), xml, history,
				incidents);
	}

	private StatementSpec byInstance(String sql, InstanceRow row) {
		return jdbc.sql(sql).param("key", row.key()).param("run", row.engineRun());
	}

	/** Where each instance of a page waits now, in one query for the page. */
	private Map<String, List<String>> waitingPoints(List<InstanceRow> page) {
		List<Long> active = page.stream().filter(row -> row.state() == InstanceState.ACTIVE).map(InstanceRow::key).toList();
		Map<String, List<String>> waitingAt = new LinkedHashMap<>();
		if (active.isEmpty()) {
			return waitingAt;
		}
		jdbc.sql("""
				select engine_run, process_instance_key, coalesce(element_name, element_id) as label from element_instance
				where process_instance_key in (:keys) and state = 'ACTIVE' and element_type not in (:scopes)
				order by element_instance_key""")
			.param("keys", active)
			.param("scopes", ElementInstanceView.SCOPE_TYPES)
			.query(rs -> {
				waitingAt.computeIfAbsent(rs.getString("engine_run") + "/" + rs.getLong("process_instance_key"),
						key -> new ArrayList<>()).add(rs.getString("label"));
			});
		return waitingAt;
	}

	private static Long cursor(String after) {
		return after == null ? null : Long.valueOf(after);
	}

	/** Company instances for everyone of the company; system instances (no company) for those who see them. */
	private static String visibleTo(Viewer viewer) {
		return viewer.seesSystemInstances() ? "(p.company_id = :company or p.company_id is null)"
				: "p.company_id = :company";
	}

	private static InstanceRow instanceRow(ResultSet rs, int row) throws SQLException {
		return new InstanceRow(rs.getLong("id"), rs.getString("engine_run"), rs.getLong("process_instance_key"),
				rs.getLong("process_definition_key"), rs.getString("bpmn_process_id"), rs.getInt("version"),
				rs.getString("business_key"), InstanceState.valueOf(rs.getString("state")), rs.getBoolean("incident"),
				instant(rs, "started_at"), instant(rs, "ended_at"), rs.getString("end_reason"));
	}

	private static IncidentView incident(ResultSet rs) throws SQLException {
		Long jobKey = rs.getObject("job_key", Long.class);
		return new IncidentView(rs.getLong("incident_key"), rs.getLong("process_instance_key"),
				rs.getString("bpmn_process_id"), rs.getString("business_key"), rs.getString("element_id"),
				rs.getString("error_type"), rs.getString("error_message"), jobKey,
				IncidentState.valueOf(rs.getString("state")), instant(rs, "created_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private record ProcessVersion(String processId, int version) {
	}

	private record IncidentRow(long id, IncidentView view) {
	}

	private record InstanceRow(long id, String engineRun, long key, long definitionKey, String processId, int version,
			String businessKey, InstanceState state, boolean incident, Instant startedAt, Instant endedAt,
			String endReason) {

		String runAndKey() {
			return engineRun + "/" + key;
		}

		InstanceSummary summary(List<String> waitingAt) {
			return new InstanceSummary(key, processId, version, businessKey, state, incident, startedAt, endedAt,
					waitingAt, null);
		}

	}

}
