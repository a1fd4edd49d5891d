package io.chancery.expiry.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.chancery.expiry.EscalationLevel;

/** A document reached a level; recorded once (unique per document and level). */
@Entity
@Table(name = "document_escalation")
public class Escalation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long documentId;

	@Enumerated(EnumType.STRING)
	private EscalationLevel level;

	private int daysLeft;

	private boolean notifyStaff;

	private boolean notifyCustomer;

	private boolean notifyManager;

	/** Comma-separated: IN_APP, EMAIL. */
	private String channels;

	private Instant decidedAt;

	protected Escalation() {
	}

	Escalation(long companyId, long documentId, int daysLeft, EscalationRule rule, Instant decidedAt) {
		this.companyId = companyId;
		this.documentId = documentId;
		this.level = rule.level();
		this.daysLeft = daysLeft;
		this.notifyStaff = rule.notifyStaff();
		this.notifyCustomer = rule.notifyCustomer();
		this.notifyManager = rule.notifyManager();
		this.channels = String.join(",", rule.channels());
		this.decidedAt = decidedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public Long getDocumentId() {
		return documentId;
	}

	public EscalationLevel getLevel() {
		return level;
	}

	public int getDaysLeft() {
		return daysLeft;
	}

	public boolean isNotifyStaff() {
		return notifyStaff;
	}

	public boolean isNotifyCustomer() {
		return notifyCustomer;
	}

	public boolean isNotifyManager() {
		return notifyManager;
	}

	public String getChannels() {
		return channels;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

}
