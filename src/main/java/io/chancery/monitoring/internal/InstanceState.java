package io.chancery.monitoring.internal;

/** The state of a process instance or of one of its element instances, as the engine names it. */
enum InstanceState {

	ACTIVE, COMPLETED, TERMINATED

}
