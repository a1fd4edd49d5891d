package io.chancery.billing.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param quoteReminderAfter how long after sending a quote the customer is reminded once
 * @param overdueCheck how often the invoice process checks a sent invoice for being overdue (an ISO-8601 cycle)
 * @param overdueReminderDays days after the due date at which a reminder goes out, once each
 */
@ConfigurationProperties("chancery.billing")
record BillingProperties(@DefaultValue("P3D") Duration quoteReminderAfter, @DefaultValue("R/P1D") String overdueCheck,
		@DefaultValue({ "1", "7", "14", "30" }) List<Integer> overdueReminderDays) {
}
