package io.chancery.expiry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 00:00 and 12:00 are local times: Dubai is UTC+4, Kuala Lumpur UTC+8, and the engine's cron runs in UTC. */
class ScanSlotsTests {

	@ParameterizedTest
	@CsvSource({
			"Asia/Dubai, 2026-11-21T19:59:00Z, 2026-11-21T08:00:00Z",
			"Asia/Dubai, 2026-11-21T20:00:00Z, 2026-11-21T20:00:00Z",
			"Asia/Dubai, 2026-11-22T07:59:59Z, 2026-11-21T20:00:00Z",
			"Asia/Dubai, 2026-11-22T08:00:00Z, 2026-11-22T08:00:00Z",
			"Asia/Kuala_Lumpur, 2026-11-21T15:59:00Z, 2026-11-21T04:00:00Z",
			"Asia/Kuala_Lumpur, 2026-11-21T16:00:00Z, 2026-11-21T16:00:00Z",
			"Asia/Kuala_Lumpur, 2026-11-22T04:15:00Z, 2026-11-22T04:00:00Z",
			"UTC, 2026-11-21T11:59:59Z, 2026-11-21T00:00:00Z" })
	void latestSlotIsTheLastLocalMidnightOrNoon(String zone, Instant now, Instant expectedSlot) {
		assertThat(ScanSlots.latestSlot(now, ZoneId.of(zone))).isEqualTo(expectedSlot);
	}

}
