package io.chancery.expiry.internal;

import java.util.Set;

import io.chancery.expiry.EscalationLevel;

/** One row of the escalation-windows decision: the level, who is told and how. */
public record EscalationRule(EscalationLevel level, boolean notifyStaff, boolean notifyCustomer, boolean notifyManager,
		Set<String> channels) {
}
