package io.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.chancery.web.RateLimiter.Verdict;

/** The buckets themselves, on a clock the test moves. */
class RateLimiterTests {

	private final MovableClock clock = new MovableClock();

	@Test
	void aSourceGetsItsBudgetThenWaitsTheRetryAfterItIsTold() {
		RateLimiter limiter = limiter(5, 10, 100);

		assertThat(IntStream.range(0, 5).mapToObj(i -> limiter.take(RateLimit.LINKS, "203.0.113.1")))
			.allMatch(Verdict::allowed);
		Verdict refused = limiter.take(RateLimit.LINKS, "203.0.113.1");

		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfterSeconds()).isBetween(1L, 12L);
		assertThat(limiter.take(RateLimit.LINKS, "203.0.113.2").allowed()).as("another source").isTrue();
		assertThat(limiter.take(RateLimit.FILES, "203.0.113.1").allowed()).as("another limit").isTrue();
		clock.advance(Duration.ofSeconds(refused.retryAfterSeconds()));
		assertThat(limiter.take(RateLimit.LINKS, "203.0.113.1").allowed()).isTrue();
	}

	@Test
	void failuresShrinkTheBudgetOfTheirSourceIntoDebt() {
		RateLimiter limiter = limiter(60, 10, 100);

		Verdict first = limiter.take(RateLimit.LOGIN, "203.0.113.7");
		limiter.penalise(RateLimit.LOGIN, "203.0.113.7");
		Verdict second = limiter.take(RateLimit.LOGIN, "203.0.113.7");
		assertThat(first.remaining() - second.remaining()).as("one request and one failure").isEqualTo(11);

		int failuresUntilRefused = 1;
		while (limiter.take(RateLimit.LOGIN, "203.0.113.7").allowed()) {
			limiter.penalise(RateLimit.LOGIN, "203.0.113.7");
			failuresUntilRefused++;
		}
		assertThat(failuresUntilRefused).as("60 a minute, 11 a failed try").isBetween(5, 6);
		limiter.penalise(RateLimit.LOGIN, "203.0.113.7");
		assertThat(limiter.peek(RateLimit.LOGIN, "203.0.113.7").retryAfterSeconds())
			.as("in debt: the wait grows beyond the one request's refill").isGreaterThan(10);
		assertThat(limiter.peek(RateLimit.LOGIN, "203.0.113.8").allowed()).isTrue();
	}

	@Test
	void peekingTakesNothing() {
		RateLimiter limiter = limiter(2, 10, 100);

		for (int i = 0; i < 10; i++) {
			assertThat(limiter.peek(RateLimit.LOGIN, "203.0.113.9").allowed()).isTrue();
		}
		assertThat(limiter.take(RateLimit.LOGIN, "203.0.113.9").remaining()).isEqualTo(1);
	}

	@Test
	void onlyTheMostRecentlyUsedSourcesAreRemembered() {
		RateLimiter limiter = limiter(1, 10, 2);
		limiter.take(RateLimit.LINKS, "a");
		limiter.take(RateLimit.LINKS, "b");
		assertThat(limiter.take(RateLimit.LINKS, "a").allowed()).as("a is still tracked").isFalse();

		limiter.take(RateLimit.LINKS, "c");

		assertThat(limiter.take(RateLimit.LINKS, "b").allowed()).as("b was the least recently used: forgotten").isTrue();
	}

	@Test
	void switchedOffNothingIsLimited() {
		RateLimiter limiter = new RateLimiter(new RateLimitProperties(false, 1, 1, 1, 1, 1, 10, 100), clock);

		assertThat(IntStream.range(0, 100).mapToObj(i -> limiter.take(RateLimit.API, "someone"))).allMatch(Verdict::allowed);
	}

	private RateLimiter limiter(long perMinute, long failureCost, int maxTracked) {
		return new RateLimiter(new RateLimitProperties(true, perMinute, perMinute, perMinute, perMinute, perMinute,
				failureCost, maxTracked), clock);
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-11-21T10:00:00Z");

		void advance(Duration by) {
			now = now.plus(by);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

	}

}
