package io.chancery.links;

import java.time.Instant;

/** What a link grants: the purpose and the one subject (a quote, a delivery order, a customer) in one company. */
public record PublicLink(long id, long companyId, String purpose, long subjectId, Instant expiresAt, boolean singleUse,
		Instant usedAt, Instant revokedAt) {

	public boolean used() {
		return usedAt != null;
	}

}
