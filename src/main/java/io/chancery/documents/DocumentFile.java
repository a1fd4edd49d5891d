package io.chancery.documents;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

import io.chancery.storage.FileKind;
import io.chancery.storage.StoredFile;

/** A scan or photo of a document, kept in private storage. */
@Entity
public class DocumentFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long documentId;

	private String storageKey;

	@Enumerated(EnumType.STRING)
	private FileKind kind;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	private String originalName;

	private String uploadedBy;

	private Instant uploadedAt;

	protected DocumentFile() {
	}

	DocumentFile(Document document, StoredFile stored, String originalName, String uploadedBy, Instant uploadedAt) {
		this.companyId = document.getCompanyId();
		this.documentId = document.getId();
		this.storageKey = stored.key();
		this.kind = stored.kind();
		this.size = stored.size();
		this.sha256 = stored.sha256();
		this.originalName = originalName;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getDocumentId() {
		return documentId;
	}

	String getStorageKey() {
		return storageKey;
	}

	public FileKind getKind() {
		return kind;
	}

	public long getSize() {
		return size;
	}

	public String getSha256() {
		return sha256;
	}

	public String getOriginalName() {
		return originalName;
	}

	public String getUploadedBy() {
		return uploadedBy;
	}

	public Instant getUploadedAt() {
		return uploadedAt;
	}

}
