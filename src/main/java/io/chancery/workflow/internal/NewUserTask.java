package io.chancery.workflow.internal;

import java.time.Instant;
import java.util.List;

/** A user task reported by the engine, before it is stored. */
record NewUserTask(long companyId, String engineRun, long engineKey, long processInstanceKey, String bpmnProcessId,
		String elementId, String name, List<String> candidateGroups, String assignee, Instant dueAt,
		Instant followUpAt, String formId, String variablesJson) {
}
