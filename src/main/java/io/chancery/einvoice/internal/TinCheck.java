package io.chancery.einvoice.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.chancery.einvoice.MyInvoisEnvironment;

/** The cached answer of MyInvois' validate-TIN for one customer. */
@Entity
@Table(name = "customer_tin_check")
public class TinCheck {

	@Id
	private Long customerId;

	@TenantId
	private Long companyId;

	private String tin;

	private String idType;

	private String idValue;

	private boolean valid;

	@Enumerated(EnumType.STRING)
	private MyInvoisEnvironment environment;

	private Instant checkedAt;

	protected TinCheck() {
	}

	TinCheck(long companyId, long customerId) {
		this.companyId = companyId;
		this.customerId = customerId;
	}

	void record(String tin, String idType, String idValue, boolean valid, MyInvoisEnvironment environment,
			Instant checkedAt) {
		this.tin = tin;
		this.idType = idType;
		this.idValue = idValue;
		this.valid = valid;
		this.environment = environment;
		this.checkedAt = checkedAt;
	}

	public Long getCustomerId() {
		return customerId;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public String getTin() {
		return tin;
	}

	public String getIdType() {
		return idType;
	}

	public String getIdValue() {
		return idValue;
	}

	public boolean isValid() {
		return valid;
	}

	public MyInvoisEnvironment getEnvironment() {
		return environment;
	}

	public Instant getCheckedAt() {
		return checkedAt;
	}

}
