package io.chancery.audit.internal;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One line of the audit log. Immutable: Hibernate never updates it (and PostgreSQL would refuse). */
@Entity
@Immutable
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long companyId;

	private Instant at;

	@Enumerated(EnumType.STRING)
	private ActorKind actorKind;

	private Long actorUserId;

	private String actorName;

	private String action;

	private String entityType;

	private Long entityId;

	private String summary;

	private String details;

	private String sourceIp;

	protected AuditEntry() {
	}

	AuditEntry(Long companyId, Instant at, Actor actor, String action, String entityType, Long entityId, String summary,
			String details, String sourceIp) {
		this.companyId = companyId;
		this.at = at;
		this.actorKind = actor.kind();
		this.actorUserId = actor.userId();
		this.actorName = actor.name();
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.summary = summary;
		this.details = details;
		this.sourceIp = sourceIp;
	}

	public Long getId() {
		return id;
	}

	public Instant getAt() {
		return at;
	}

	public ActorKind getActorKind() {
		return actorKind;
	}

	public Long getActorUserId() {
		return actorUserId;
	}

	public String getActorName() {
		return actorName;
	}

	public String getAction() {
		return action;
	}

	public String getEntityType() {
		return entityType;
	}

	public Long getEntityId() {
		return entityId;
	}

	public String getSummary() {
		return summary;
	}

	public String getDetails() {
		return details;
	}

	public String getSourceIp() {
		return sourceIp;
	}

}
