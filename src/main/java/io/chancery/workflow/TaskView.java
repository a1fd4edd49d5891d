package io.chancery.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A user task as pages and the API show it. {@code id} is Chancery's own id, stable across engines. */
public record TaskView(long id, String name, String bpmnProcessId, String elementId, long processInstanceKey,
		List<String> candidateGroups, String assignee, Instant dueAt, Instant followUpAt, String formId,
		Map<String, Object> variables, TaskState state, Instant createdAt, Instant claimedAt, Instant completedAt,
		String completedBy, String closedReason) {
}
