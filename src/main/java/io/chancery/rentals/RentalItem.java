package io.chancery.rentals;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

/** One item of a rental, with the rate and deposit agreed and, once back, how it came back. */
@Entity
public class RentalItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long equipmentId;

	private BigDecimal dailyRate;

	private BigDecimal deposit;

	private String checkedOutSerial;

	private LocalDate returnedOn;

	@Enumerated(EnumType.STRING)
	private ItemCondition returnCondition;

	private String returnNotes;

	private BigDecimal damageCharge;

	protected RentalItem() {
	}

	RentalItem(long companyId, Equipment equipment) {
		this.companyId = companyId;
		this.equipmentId = equipment.getId();
		this.dailyRate = equipment.getDailyRate();
		this.deposit = equipment.getDeposit();
	}

	void checkedOut(String serial) {
		this.checkedOutSerial = serial;
	}

	void returned(LocalDate on, ItemCondition condition, BigDecimal damageCharge, String notes) {
		this.returnedOn = on;
		this.returnCondition = condition;
		this.damageCharge = damageCharge;
		this.returnNotes = notes;
	}

	public boolean isReturned() {
		return returnedOn != null;
	}

	public Long getId() {
		return id;
	}

	public Long getEquipmentId() {
		return equipmentId;
	}

	public BigDecimal getDailyRate() {
		return dailyRate;
	}

	public BigDecimal getDeposit() {
		return deposit;
	}

	public String getCheckedOutSerial() {
		return checkedOutSerial;
	}

	public LocalDate getReturnedOn() {
		return returnedOn;
	}

	public ItemCondition getReturnCondition() {
		return returnCondition;
	}

	public String getReturnNotes() {
		return returnNotes;
	}

	public BigDecimal getDamageCharge() {
		return damageCharge;
	}

}
