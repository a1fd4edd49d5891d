package io.chancery.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/**
 * One version of a government document of a customer or of one of its employees. Renewing creates
 * a new version pointing at this one ({@code previousId}); this one becomes SUPERSEDED.
 */
@Entity
public class Document {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long typeId;

	private Long customerId;

	private Long employeeId;

	private String number;

	private String activeNumber;

	private String issuingCountry;

	private String issuingAuthority;

	private LocalDate issueDate;

	private LocalDate expiryDate;

	private LocalDate expiringFrom;

	private String notes;

	private Long previousId;

	private Instant renewalStartedAt;

	private Instant supersededAt;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	@Version
	private long version;

	protected Document() {
	}

	Document(long companyId, DocumentType type, long customerId, Long employeeId, Long previousId, String createdBy,
			Instant createdAt) {
		this.companyId = companyId;
		this.typeId = type.getId();
		this.customerId = customerId;
		this.employeeId = employeeId;
		this.previousId = previousId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void describe(DocumentType type, String number, String issuingCountry, String issuingAuthority, LocalDate issueDate,
			LocalDate expiryDate, String notes, Instant at) {
		this.number = number;
		this.activeNumber = number;
		this.issuingCountry = issuingCountry;
		this.issuingAuthority = issuingAuthority;
		this.issueDate = issueDate;
		this.expiryDate = expiryDate;
		this.expiringFrom = expiryDate == null ? null : expiryDate.minusDays(type.getExpiringWindowDays());
		this.notes = notes;
		this.updatedAt = at;
	}

	void startRenewal(Instant at) {
		this.renewalStartedAt = at;
		this.updatedAt = at;
	}

	void cancelRenewal(Instant at) {
		this.renewalStartedAt = null;
		this.updatedAt = at;
	}

	void supersede(Instant at) {
		this.supersededAt = at;
		this.activeNumber = null;
		this.updatedAt = at;
	}

	/** The status on a given day (the company's today); kept in step with the repository's status queries. */
	public DocumentStatus status(LocalDate today) {
		if (supersededAt != null) {
			return DocumentStatus.SUPERSEDED;
		}
		if (renewalStartedAt != null) {
			return DocumentStatus.IN_RENEWAL;
		}
		if (expiryDate == null) {
			return DocumentStatus.VALID;
		}
		if (expiryDate.isBefore(today)) {
			return DocumentStatus.EXPIRED;
		}
		return expiringFrom.isAfter(today) ? DocumentStatus.VALID : DocumentStatus.EXPIRING;
	}

	/** Days from today until expiry (negative once expired); null for documents that do not expire. */
	public Long daysLeft(LocalDate today) {
		return expiryDate == null ? null : ChronoUnit.DAYS.between(today, expiryDate);
	}

	public boolean isCurrent() {
		return supersededAt == null;
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public Long getTypeId() {
		return typeId;
	}

	public Long getCustomerId() {
		return customerId;
	}

	public Long getEmployeeId() {
		return employeeId;
	}

	public String getNumber() {
		return number;
	}

	public String getIssuingCountry() {
		return issuingCountry;
	}

	public String getIssuingAuthority() {
		return issuingAuthority;
	}

	public LocalDate getIssueDate() {
		return issueDate;
	}

	public LocalDate getExpiryDate() {
		return expiryDate;
	}

	public String getNotes() {
		return notes;
	}

	public Long getPreviousId() {
		return previousId;
	}

	public Instant getRenewalStartedAt() {
		return renewalStartedAt;
	}

	public Instant getSupersededAt() {
		return supersededAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
