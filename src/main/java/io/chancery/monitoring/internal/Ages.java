package io.chancery.monitoring.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;

/** How long an instance has run, or ran, as the pages show it ({@code @ages.of(instance)}): "3 d 4 h". */
@Component("ages")
class Ages {

	private final Clock clock;

	Ages(Clock clock) {
		this.clock = clock;
	}

	public String of(InstanceSummary instance) {
		Duration age = Duration.between(instance.startedAt(), instance.endedAt() != null ? instance.endedAt() : clock.instant());
		if (age.isNegative()) {
			return "0 s";
		}
		if (age.toDays() > 0) {
			return age.toDays() + " d " + age.toHoursPart() + " h";
		}
		if (age.toHours() > 0) {
			return age.toHours() + " h " + age.toMinutesPart() + " min";
		}
		return age.toMinutes() > 0 ? age.toMinutes() + " min" : age.toSeconds() + " s";
	}

}
