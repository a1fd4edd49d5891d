package io.chancery.reporting.internal;

import java.time.LocalDate;

import io.chancery.shared.InvalidFieldException;

/** An inclusive range of the company's days; either end may be open. */
record DateRange(LocalDate from, LocalDate to) {

	DateRange {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidFieldException("to", "must not be before from (" + from + ")");
		}
	}

	String describe(LocalDate day) {
		return day == null ? "any" : day.toString();
	}

}
