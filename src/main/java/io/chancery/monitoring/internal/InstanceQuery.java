package io.chancery.monitoring.internal;

/** Filters of the instance list; null means any. {@code after} is the cursor of the previous page. */
record InstanceQuery(String processId, Integer version, InstanceState state, boolean incidentsOnly, String after,
		int size) {
}
