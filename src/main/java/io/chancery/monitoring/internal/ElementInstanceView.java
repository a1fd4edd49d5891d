package io.chancery.monitoring.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** One step of an instance's history: an element (task, event, gateway, sub-process) it entered. */
record ElementInstanceView(long key, String elementId, String name, String type, InstanceState state,
		Instant startedAt, Instant endedAt) {

	/** Element types that contain others; an instance waits in their children, not in them. */
	static final Set<String> SCOPE_TYPES = Set.of("PROCESS", "SUB_PROCESS", "EVENT_SUB_PROCESS", "AD_HOC_SUB_PROCESS",
			"AD_HOC_SUB_PROCESS_INNER_INSTANCE", "MULTI_INSTANCE_BODY");

	/** The labels of the elements an instance waits in, from its history. */
	static List<String> waitingPoints(List<ElementInstanceView> history) {
		return history.stream().filter(ElementInstanceView::isWaitingPoint).map(ElementInstanceView::label).toList();
	}

	boolean isWaitingPoint() {
		return state == InstanceState.ACTIVE && !SCOPE_TYPES.contains(type);
	}

	public String label() {
		return name != null ? name : elementId;
	}

}
