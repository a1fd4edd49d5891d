package io.chancery.expiry.internal;

/** A document reached its first escalation level: its renewal process should start. */
record RenewalNeeded(long companyId, long documentId) {
}
