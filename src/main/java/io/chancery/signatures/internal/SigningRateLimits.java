package io.chancery.signatures.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Rate limits of the public signing pages, per client address and per token, so that nobody can
 * guess tokens or flood one link. Buckets live in memory (a bounded map, least recently used out):
 * limits are per application instance, which is enough against the abuse they are meant for.
 */
@Component
class SigningRateLimits {

	private static final int MAX_TRACKED = 10_000;

	private final Map<String, Bucket> byAddress = lru();

	private final Map<String, Bucket> byToken = lru();

	private final long perAddressPerMinute;

	private final long perTokenPerMinute;

	SigningRateLimits(@Value("${chancery.signatures.rate-limit.per-address-per-minute:60}") long perAddressPerMinute,
			@Value("${chancery.signatures.rate-limit.per-token-per-minute:20}") long perTokenPerMinute) {
		this.perAddressPerMinute = perAddressPerMinute;
		this.perTokenPerMinute = perTokenPerMinute;
	}

	/** Takes one request from both buckets; empty when allowed, else the seconds to wait. */
	OptionalLong take(String address, String token) {
		ConsumptionProbe perAddress = bucket(byAddress, address, perAddressPerMinute).tryConsumeAndReturnRemaining(1);
		if (!perAddress.isConsumed()) {
			return OptionalLong.of(seconds(perAddress));
		}
		if (token != null) {
			ConsumptionProbe perToken = bucket(byToken, token, perTokenPerMinute).tryConsumeAndReturnRemaining(1);
			if (!perToken.isConsumed()) {
				return OptionalLong.of(seconds(perToken));
			}
		}
		return OptionalLong.empty();
	}

	private static Bucket bucket(Map<String, Bucket> buckets, String key, long perMinute) {
		synchronized (buckets) {
			return buckets.computeIfAbsent(key, any -> Bucket.builder()
				.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
				.build());
		}
	}

	private static long seconds(ConsumptionProbe probe) {
		return Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
	}

	private static Map<String, Bucket> lru() {
		return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
				return size() > MAX_TRACKED;
			}
		});
	}

}
