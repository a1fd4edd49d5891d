package io.chancery.catalog;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

/** A tax a company charges, as a percentage (5 for UAE VAT, 6 for Malaysian service tax). */
@Entity
public class TaxRate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private String code;

	private String name;

	private BigDecimal rate;

	private boolean isDefault;

	/** How LHDN MyInvois names this tax (01 sales tax, 02 service tax, E exempt); null outside Malaysia. */
	private String einvoiceTaxType;

	protected TaxRate() {
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public BigDecimal getRate() {
		return rate;
	}

	public boolean isDefault() {
		return isDefault;
	}

	public String getEinvoiceTaxType() {
		return einvoiceTaxType;
	}

}
