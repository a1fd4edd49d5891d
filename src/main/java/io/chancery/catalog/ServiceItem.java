package io.chancery.catalog;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** One service of the catalogue, priced per unit in the company's currency. */
@Entity
@Table(name = "catalog_service")
public class ServiceItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private String code;

	private String name;

	private String description;

	private String unit;

	private BigDecimal unitPrice;

	/** The {@link TaxRate#getCode() tax rate} a line for this service gets by default. */
	private String taxCode;

	private boolean active;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected ServiceItem() {
	}

	ServiceItem(long companyId, Instant createdAt) {
		this.companyId = companyId;
		this.createdAt = createdAt;
		this.active = true;
	}

	void update(ServiceDetails details, BigDecimal price, Instant at) {
		this.code = details.getCode().trim().toUpperCase();
		this.name = details.getName().trim();
		this.description = details.getDescription() == null || details.getDescription().isBlank() ? null
				: details.getDescription().trim();
		this.unit = details.getUnit() == null || details.getUnit().isBlank() ? "unit" : details.getUnit().trim();
		this.unitPrice = price;
		this.taxCode = details.getTaxCode().trim().toUpperCase();
		if (details.getActive() != null) {
			this.active = details.getActive();
		}
		this.updatedAt = at;
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

	public String getDescription() {
		return description;
	}

	public String getUnit() {
		return unit;
	}

	public BigDecimal getUnitPrice() {
		return unitPrice;
	}

	public String getTaxCode() {
		return taxCode;
	}

	public boolean isActive() {
		return active;
	}

}
