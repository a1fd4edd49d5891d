package io.chancery.einvoice.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** MyInvois wants the issue date and time in UTC: {@code 2024-07-23} and {@code 00:30:00Z}. */
final class UtcDateTime {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss'Z'");

	private UtcDateTime() {
	}

	static String date(Instant instant) {
		return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
	}

	static String time(Instant instant) {
		return instant == null ? null : TIME.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}

	/** Null when either part is missing or unreadable (validation reports it). */
	static Instant instant(String date, String time) {
		if (date == null || time == null) {
			return null;
		}
		try {
			return LocalDate.parse(date).atTime(OffsetTime.parse(time)).toInstant();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

}
