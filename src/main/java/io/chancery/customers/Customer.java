package io.chancery.customers;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

@Entity
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	@Enumerated(EnumType.STRING)
	private CustomerKind kind;

	/** Full name of a person, legal name of an organisation. */
	private String name;

	private String nationality;

	private LocalDate dateOfBirth;

	private String tradeLicenceNumber;

	private String contactPerson;

	private String email;

	/** E.164, e.g. +971501234567. */
	private String phone;

	private String preferredLanguage;

	private String notes;

	private String tin;

	@Enumerated(EnumType.STRING)
	private CustomerIdType idType;

	private String idValue;

	private String sstNumber;

	@Embedded
	private CustomerAddress address;

	private boolean archived;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Customer() {
	}

	Customer(long companyId, CustomerKind kind, Instant createdAt) {
		this.companyId = companyId;
		this.kind = kind;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	void update(CustomerDetails details, String e164Phone, Instant at) {
		this.name = details.getName().trim();
		this.nationality = upper(details.getNationality());
		this.dateOfBirth = details.getDateOfBirth();
		this.tradeLicenceNumber = blankToNull(details.getTradeLicenceNumber());
		this.contactPerson = blankToNull(details.getContactPerson());
		this.email = blankToNull(details.getEmail());
		this.phone = e164Phone;
		this.preferredLanguage = details.getPreferredLanguage() == null || details.getPreferredLanguage().isBlank() ? "en"
				: details.getPreferredLanguage().trim().toLowerCase();
		this.notes = blankToNull(details.getNotes());
		this.tin = upper(details.getTin());
		this.idType = details.getIdType();
		this.idValue = blankToNull(details.getIdValue());
		this.sstNumber = blankToNull(details.getSstNumber());
		this.address = details.getAddress() == null ? null : details.getAddress().normalised();
		this.updatedAt = at;
	}

	void setArchived(boolean archived, Instant at) {
		this.archived = archived;
		this.updatedAt = at;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	static String upper(String value) {
		return value == null || value.isBlank() ? null : value.trim().toUpperCase();
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public CustomerKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}

	public String getNationality() {
		return nationality;
	}

	public LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	public String getTradeLicenceNumber() {
		return tradeLicenceNumber;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public String getNotes() {
		return notes;
	}

	public boolean isArchived() {
		return archived;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getTin() {
		return tin;
	}

	public CustomerIdType getIdType() {
		return idType;
	}

	public String getIdValue() {
		return idValue;
	}

	public String getSstNumber() {
		return sstNumber;
	}

	/** Null when no part of the address was entered. */
	public CustomerAddress getAddress() {
		return address;
	}

}
