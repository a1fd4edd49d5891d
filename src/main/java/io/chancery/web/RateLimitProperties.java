package io.chancery.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chancery.rate-limits.*}: requests per minute for each {@link RateLimit}, how much a failed
 * request costs its source, and how many sources are tracked at most.
 *
 * @param failureCost extra requests a failure (bad login, unknown or expired link, bad file
 *        signature) takes from its source's budget; 0 turns the adaptive part off
 * @param maxTracked buckets kept in memory per limit; the least recently used go first
 */
@ConfigurationProperties("chancery.rate-limits")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30") long loginPerMinute,
		@DefaultValue("60") long linksPerMinute, @DefaultValue("20") long linkPerMinute,
		@DefaultValue("300") long filesPerMinute, @DefaultValue("1200") long apiPerMinute,
		@DefaultValue("10") long failureCost, @DefaultValue("100000") int maxTracked) {

	RateLimitProperties {
		for (long perMinute : new long[] { loginPerMinute, linksPerMinute, linkPerMinute, filesPerMinute, apiPerMinute }) {
			if (perMinute < 1) {
				throw new IllegalArgumentException("chancery.rate-limits.*-per-minute must be at least 1, not " + perMinute);
			}
		}
		if (failureCost < 0 || maxTracked < 1) {
			throw new IllegalArgumentException("chancery.rate-limits.failure-cost must be 0 or more and max-tracked at least 1");
		}
	}

	long perMinute(RateLimit limit) {
		return switch (limit) {
			case LOGIN -> loginPerMinute;
			case LINKS -> linksPerMinute;
			case LINK -> linkPerMinute;
			case FILES -> filesPerMinute;
			case API -> apiPerMinute;
		};
	}

}
