package io.chancery.monitoring.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.filter.ProcessInstanceFilter;
import io.camunda.client.api.search.request.SearchRequestPage;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import io.chancery.workflow.ProcessVariables;

/**
 * Cluster mode: the monitor searches the Orchestration Cluster REST API and links every instance to
 * Operate. An instance is a company's by its companyId variable. System instances (without one) are
 * left to Operate: a search cannot ask for a variable that is missing.
 */
@Component
@ConditionalOnProperty(name = "chancery.engine.mode", havingValue = "cluster")
class ClusterProcessMonitor implements ProcessMonitor {

	/** Element instances and incidents read for one instance; Operate shows a longer history. */
	static final int HISTORY_LIMIT = 500;

	private static final int DEFINITIONS_LIMIT = 100;

	private final CamundaClient client;

	private final String operateUrl;

	ClusterProcessMonitor(CamundaClient client, @Value("${chancery.engine.operate-url:}") String operateUrl) {
		this.client = client;
		this.operateUrl = operateUrl.replaceAll("/+$", "");
	}

	@Override
	public List<DefinitionSummary> definitions(Viewer viewer) {
		return client.newProcessDefinitionSearchRequest()
			.page(page -> page.limit(DEFINITIONS_LIMIT))
			.send()
			.join()
			.items()
			.stream()
			.sorted(Comparator.comparing(ProcessDefinition::getProcessDefinitionId)
				.thenComparing(ProcessDefinition::getVersion, Comparator.reverseOrder()))
			.map(definition -> new DefinitionSummary(definition.getProcessDefinitionId(), definition.getName(),
					definition.getVersion(), count(viewer, definition, filter -> filter.state(ProcessInstanceState.ACTIVE)),
					count(viewer, definition, filter -> filter.state(ProcessInstanceState.ACTIVE).hasIncident(true)),
					count(viewer, definition, filter -> filter.state(ProcessInstanceState.COMPLETED))))
			.toList();
	}

	@Override
	public CursorPage<InstanceSummary> instances(Viewer viewer, InstanceQuery query) {
		SearchResponse<ProcessInstance> found = client.newProcessInstanceSearchRequest()
			.filter(filter -> {
				ofCompany(filter, viewer);
				if (query.processId() != null) {
					filter.processDefinitionId(query.processId());
				}
				if (query.version() != null) {
					filter.processDefinitionVersion(query.version());
				}
				if (query.state() != null) {
					filter.state(ProcessInstanceState.valueOf(query.state().name()));
				}
				if (query.incidentsOnly()) {
					filter.hasIncident(true);
				}
			})
			.sort(sort -> sort.startDate().desc())
			.page(page -> page(page, query.size(), query.after()))
			.send()
			.join();
		Map<Long, String> businessKeys = businessKeys(found.items());
		return new CursorPage<>(found.items().stream()
			.map(instance -> summary(instance, businessKeys, instance.getState() == ProcessInstanceState.ACTIVE
					? ElementInstanceView.waitingPoints(history(instance.getProcessInstanceKey(), true)) : List.of()))
			.toList(), next(found, query.size()));
	}

	@Override
	public Optional<InstanceDetails> instance(Viewer viewer, long processInstanceKey) {
		List<ProcessInstance> found = client.newProcessInstanceSearchRequest()
			.filter(filter -> ofCompany(filter.processInstanceKey(processInstanceKey), viewer))
			.send()
			.join()
			.items();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ProcessInstance instance = found.getFirst();
		Map<Long, String> businessKeys = businessKeys(found);
		List<ElementInstanceView> history = history(processInstanceKey, false);
		List<IncidentView> incidents = client.newIncidentSearchRequest()
			.filter(filter -> filter.processInstanceKey(processInstanceKey))
			.page(page -> page.limit(HISTORY_LIMIT))
			.send()
			.join()
			.items()
			.stream()
			.map(incident -> incident(incident, businessKeys))
			.toList();
		String xml = client.newProcessDefinitionGetXmlRequest(instance.getProcessDefinitionKey()).send().join();
		return Optional.of(new InstanceDetails(summary(instance, businessKeys, ElementInstanceView.waitingPoints(history)),
				null, xml, history, incidents));
	}

	/** A page holds the open incidents of {@code size} instances: incidents cannot be searched by variable. */
	@Override
	public CursorPage<IncidentView> incidents(Viewer viewer, String after, int size) {
		SearchResponse<ProcessInstance> found = client.newProcessInstanceSearchRequest()
			.filter(filter -> ofCompany(filter.state(ProcessInstanceState.ACTIVE).hasIncident(true), viewer))
			.sort(sort -> sort.startDate().desc())
			.page(page -> page(page, size, after))
			.send()
			.join();
		Map<Long, String> businessKeys = businessKeys(found.items());
		return new CursorPage<>(found.items().stream()
			.flatMap(instance -> client.newIncidentSearchRequest()
				.filter(filter -> filter.processInstanceKey(instance.getProcessInstanceKey())
					.state(io.camunda.client.api.search.enums.IncidentState.ACTIVE))
				.send()
				.join()
				.items()
				.stream())
			.map(incident -> incident(incident, businessKeys))
			.toList(), next(found, size));
	}

	@Override
	public Optional<IncidentView> incident(Viewer viewer, long incidentKey) {
		Incident incident;
		try {
			incident = client.newIncidentGetRequest(incidentKey).send().join();
		}
		catch (ProblemException e) {
			if (e.code() == 404) {
				return Optional.empty();
			}
			throw e;
		}
		List<ProcessInstance> instance = client.newProcessInstanceSearchRequest()
			.filter(filter -> ofCompany(filter.processInstanceKey(incident.getProcessInstanceKey()), viewer))
			.send()
			.join()
			.items();
		return instance.isEmpty() ? Optional.empty() : Optional.of(incident(incident, businessKeys(instance)));
	}

	private long count(Viewer viewer, ProcessDefinition definition, Consumer<ProcessInstanceFilter> filter) {
		return client.newProcessInstanceSearchRequest()
			.filter(search -> filter.accept(ofCompany(search.processDefinitionKey(definition.getProcessDefinitionKey()), viewer)))
			.page(page -> page.limit(1))
			.send()
			.join()
			.page()
			.totalItems();
	}

	private List<ElementInstanceView> history(long processInstanceKey, boolean activeOnly) {
		return client.newElementInstanceSearchRequest()
			.filter(filter -> {
				filter.processInstanceKey(processInstanceKey);
				if (activeOnly) {
					filter.state(ElementInstanceState.ACTIVE);
				}
			})
			.sort(sort -> sort.elementInstanceKey().asc())
			.page(page -> page.limit(HISTORY_LIMIT))
			.send()
			.join()
			.items()
			.stream()
			.map(ClusterProcessMonitor::element)
			.toList();
	}

	/** The business keys of some instances, in one search: businessKey, else documentNumber. */
	private Map<Long, String> businessKeys(List<ProcessInstance> instances) {
		Map<Long, String> keys = new HashMap<>();
		if (instances.isEmpty()) {
			return keys;
		}
		List<Long> instanceKeys = instances.stream().map(ProcessInstance::getProcessInstanceKey).toList();
		client.newVariableSearchRequest()
			.filter(filter -> filter.processInstanceKey(key -> key.in(instanceKeys))
				.name(name -> name.in(ProcessVariables.BUSINESS_KEY, ProcessVariables.DOCUMENT_NUMBER)))
			.page(page -> page.limit(2 * instanceKeys.size()))
			.send()
			.join()
			.items()
			.stream()
			.filter(variable -> variable.getScopeKey().equals(variable.getProcessInstanceKey()))
			.sorted(Comparator.comparing(variable -> !ProcessVariables.BUSINESS_KEY.equals(variable.getName())))
			.forEach(variable -> keys.putIfAbsent(variable.getProcessInstanceKey(), VariableValues.text(variable.getValue())));
		return keys;
	}

	private InstanceSummary summary(ProcessInstance instance, Map<Long, String> businessKeys, List<String> waitingAt) {
		long key = instance.getProcessInstanceKey();
		return new InstanceSummary(key, instance.getProcessDefinitionId(), instance.getProcessDefinitionVersion(),
				businessKeys.get(key), InstanceState.valueOf(instance.getState().name()),
				Boolean.TRUE.equals(instance.getHasIncident()), instant(instance.getStartDate()),
				instant(instance.getEndDate()), waitingAt, operateUrl.isEmpty() ? null : operateUrl + "/processes/" + key);
	}

	private static ElementInstanceView element(ElementInstance element) {
		return new ElementInstanceView(element.getElementInstanceKey(), element.getElementId(), element.getElementName(),
				element.getType().name(), InstanceState.valueOf(element.getState().name()), instant(element.getStartDate()),
				instant(element.getEndDate()));
	}

	private static IncidentView incident(Incident incident, Map<Long, String> businessKeys) {
		boolean active = incident.getState() == io.camunda.client.api.search.enums.IncidentState.ACTIVE;
		return new IncidentView(incident.getIncidentKey(), incident.getProcessInstanceKey(),
				incident.getProcessDefinitionId(), businessKeys.get(incident.getProcessInstanceKey()),
				incident.getElementId(), incident.getErrorType().name(), incident.getErrorMessage(), incident.getJobKey(),
				active ? IncidentState.ACTIVE : IncidentState.RESOLVED, instant(incident.getCreationTime()));
	}

	private static ProcessInstanceFilter ofCompany(ProcessInstanceFilter filter, Viewer viewer) {
		return filter.variables(Map.of(ProcessVariables.COMPANY_ID, viewer.companyId()));
	}

	private static void page(SearchRequestPage page, int size, String after) {
		page.limit(size);
		if (after != null) {
			page.after(after);
		}
	}

	/** A full page may have a next one; the cluster's cursor leads there. */
	private static String next(SearchResponse<?> found, int size) {
		return found.items().size() < size ? null : found.page().endCursor();
	}

	private static Instant instant(OffsetDateTime dateTime) {
		return dateTime == null ? null : dateTime.toInstant();
	}

}
