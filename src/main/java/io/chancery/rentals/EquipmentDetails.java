package io.chancery.rentals;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What staff enter for an item (API body and page form). */
public class EquipmentDetails {

	/** e.g. TEST_WEIGHTS_F1, CALIBRATION_KIT: the late-fees table matches on it. */
	@NotBlank
	@Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "capital letters, digits and _ (e.g. TEST_WEIGHTS_F1)")
	private String category;

	@NotBlank
	@Size(max = 100)
	private String serialNumber;

	@NotBlank
	@Size(max = 500)
	private String description;

	@NotNull
	@DecimalMin("0.00")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal dailyRate;

	@NotNull
	@DecimalMin("0.00")
	@Digits(integer = 10, fraction = 2)
	private BigDecimal deposit;

	private ItemCondition condition = ItemCondition.GOOD;

	private LocalDate calibrationDue;

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getSerialNumber() {
		return serialNumber;
	}

	public void setSerialNumber(String serialNumber) {
		this.serialNumber = serialNumber;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public BigDecimal getDailyRate() {
		return dailyRate;
	}

	public void setDailyRate(BigDecimal dailyRate) {
		this.dailyRate = dailyRate;
	}

	public BigDecimal getDeposit() {
		return deposit;
	}

	public void setDeposit(BigDecimal deposit) {
		this.deposit = deposit;
	}

	public ItemCondition getCondition() {
		return condition;
	}

	public void setCondition(ItemCondition condition) {
		this.condition = condition;
	}

	public LocalDate getCalibrationDue() {
		return calibrationDue;
	}

	public void setCalibrationDue(LocalDate calibrationDue) {
		this.calibrationDue = calibrationDue;
	}

}
