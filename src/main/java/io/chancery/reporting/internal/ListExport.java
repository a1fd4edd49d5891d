package io.chancery.reporting.internal;

import java.util.List;

/**
 * One exportable list: its columns, in the order the query selects them, and the SQL. {@code select}
 * must filter by {@code :company} and end with a where clause that the date range can extend;
 * {@code dateColumn} is what {@code from}/{@code to} restrict (a date, or a timestamp when
 * {@code dateIsInstant}, compared over the company's days).
 */
record ListExport(String name, String title, List<Column> columns, String select, String dateColumn,
		boolean dateIsInstant, String dateLabel, String orderBy) {
}
