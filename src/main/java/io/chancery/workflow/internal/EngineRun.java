package io.chancery.workflow.internal;

/**
 * Identifies one life of the engine. The embedded engine starts empty on every boot and reuses job
 * keys, so tasks are keyed by run; a real cluster keeps its state, so it has one run forever.
 */
record EngineRun(String id, boolean embedded) {

	static final EngineRun CLUSTER = new EngineRun("cluster", false);

}
