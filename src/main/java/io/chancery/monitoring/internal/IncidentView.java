package io.chancery.monitoring.internal;

import java.time.Instant;

/** An incident: the engine stopped an instance at an element. {@code jobKey} is null when no job failed. */
record IncidentView(long key, long processInstanceKey, String processId, String businessKey, String elementId,
		String errorType, String errorMessage, Long jobKey, IncidentState state, Instant createdAt) {

	/** The message's first line: a failed worker's message may go on with its stack trace. */
	public String headline() {
		return errorMessage == null ? "" : errorMessage.lines().findFirst().orElse("");
	}

}
