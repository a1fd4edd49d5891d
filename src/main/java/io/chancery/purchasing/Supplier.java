package io.chancery.purchasing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** A firm the company buys goods or services from. */
@Entity
public class Supplier {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private String name;

	private String registrationNumber;

	private String taxNumber;

	private String contactPerson;

	private String email;

	private String phone;

	private String address;

	private int paymentTermsDays;

	private String notes;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Supplier() {
	}

	Supplier(long companyId, Instant createdAt) {
		this.companyId = companyId;
		this.createdAt = createdAt;
	}

	void describe(SupplierDetails details, Instant at) {
		this.name = details.getName().trim();
		this.registrationNumber = blankToNull(details.getRegistrationNumber());
		this.taxNumber = blankToNull(details.getTaxNumber());
		this.contactPerson = blankToNull(details.getContactPerson());
		this.email = blankToNull(details.getEmail());
		this.phone = blankToNull(details.getPhone());
		this.address = blankToNull(details.getAddress());
		this.paymentTermsDays = details.getPaymentTermsDays() == null ? 30 : details.getPaymentTermsDays();
		this.notes = blankToNull(details.getNotes());
		this.updatedAt = at;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public String getName() {
		return name;
	}

	public String getRegistrationNumber() {
		return registrationNumber;
	}

	public String getTaxNumber() {
		return taxNumber;
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

	public String getAddress() {
		return address;
	}

	public int getPaymentTermsDays() {
		return paymentTermsDays;
	}

	public String getNotes() {
		return notes;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
