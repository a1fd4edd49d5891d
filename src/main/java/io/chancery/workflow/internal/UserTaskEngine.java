package io.chancery.workflow.internal;

import java.util.Map;

/** What the engine must be told when a person works a task. One adapter per engine mode. */
public interface UserTaskEngine {

	void claim(UserTask task, String assignee);

	void unclaim(UserTask task);

	/**
	 * Completes the task in the engine. Returns false when the engine no longer knows the task
	 * (already completed by an earlier attempt whose database commit failed), which callers treat
	 * as done.
	 */
	boolean complete(UserTask task, Map<String, Object> variables);

}
