package io.chancery.workflow;

/**
 * What the task list shows. {@code scope}: MINE (assigned to me), GROUP (unclaimed, offered to one
 * of my roles), or ALL (both). {@code due}: OVERDUE, SOON (within a day) or null for any.
 */
public record TaskFilter(Scope scope, String processId, Due due, Long customerId) {

	public enum Scope {

		MINE, GROUP, ALL

	}

	public enum Due {

		OVERDUE, SOON

	}

	public static TaskFilter all() {
		return new TaskFilter(Scope.ALL, null, null, null);
	}

}
