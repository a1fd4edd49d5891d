package io.chancery.audit.internal;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** An audit entry as the API shows it; {@code details} is the JSON object itself, not a string. */
record AuditEntryView(long id, Instant at, ActorKind actorKind, Long actorUserId, String actorName, String action,
		String entityType, Long entityId, String summary, @JsonRawValue String details, String sourceIp) {

	static AuditEntryView of(AuditEntry entry) {
		return new AuditEntryView(entry.getId(), entry.getAt(), entry.getActorKind(), entry.getActorUserId(),
				entry.getActorName(), entry.getAction(), entry.getEntityType(), entry.getEntityId(), entry.getSummary(),
				entry.getDetails(), entry.getSourceIp());
	}

}
