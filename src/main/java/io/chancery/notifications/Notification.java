package io.chancery.notifications;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

import io.chancery.expiry.EscalationLevel;

/**
 * An in-app notice to one user. Rows are written only through an insert-if-absent keyed by
 * escalation and recipient (see the repository), never by saving a new entity.
 */
@Entity
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long recipientUserId;

	private Long documentId;

	private Long escalationId;

	@Enumerated(EnumType.STRING)
	private EscalationLevel level;

	private String title;

	private String message;

	/** Where the notice leads in the app, relative to its root, e.g. /documents/12. */
	private String link;

	private Instant createdAt;

	private Instant readAt;

	protected Notification() {
	}

	void markRead(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	public boolean isRead() {
		return readAt != null;
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public Long getRecipientUserId() {
		return recipientUserId;
	}

	public Long getDocumentId() {
		return documentId;
	}

	public Long getEscalationId() {
		return escalationId;
	}

	public EscalationLevel getLevel() {
		return level;
	}

	public String getTitle() {
		return title;
	}

	public String getMessage() {
		return message;
	}

	public String getLink() {
		return link;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReadAt() {
		return readAt;
	}

}
