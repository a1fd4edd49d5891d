package io.chancery.monitoring.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A process instance with its history and incidents, and the BPMN diagram to show them on (not in JSON). */
record InstanceDetails(InstanceSummary instance, String endReason, @JsonIgnore String bpmnXml,
		List<ElementInstanceView> history, List<IncidentView> incidents) {

	public Set<String> activeElementIds() {
		return history.stream().filter(ElementInstanceView::isWaitingPoint).map(ElementInstanceView::elementId)
			.collect(Collectors.toSet());
	}

	/** Elements the instance has passed and does not wait in now (a loop may be in both). */
	public Set<String> completedElementIds() {
		Set<String> active = activeElementIds();
		return history.stream().filter(element -> element.state() == InstanceState.COMPLETED)
			.map(ElementInstanceView::elementId)
			.filter(id -> !active.contains(id))
			.collect(Collectors.toSet());
	}

	public Set<String> incidentElementIds() {
		return incidents.stream().filter(incident -> incident.state() == IncidentState.ACTIVE)
			.map(IncidentView::elementId)
			.collect(Collectors.toSet());
	}

}
