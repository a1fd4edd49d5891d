package io.chancery.monitoring.internal;

/** Instance counts of one version of a process; {@code active} includes those with an incident. */
record DefinitionSummary(String processId, String name, int version, long active, long incidents, long completed) {
}
