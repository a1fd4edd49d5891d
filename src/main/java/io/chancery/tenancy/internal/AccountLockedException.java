package io.chancery.tenancy.internal;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/** A login refused without looking at the password, because the account is locked for a while. */
class AccountLockedException extends LockedException {

	private final Duration remaining;

	AccountLockedException(Duration remaining) {
		super("Too many failed logins: the account is locked for " + minutes(remaining) + " more minute(s)");
		this.remaining = remaining;
	}

	Duration remaining() {
		return remaining;
	}

	/** Whole minutes, rounded up, for people. */
	static long minutes(Duration remaining) {
		return Math.max(1, (remaining.toSeconds() + 59) / 60);
	}

}
