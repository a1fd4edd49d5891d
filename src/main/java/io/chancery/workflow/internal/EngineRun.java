package io.chancery.workflow.internal;

/**
 * Identifies one life of the engine's state. The embedded engine's run lasts as long as its log (a
 * restart over the same log continues it); a new log starts again from the same keys, so tasks are
 * keyed by run. A real cluster keeps its state, so it has one run forever.
 */
record EngineRun(String id, boolean embedded) {

	static final EngineRun CLUSTER = new EngineRun("cluster", false);

}
