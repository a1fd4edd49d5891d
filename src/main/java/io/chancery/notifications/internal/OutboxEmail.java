package io.chancery.notifications.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/**
 * One e-mail in the outbox, rendered when the notice was recorded. Its state changes only through
 * the repository's guarded updates, so that two dispatchers cannot both send it.
 */
@Entity
@Table(name = "email_outbox")
public class OutboxEmail {

	public enum Status {

		PENDING, SENDING, SENT, FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long escalationId;

	private String mailKey;

	private String attachmentSource;

	private Long attachmentRef;

	private String recipient;

	private String subject;

	private String htmlBody;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int attempts;

	private Instant nextAttemptAt;

	private Instant claimedAt;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	protected OutboxEmail() {
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public String getMailKey() {
		return mailKey;
	}

	public String getAttachmentSource() {
		return attachmentSource;
	}

	public Long getAttachmentRef() {
		return attachmentRef;
	}

	public Long getEscalationId() {
		return escalationId;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getHtmlBody() {
		return htmlBody;
	}

	public Status getStatus() {
		return status;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public String getLastError() {
		return lastError;
	}

	public Instant getSentAt() {
		return sentAt;
	}

}
