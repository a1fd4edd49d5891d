package io.chancery.reporting.internal;

import java.time.LocalDate;
import java.util.List;

/** What a report shows for one date range: its tables, in order. */
record ReportResult(String name, String title, LocalDate from, LocalDate to, String currency, boolean ownFiguresOnly,
		List<ReportTable> tables) {
}
