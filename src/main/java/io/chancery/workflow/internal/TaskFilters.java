package io.chancery.workflow.internal;

import java.util.Locale;

import io.chancery.shared.InvalidFieldException;
import io.chancery.workflow.TaskFilter;

/** Reads task-list filters from request parameters, with a clear 400 for values that do not exist. */
final class TaskFilters {

	private TaskFilters() {
	}

	static TaskFilter of(String scope, String processId, String due, Long customerId) {
		return new TaskFilter(parse(TaskFilter.Scope.class, "scope", scope == null ? "all" : scope),
				processId == null || processId.isBlank() ? null : processId,
				due == null || due.isBlank() ? null : parse(TaskFilter.Due.class, "due", due), customerId);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException(field, "'" + value + "' is not one of "
					+ java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
		}
	}

}
