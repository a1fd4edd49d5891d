package io.chancery.einvoice.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.chancery.einvoice.EInvoiceSource;
import io.chancery.einvoice.EInvoiceStatus;
import io.chancery.einvoice.MyInvoisEnvironment;

/** The MyInvois document of one source, with the answers of its latest attempt. */
@Entity
@Table(name = "einvoice_document")
public class SubmittedDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	Long id;

	@TenantId
	Long companyId;

	@Enumerated(EnumType.STRING)
	EInvoiceSource sourceType;

	Long sourceId;

	String number;

	@Enumerated(EnumType.STRING)
	MyInvoisEnvironment environment;

	@Enumerated(EnumType.STRING)
	EInvoiceStatus status;

	int attempt;

	byte[] signedDocument;

	String documentHash;

	byte[] errors;

	String submissionUid;

	String uuid;

	String longId;

	Instant submittedAt;

	Instant validatedAt;

	Instant cancelledAt;

	String cancelReason;

	Instant createdAt;

	Instant updatedAt;

	@Version
	long version;

	protected SubmittedDocument() {
	}

	SubmittedDocument(long companyId, EInvoiceSource sourceType, long sourceId, Instant now) {
		this.companyId = companyId;
		this.sourceType = sourceType;
		this.sourceId = sourceId;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public EInvoiceStatus getStatus() {
		return status;
	}

}
