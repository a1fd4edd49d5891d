package io.chancery.expiry;

/** How close a document is to (or past) its expiry, as the escalation-windows DMN decides. */
public enum EscalationLevel {

	WARNING, URGENT, CRITICAL, EXPIRED;

	/** People may turn off e-mail for the early levels, never for these. */
	public boolean mandatory() {
		return this == CRITICAL || this == EXPIRED;
	}

}
