package io.chancery.expiry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scan slot for any instant in any of the zones companies use (whole, half and quarter hour
 * offsets, with and without daylight saving): a local 00:00 or 12:00, not after the instant, and the
 * latest one. The engine's quarter-hourly timer relies on exactly this to scan each company twice a day.
 */
class ScanSlotsPropertyTests {

	@Property(tries = 400)
	void theSlotIsALocalMidnightOrNoonAtOrBeforeTheInstant(@ForAll("instants") Instant now, @ForAll("zones") ZoneId zone) {
		Instant slot = ScanSlots.latestSlot(now, zone);

		LocalTime local = slot.atZone(zone).toLocalTime();
		assertThat(local).isIn(LocalTime.MIDNIGHT, LocalTime.NOON);
		assertThat(slot).isBeforeOrEqualTo(now);
		// 12 hours between slots, one more across a daylight-saving change
		assertThat(Duration.between(slot, now)).isLessThan(Duration.ofHours(13));
	}

	@Property(tries = 400)
	void noLaterSlotLiesBetweenTheSlotAndTheInstant(@ForAll("instants") Instant now, @ForAll("zones") ZoneId zone) {
		Instant slot = ScanSlots.latestSlot(now, zone);

		assertThat(ScanSlots.latestSlot(slot, zone)).isEqualTo(slot);
		assertThat(ScanSlots.latestSlot(slot.minusSeconds(1), zone)).isBefore(slot);
		Instant midway = slot.plus(Duration.between(slot, now).dividedBy(2));
		assertThat(ScanSlots.latestSlot(midway, zone)).isEqualTo(slot);
	}

	@Provide
	Arbitrary<Instant> instants() {
		return Arbitraries.longs()
			.between(Instant.parse("2020-01-01T00:00:00Z").getEpochSecond(), Instant.parse("2035-12-31T23:59:59Z").getEpochSecond())
			.map(Instant::ofEpochSecond);
	}

	@Provide
	Arbitrary<ZoneId> zones() {
		return Arbitraries.of("Asia/Dubai", "Asia/Kuala_Lumpur", "UTC", "Asia/Kolkata", "Asia/Kathmandu",
				"Australia/Eucla", "Europe/London", "America/New_York", "Pacific/Chatham", "Asia/Tehran")
			.map(ZoneId::of);
	}

}
