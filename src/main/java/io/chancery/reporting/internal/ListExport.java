package io.chancery.reporting.internal;

import java.util.List;

import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.Role;

/**
 * One exportable list: its columns, in the order the query selects them, and the SQL. {@code select}
 * must filter by {@code :company} and end with a where clause that the date range can extend;
 * {@code dateColumn} is what {@code from}/{@code to} restrict (a date, or a timestamp when
 * {@code dateIsInstant}, compared over the company's days). An {@code adminOnly} list is refused to
 * everyone else (403) and not offered to them.
 */
record ListExport(String name, String title, List<Column> columns, String select, String dateColumn,
		boolean dateIsInstant, String dateLabel, String orderBy, boolean adminOnly) {

	/** A list every reader of exports may have. */
	ListExport(String name, String title, List<Column> columns, String select, String dateColumn,
			boolean dateIsInstant, String dateLabel, String orderBy) {
		this(name, title, columns, select, dateColumn, dateIsInstant, dateLabel, orderBy, false);
	}

	boolean readableBy(ChanceryUser reader) {
		return !adminOnly || reader.hasRole(Role.ADMIN);
	}

}
