package io.chancery.documents;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

/** An append-only record of who did what to a document. */
@Entity
public class DocumentAudit {

	public enum Action {

		CREATED, UPDATED, RENEWAL_STARTED, RENEWAL_CANCELLED, RENEWED, FILE_ADDED, FILE_VIEWED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long documentId;

	private String actor;

	@Enumerated(EnumType.STRING)
	private Action action;

	private String detail;

	private Instant at;

	protected DocumentAudit() {
	}

	DocumentAudit(Document document, String actor, Action action, String detail, Instant at) {
		this.companyId = document.getCompanyId();
		this.documentId = document.getId();
		this.actor = actor;
		this.action = action;
		this.detail = detail;
		this.at = at;
	}

	public String getActor() {
		return actor;
	}

	public Action getAction() {
		return action;
	}

	public String getDetail() {
		return detail;
	}

	public Instant getAt() {
		return at;
	}

}
