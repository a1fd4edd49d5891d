package io.chancery.monitoring.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import io.camunda.zeebe.protocol.record.value.deployment.Process;
import io.chancery.workflow.ProcessVariables;

/**
 * What one batch of engine records changes in the read model. Statements are collected per kind and
 * each kind runs as one JDBC batch, rows being created before any kind that updates them.
 */
final class ReadModelBatch {

	private static final String INSERT_DEFINITION = """
			insert into process_definition (engine_run, process_definition_key, bpmn_process_id, version, name,
			  resource_name, bpmn_xml, deployed_at) values (?, ?, ?, ?, ?, ?, ?, ?)""";

	/**
	 * Creating an instance writes its variables before the instance's own activation, so whichever comes
	 * first creates the row; the process version comes from the definition.
	 */
	private static final String ENSURE_INSTANCE = """
			insert into process_instance (engine_run, process_instance_key, process_definition_key, bpmn_process_id,
			  version, state, incident, started_at)
			select d.engine_run, ?, d.process_definition_key, d.bpmn_process_id, d.version, 'ACTIVE', false, ?
			from process_definition d
			where d.engine_run = ? and d.process_definition_key = ?
			  and not exists (select 1 from process_instance p where p.process_instance_key = ? and p.engine_run = ?)""";

	private static final String INSERT_ELEMENT = """
			insert into element_instance (engine_run, element_instance_key, process_instance_key, element_id,
			  element_name, element_type, state, started_at) values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?)""";

	private static final String INSERT_INCIDENT = """
			insert into incident (engine_run, incident_key, process_instance_key, element_instance_key, element_id,
			  error_type, error_message, job_key, state, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?)""";

	private static final String END_INSTANCE = """
			update process_instance set state = ?, ended_at = ? where process_instance_key = ? and engine_run = ?""";

	private static final String END_ELEMENT = """
			update element_instance set state = ?, ended_at = ? where element_instance_key = ? and engine_run = ?""";

	private static final String SET_COMPANY = """
			update process_instance set company_id = ? where process_instance_key = ? and engine_run = ?""";

	private static final String SET_BUSINESS_KEY = """
			update process_instance set business_key = ? where process_instance_key = ? and engine_run = ?""";

	private static final String SET_FALLBACK_BUSINESS_KEY = """
			update process_instance set business_key = coalesce(business_key, ?)
			where process_instance_key = ? and engine_run = ?""";

	private static final String RESOLVE_INCIDENT = """
			update incident set state = 'RESOLVED' where incident_key = ? and engine_run = ?""";

	private static final String UPDATE_INCIDENT_FLAG = """
			update process_instance p set incident = exists (select 1 from incident i
			  where i.process_instance_key = p.process_instance_key and i.engine_run = p.engine_run and i.state = 'ACTIVE')
			where p.process_instance_key = ? and p.engine_run = ?""";

	private final String run;

	private final Map<Long, ElementNames> names;

	/** Statement → parameter rows, in the order the statements must run. */
	private final Map<String, List<Object[]>> statements = new LinkedHashMap<>();

	private final Set<Long> instancesSeen = new LinkedHashSet<>();

	private final Set<Long> incidentsChanged = new LinkedHashSet<>();

	/** {@code names}: element names by process definition key; deployments in this batch add theirs. */
	ReadModelBatch(String run, Map<Long, ElementNames> names) {
		this.run = run;
		this.names = names;
		for (String sql : List.of(INSERT_DEFINITION, ENSURE_INSTANCE, INSERT_ELEMENT, INSERT_INCIDENT, END_INSTANCE,
				END_ELEMENT, SET_COMPANY, SET_BUSINESS_KEY, SET_FALLBACK_BUSINESS_KEY, RESOLVE_INCIDENT,
				UPDATE_INCIDENT_FLAG)) {
			statements.put(sql, new ArrayList<>());
		}
	}

	void add(Record<?> record) {
		if (record.getRecordType() != RecordType.EVENT) {
			return;
		}
		OffsetDateTime at = Instant.ofEpochMilli(record.getTimestamp()).atOffset(ZoneOffset.UTC);
		switch (record.getValue()) {
			case Process process when record.getIntent() == ProcessIntent.CREATED -> definition(process, at);
			case ProcessInstanceRecordValue element -> element(record.getKey(), element, record.getIntent(), at);
			case VariableRecordValue variable -> variable(variable, at);
			case IncidentRecordValue incident -> incident(record.getKey(), incident, record.getIntent(), at);
			default -> {
			}
		}
	}

	void write(JdbcTemplate jdbc) {
		incidentsChanged.forEach(instance -> statement(UPDATE_INCIDENT_FLAG, instance, run));
		statements.forEach((sql, rows) -> {
			if (!rows.isEmpty()) {
				jdbc.batchUpdate(sql, rows);
			}
		});
	}

	private void definition(Process process, OffsetDateTime at) {
		ElementNames elementNames = ElementNames.read(process.getResource(), process.getBpmnProcessId());
		names.put(process.getProcessDefinitionKey(), elementNames);
		statement(INSERT_DEFINITION, run, process.getProcessDefinitionKey(), process.getBpmnProcessId(),
				process.getVersion(), text(clip(elementNames.processName(), 300)), process.getResourceName(),
				new String(process.getResource(), StandardCharsets.UTF_8), at);
	}

	private void element(long key, ProcessInstanceRecordValue element, Intent intent, OffsetDateTime at) {
		if (element.getBpmnElementType() == BpmnElementType.SEQUENCE_FLOW) {
			return;
		}
		boolean process = element.getBpmnElementType() == BpmnElementType.PROCESS;
		if (intent == ProcessInstanceIntent.ELEMENT_ACTIVATING) {
			if (process) {
				ensureInstance(key, element.getProcessDefinitionKey(), at);
			}
			else {
				String name = names.getOrDefault(element.getProcessDefinitionKey(), ElementNames.NONE)
					.of(element.getElementId());
				statement(INSERT_ELEMENT, run, key, element.getProcessInstanceKey(), element.getElementId(),
						text(clip(name, 300)), element.getBpmnElementType().name(), at);
			}
		}
		else if (intent == ProcessInstanceIntent.ELEMENT_COMPLETED || intent == ProcessInstanceIntent.ELEMENT_TERMINATED) {
			String state = (intent == ProcessInstanceIntent.ELEMENT_COMPLETED ? InstanceState.COMPLETED
					: InstanceState.TERMINATED).name();
			statement(process ? END_INSTANCE : END_ELEMENT, state, at, key, run);
		}
	}

	/** Only variables of the process scope: the company and the business key are set for the whole instance. */
	private void variable(VariableRecordValue variable, OffsetDateTime at) {
		if (variable.getScopeKey() != variable.getProcessInstanceKey()) {
			return;
		}
		long instance = variable.getProcessInstanceKey();
		switch (variable.getName()) {
			case ProcessVariables.COMPANY_ID -> {
				ensureInstance(instance, variable.getProcessDefinitionKey(), at);
				statement(SET_COMPANY, new SqlParameterValue(Types.BIGINT, VariableValues.number(variable.getValue())),
						instance, run);
			}
			case ProcessVariables.BUSINESS_KEY -> {
				ensureInstance(instance, variable.getProcessDefinitionKey(), at);
				statement(SET_BUSINESS_KEY, text(clip(VariableValues.text(variable.getValue()), 200)), instance, run);
			}
			case ProcessVariables.DOCUMENT_NUMBER -> {
				ensureInstance(instance, variable.getProcessDefinitionKey(), at);
				statement(SET_FALLBACK_BUSINESS_KEY, text(clip(VariableValues.text(variable.getValue()), 200)), instance,
						run);
			}
			default -> {
			}
		}
	}

	private void incident(long key, IncidentRecordValue incident, Intent intent, OffsetDateTime at) {
		if (intent == IncidentIntent.CREATED) {
			statement(INSERT_INCIDENT, run, key, incident.getProcessInstanceKey(), incident.getElementInstanceKey(),
					incident.getElementId(), incident.getErrorType().name(), text(clip(incident.getErrorMessage(), 10000)),
					new SqlParameterValue(Types.BIGINT, incident.getJobKey() > 0 ? incident.getJobKey() : null), at);
		}
		else if (intent == IncidentIntent.RESOLVED) {
			statement(RESOLVE_INCIDENT, key, run);
		}
		else {
			return;
		}
		incidentsChanged.add(incident.getProcessInstanceKey());
	}

	private void ensureInstance(long instance, long definitionKey, OffsetDateTime at) {
		if (instancesSeen.add(instance)) {
			statement(ENSURE_INSTANCE, instance, at, run, definitionKey, instance, run);
		}
	}

	private void statement(String sql, Object... parameters) {
		statements.get(sql).add(parameters);
	}

	/** Typed, so that a null needs no look-up of the column's type. */
	private static SqlParameterValue text(String value) {
		return new SqlParameterValue(Types.VARCHAR, value);
	}

	/** Free text is cut to its column: a value too long must not stop the stream. */
	private static String clip(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

}
