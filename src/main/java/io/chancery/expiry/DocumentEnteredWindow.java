package io.chancery.expiry;

import java.time.LocalDate;
import java.util.Set;

/**
 * A document reached an escalation level for the first time (published once per document and
 * level, in the transaction that records the escalation). Says who is to be told and how, as the
 * escalation-windows DMN decided.
 *
 * @param escalationId the recorded escalation: a stable key for exactly-once handling
 * @param channels "IN_APP" and/or "EMAIL"
 */
public record DocumentEnteredWindow(long companyId, long documentId, long escalationId, EscalationLevel level,
		long daysLeft, LocalDate expiryDate, boolean notifyStaff, boolean notifyCustomer, boolean notifyManager,
		Set<String> channels) {

	public static final String IN_APP = "IN_APP";

	public static final String EMAIL = "EMAIL";

}
