package io.chancery.workflow;

public enum TaskState {

	OPEN, COMPLETED,
	/** Closed without completion: the process instance is gone (engine restart, cancelled in the cluster). */
	CANCELLED

}
