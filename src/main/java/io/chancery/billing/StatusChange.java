package io.chancery.billing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

/** One line of a quote's or an invoice's audit trail. */
@Entity
@Table(name = "billing_audit")
public class StatusChange {

	public static final String QUOTE = "QUOTE";

	public static final String INVOICE = "INVOICE";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private String documentKind;

	private Long documentId;

	private String fromStatus;

	private String toStatus;

	private String actor;

	private String reason;

	private Instant at;

	protected StatusChange() {
	}

	public StatusChange(long companyId, String documentKind, long documentId, Enum<?> from, Enum<?> to, String actor,
			String reason, Instant at) {
		this.companyId = companyId;
		this.documentKind = documentKind;
		this.documentId = documentId;
		this.fromStatus = from == null ? null : from.name();
		this.toStatus = to.name();
		this.actor = actor;
		this.reason = reason;
		this.at = at;
	}

	public Long getId() {
		return id;
	}

	public String getDocumentKind() {
		return documentKind;
	}

	public Long getDocumentId() {
		return documentId;
	}

	public String getFromStatus() {
		return fromStatus;
	}

	public String getToStatus() {
		return toStatus;
	}

	public String getActor() {
		return actor;
	}

	public String getReason() {
		return reason;
	}

	public Instant getAt() {
		return at;
	}

}
