package io.chancery.tenancy.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chancery.login-lockout.*}: after {@code max-failures} failed logins in a row an account is
 * locked for {@code first-lock}; every further failure after a lock doubles it, up to
 * {@code longest-lock}. Failures older than {@code forget-after} no longer count.
 */
@ConfigurationProperties("chancery.login-lockout")
record LoginLockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("PT1M") Duration firstLock,
		@DefaultValue("PT1H") Duration longestLock, @DefaultValue("P1D") Duration forgetAfter) {

	LoginLockoutProperties {
		if (maxFailures < 1 || !firstLock.isPositive() || longestLock.compareTo(firstLock) < 0 || !forgetAfter.isPositive()) {
			throw new IllegalArgumentException("chancery.login-lockout needs max-failures >= 1, a positive first-lock, "
					+ "longest-lock >= first-lock and a positive forget-after");
		}
	}

	/** How long an account is locked after this many failures in a row, or zero. */
	Duration lockAfter(int failures) {
		if (failures < maxFailures) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - maxFailures, 30);
		Duration lock = firstLock.multipliedBy(1L << doublings);
		return lock.compareTo(longestLock) > 0 ? longestLock : lock;
	}

}
