package io.chancery.audit.internal;

import java.time.LocalDate;

import io.chancery.shared.InvalidFieldException;

/**
 * What the admin asks of the log. Days are the company's; {@code to} is included. {@code actor} matches
 * part of the actor's name; {@code entityType} and {@code action} match exactly.
 */
record AuditFilter(LocalDate from, LocalDate to, String actor, String entityType, String action) {

	AuditFilter {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidFieldException("to", "“To” must not be before “from”");
		}
		actor = blankToNull(actor);
		entityType = blankToNull(entityType);
		action = blankToNull(action);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
