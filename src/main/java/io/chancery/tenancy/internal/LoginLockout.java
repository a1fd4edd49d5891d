package io.chancery.tenancy.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per email in the database (so a restart does not unlock anyone) and locks
 * the email with a growing wait once they pile up. Counting is by email whether or not an account
 * exists, so locking does not tell an attacker which emails are real.
 */
@Component
@EnableConfigurationProperties(LoginLockoutProperties.class)
class LoginLockout {

	private static final Logger log = LoggerFactory.getLogger("io.chancery.security.audit");

	private final JdbcClient jdbc;

	private final LoginLockoutProperties properties;

	private final Clock clock;

	LoginLockout(JdbcClient jdbc, LoginLockoutProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** The email's failed logins so far, if any. */
	Optional<Standing> standing(String email) {
		return jdbc.sql("select locked_until from login_failure where email = :email")
			.param("email", email)
			.query((row, number) -> new Standing(clock.instant(), row.getObject("locked_until", OffsetDateTime.class)))
			.optional();
	}

	/** One more failed login; locks the email when there have been too many. */
	void failed(String email) {
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		OffsetDateTime forgetBefore = now.minus(properties.forgetAfter());
		jdbc.sql("delete from login_failure where last_failure_at < :forgetBefore and email <> :email")
			.param("forgetBefore", forgetBefore)
			.param("email", email)
			.update();
		int updated = jdbc.sql("""
				update login_failure set failures = case when last_failure_at < :forgetBefore then 1 else failures + 1 end,
				    last_failure_at = :now where email = :email""")
			.param("forgetBefore", forgetBefore)
			.param("now", now)
			.param("email", email)
			.update();
		if (updated == 0 && !inserted(email, now)) {
			failed(email);
			return;
		}
		int failures = jdbc.sql("select failures from login_failure where email = :email")
			.param("email", email)
			.query(Integer.class)
			.single();
		Duration lock = properties.lockAfter(failures);
		if (lock.isPositive()) {
			jdbc.sql("update login_failure set locked_until = :until where email = :email")
				.param("until", now.plus(lock))
				.param("email", email)
				.update();
			log.warn("Login locked for '{}' for {} after {} failed logins in a row", email, lock, failures);
		}
	}

	/** A successful login forgets the failures. */
	void succeeded(String email) {
		jdbc.sql("delete from login_failure where email = :email").param("email", email).update();
	}

	/** An email with failed logins on record: locked for {@code remainingLock}, or not locked (zero). */
	record Standing(Duration remainingLock) {

		Standing(Instant now, OffsetDateTime lockedUntil) {
			this(lockedUntil == null || !lockedUntil.toInstant().isAfter(now) ? Duration.ZERO
					: Duration.between(now, lockedUntil.toInstant()));
		}

		boolean locked() {
			return remainingLock.isPositive();
		}

	}

	/** False when another request inserted the row first (then the update applies). */
	private boolean inserted(String email, OffsetDateTime now) {
		try {
			jdbc.sql("insert into login_failure (email, failures, last_failure_at) values (:email, 1, :now)")
				.param("email", email)
				.param("now", now)
				.update();
			return true;
		}
		catch (DuplicateKeyException raced) {
			return false;
		}
	}

}
