package io.chancery.customers;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** A person working for an organisation customer; their documents are tracked like the customer's. */
@Entity
public class Employee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long customerId;

	private String name;

	private String nationality;

	private String position;

	private String email;

	private String phone;

	private boolean archived;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Employee() {
	}

	Employee(long companyId, long customerId, Instant createdAt) {
		this.companyId = companyId;
		this.customerId = customerId;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	void update(EmployeeDetails details, String e164Phone, Instant at) {
		this.name = details.getName().trim();
		this.nationality = Customer.upper(details.getNationality());
		this.position = Customer.blankToNull(details.getPosition());
		this.email = Customer.blankToNull(details.getEmail());
		this.phone = e164Phone;
		this.updatedAt = at;
	}

	void setArchived(boolean archived, Instant at) {
		this.archived = archived;
		this.updatedAt = at;
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public Long getCustomerId() {
		return customerId;
	}

	public String getName() {
		return name;
	}

	public String getNationality() {
		return nationality;
	}

	public String getPosition() {
		return position;
	}

	public String getEmail() {
		return email;
	}

	public String getPhone() {
		return phone;
	}

	public boolean isArchived() {
		return archived;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
