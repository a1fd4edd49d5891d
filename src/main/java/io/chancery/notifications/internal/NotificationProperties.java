package io.chancery.notifications.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chancery.notifications.*}. The dispatcher's interval, {@code dispatch-interval}, is read by
 * its {@code @Scheduled} annotation.
 * @param maxAttempts how often an e-mail is tried before it is marked FAILED
 * @param from the sender of notification e-mail
 * @param batchSize how many e-mails one dispatcher run sends at most, so a backlog is sent in slices
 */
@ConfigurationProperties("chancery.notifications")
record NotificationProperties(@DefaultValue("5") int maxAttempts,
		@DefaultValue("Chancery <no-reply@localhost>") String from, @DefaultValue("50") int batchSize) {

	NotificationProperties {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("chancery.notifications.max-attempts must be 1 or more, not " + maxAttempts);
		}
		if (batchSize < 1) {
			throw new IllegalArgumentException("chancery.notifications.batch-size must be 1 or more, not " + batchSize);
		}
	}

}
