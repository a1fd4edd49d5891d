package io.chancery.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * A report's inputs: the company, the range of the company's days (both ends set), its today, and
 * — for staff — the only person whose figures may be shown.
 */
record ReportQuery(long companyId, String currency, ZoneId zone, LocalDate today, LocalDate from, LocalDate to,
		Instant now, String onlyFor) {

	Instant fromInstant() {
		return from.atStartOfDay(zone).toInstant();
	}

	/** The first instant after the range. */
	Instant toInstant() {
		return to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	/** The parameters most queries share. Instants as offset date-times, which both databases bind. */
	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		params.put("company", companyId);
		params.put("from", from);
		params.put("to", to);
		params.put("fromAt", fromInstant().atZone(zone).toOffsetDateTime());
		params.put("toAt", toInstant().atZone(zone).toOffsetDateTime());
		params.put("now", now.atZone(zone).toOffsetDateTime());
		return params;
	}

}
