package io.chancery.expiry.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Documents are checked at 00:00 and 12:00 in each company's own time zone. The engine's timer
 * fires every quarter hour (its cron runs in UTC, and zones differ by quarter hours at most), and
 * each firing scans the companies whose latest local slot has not been scanned yet.
 */
final class ScanSlots {

	private ScanSlots() {
	}

	/** The most recent 00:00 or 12:00 (in the zone) at or before the instant. */
	static Instant latestSlot(Instant now, ZoneId zone) {
		ZonedDateTime local = now.atZone(zone);
		LocalTime slot = local.getHour() >= 12 ? LocalTime.NOON : LocalTime.MIDNIGHT;
		return local.toLocalDate().atTime(slot).atZone(zone).toInstant();
	}

}
