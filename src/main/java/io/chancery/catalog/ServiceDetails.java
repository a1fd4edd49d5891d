package io.chancery.catalog;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person enters about a service: the JSON body of the API and the page's form. */
public class ServiceDetails {

	@NotBlank
	@Size(max = 40)
	@Pattern(regexp = "^$|[A-Za-z0-9_.-]+", message = "may hold letters, digits, '.', '_' and '-' only")
	private String code;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 2000)
	private String description;

	@Size(max = 30)
	private String unit;

	@NotNull
	@DecimalMin(value = "0", message = "must not be negative")
	@Digits(integer = 13, fraction = 4)
	private BigDecimal unitPrice;

	@NotBlank
	@Size(max = 30)
	private String taxCode;

	private Boolean active;

	public static ServiceDetails of(ServiceItem service) {
		ServiceDetails details = new ServiceDetails();
		details.code = service.getCode();
		details.name = service.getName();
		details.description = service.getDescription();
		details.unit = service.getUnit();
		details.unitPrice = service.getUnitPrice();
		details.taxCode = service.getTaxCode();
		details.active = service.isActive();
		return details;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public BigDecimal getUnitPrice() {
		return unitPrice;
	}

	public void setUnitPrice(BigDecimal unitPrice) {
		this.unitPrice = unitPrice;
	}

	public String getTaxCode() {
		return taxCode;
	}

	public void setTaxCode(String taxCode) {
		this.taxCode = taxCode;
	}

	public Boolean getActive() {
		return active;
	}

	public void setActive(Boolean active) {
		this.active = active;
	}

}
