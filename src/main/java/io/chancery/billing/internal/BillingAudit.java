package io.chancery.billing.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.chancery.billing.StatusChange;
import io.chancery.shared.AuditedChange;

/**
 * Writes and reads the audit trail of quotes and invoices, and tells the company-wide audit log of
 * every change to them (status changes, edits, payments, expenses).
 */
@Component
public class BillingAudit {

	private final StatusChangeRepository changes;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	BillingAudit(StatusChangeRepository changes, Clock clock, ApplicationEventPublisher events) {
		this.changes = changes;
		this.clock = clock;
		this.events = events;
	}

	public void record(long companyId, String kind, long documentId, Enum<?> from, Enum<?> to, String actor,
			String reason) {
		changes.save(new StatusChange(companyId, kind, documentId, from, to, actor, reason, clock.instant()));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("from", from == null ? null : from.name());
		details.put("to", to.name());
		details.put("reason", reason);
		String what = kind.toLowerCase(Locale.ROOT) + " " + documentId;
		changed(companyId, kind, documentId, from == null ? "CREATED" : to.name(), actor,
				(from == null ? what + " created as " + to : what + ": " + from + " → " + to)
						+ (reason == null ? "" : " (" + reason + ")"),
				details);
	}

	/** A change other than of status (lines edited, a payment, an expense), for the company-wide log only. */
	public void changed(long companyId, String kind, long documentId, String action, String actor, String summary,
			Map<String, Object> details) {
		events.publishEvent(new AuditedChange(companyId, kind, documentId, action, actor, summary, details));
	}

	public List<StatusChange> trail(long companyId, String kind, long documentId) {
		return changes.findByCompanyIdAndDocumentKindAndDocumentIdOrderByAtAscIdAsc(companyId, kind, documentId);
	}

}
