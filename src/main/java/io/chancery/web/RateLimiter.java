package io.chancery.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets per {@link RateLimit} and key (a client address, a link, a user), refilled
 * steadily over a minute. A failure takes {@code failure-cost} extra tokens and may leave the
 * bucket in debt, so a source that keeps failing gets ever fewer tries. Buckets live in memory, in
 * a bounded map per limit (least recently used out): limits hold per application instance, which
 * is enough against the abuse they are meant for, and a restart forgives everyone.
 */
@Component
class RateLimiter {

	private final RateLimitProperties properties;

	private final TimeMeter time;

	private final Map<RateLimit, Map<String, Bucket>> buckets = new EnumMap<>(RateLimit.class);

	RateLimiter(RateLimitProperties properties, Clock clock) {
		this.properties = properties;
		this.time = new ClockTime(clock);
		for (RateLimit limit : RateLimit.values()) {
			buckets.put(limit, bounded(properties.maxTracked()));
		}
	}

	/** Takes one request from the key's budget. */
	Verdict take(RateLimit limit, String key) {
		if (!properties.enabled()) {
			return Verdict.unlimited();
		}
		ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
		return new Verdict(probe.isConsumed(), properties.perMinute(limit), probe.getRemainingTokens(),
				seconds(probe.getNanosToWaitForRefill()));
	}

	/** Whether the key could take a request now, without taking it. */
	Verdict peek(RateLimit limit, String key) {
		if (!properties.enabled()) {
			return Verdict.unlimited();
		}
		EstimationProbe probe = bucket(limit, key).estimateAbilityToConsume(1);
		return new Verdict(probe.canBeConsumed(), properties.perMinute(limit), probe.getRemainingTokens(),
				seconds(probe.getNanosToWaitForRefill()));
	}

	/** A failed request from this key: its budget shrinks by the failure cost, into debt if need be. */
	void penalise(RateLimit limit, String key) {
		if (properties.enabled() && properties.failureCost() > 0) {
			bucket(limit, key).consumeIgnoringRateLimits(properties.failureCost());
		}
	}

	private Bucket bucket(RateLimit limit, String key) {
		Map<String, Bucket> ofLimit = buckets.get(limit);
		synchronized (ofLimit) {
			return ofLimit.computeIfAbsent(key, any -> {
				long perMinute = properties.perMinute(limit);
				return Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
					.withCustomTimePrecision(time)
					.build();
			});
		}
	}

	private static long seconds(long nanos) {
		return nanos <= 0 ? 0 : Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
	}

	private static Map<String, Bucket> bounded(int maxEntries) {
		return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > maxEntries;
			}
		});
	}

	/**
	 * The outcome for one request.
	 *
	 * @param retryAfterSeconds when refused, how long until one request fits again
	 */
	record Verdict(boolean allowed, long limit, long remaining, long retryAfterSeconds) {

		static Verdict unlimited() {
			return new Verdict(true, Long.MAX_VALUE, Long.MAX_VALUE, 0);
		}

		boolean limited() {
			return limit != Long.MAX_VALUE;
		}

	}

	/** The application clock as Bucket4j's time, so that buckets refill when the dev clock moves too. */
	private record ClockTime(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return clock.millis() * 1_000_000L;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
