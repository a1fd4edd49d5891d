package io.chancery.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoginLockoutPropertiesTests {

	@Test
	void theLockStartsAtTheFifthFailureAndDoublesUpToTheLongest() {
		LoginLockoutProperties defaults = new LoginLockoutProperties(5, Duration.ofMinutes(1), Duration.ofHours(1),
				Duration.ofDays(1));

		assertThat(defaults.lockAfter(4)).isZero();
		assertThat(defaults.lockAfter(5)).isEqualTo(Duration.ofMinutes(1));
		assertThat(defaults.lockAfter(6)).isEqualTo(Duration.ofMinutes(2));
		assertThat(defaults.lockAfter(8)).isEqualTo(Duration.ofMinutes(8));
		assertThat(defaults.lockAfter(11)).isEqualTo(Duration.ofMinutes(60));
		assertThat(defaults.lockAfter(12)).isEqualTo(Duration.ofHours(1));
		assertThat(defaults.lockAfter(10_000)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void nonsenseSettingsStopStartUp() {
		assertThatThrownBy(() -> new LoginLockoutProperties(0, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LoginLockoutProperties(5, Duration.ofHours(2), Duration.ofHours(1), Duration.ofDays(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
