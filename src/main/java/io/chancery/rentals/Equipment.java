package io.chancery.rentals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.TenantId;

/**
 * An item for hire. Its status changes by conditional SQL updates ({@code EquipmentStatuses}), not
 * through this entity (which writes only the columns it changed), so reserving different dates of one item at once never collides on the version.
 */
@Entity
@DynamicUpdate
public class Equipment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private String category;

	private String serialNumber;

	private String description;

	private BigDecimal dailyRate;

	private BigDecimal deposit;

	@Enumerated(EnumType.STRING)
	@Column(name = "item_condition")
	private ItemCondition condition;

	private LocalDate calibrationDue;

	@Enumerated(EnumType.STRING)
	private EquipmentStatus status;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Equipment() {
	}

	Equipment(long companyId, Instant createdAt) {
		this.companyId = companyId;
		this.status = EquipmentStatus.AVAILABLE;
		this.createdAt = createdAt;
	}

	void update(EquipmentDetails details, Instant at) {
		this.category = details.getCategory().trim();
		this.serialNumber = details.getSerialNumber().trim();
		this.description = details.getDescription().trim();
		this.dailyRate = details.getDailyRate();
		this.deposit = details.getDeposit();
		this.condition = details.getCondition() == null ? ItemCondition.GOOD : details.getCondition();
		this.calibrationDue = details.getCalibrationDue();
		this.updatedAt = at;
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public String getCategory() {
		return category;
	}

	public String getSerialNumber() {
		return serialNumber;
	}

	public String getDescription() {
		return description;
	}

	public BigDecimal getDailyRate() {
		return dailyRate;
	}

	public BigDecimal getDeposit() {
		return deposit;
	}

	public ItemCondition getCondition() {
		return condition;
	}

	public LocalDate getCalibrationDue() {
		return calibrationDue;
	}

	public EquipmentStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
