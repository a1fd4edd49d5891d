package io.chancery.billing.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import io.chancery.billing.StatusChange;

/** Writes and reads the audit trail of quotes and invoices. */
@Component
public class BillingAudit {

	private final StatusChangeRepository changes;

	private final Clock clock;

	BillingAudit(StatusChangeRepository changes, Clock clock) {
		this.changes = changes;
		this.clock = clock;
	}

	public void record(long companyId, String kind, long documentId, Enum<?> from, Enum<?> to, String actor,
			String reason) {
		changes.save(new StatusChange(companyId, kind, documentId, from, to, actor, reason, clock.instant()));
	}

	public List<StatusChange> trail(long companyId, String kind, long documentId) {
		return changes.findByCompanyIdAndDocumentKindAndDocumentIdOrderByAtAscIdAsc(companyId, kind, documentId);
	}

}
