package io.chancery.rentals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

/** A rental agreement: a customer hires items from a start date to a due date. */
@Entity
public class Rental {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private String number;

	private Long customerId;

	private LocalDate startDate;

	private LocalDate dueDate;

	private String deliveryAddress;

	@Enumerated(EnumType.STRING)
	private RentalStatus status;

	private Instant checkedOutAt;

	private String checkedOutBy;

	private Instant signedAt;

	private Instant returnedAt;

	private Instant cancelledAt;

	private String cancelledBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@JoinColumn(name = "rental_id", nullable = false, updatable = false)
	@OrderBy("id")
	private List<RentalItem> items = new ArrayList<>();

	protected Rental() {
	}

	Rental(long companyId, String number, long customerId, LocalDate startDate, LocalDate dueDate,
			String deliveryAddress, Instant createdAt) {
		this.companyId = companyId;
		this.number = number;
		this.customerId = customerId;
		this.startDate = startDate;
		this.dueDate = dueDate;
		this.deliveryAddress = deliveryAddress;
		this.status = RentalStatus.RESERVED;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
	}

	void add(RentalItem item) {
		items.add(item);
	}

	void checkedOut(String by, Instant at) {
		this.status = RentalStatus.AWAITING_SIGNATURE;
		this.checkedOutBy = by;
		this.checkedOutAt = at;
		this.updatedAt = at;
	}

	void signed(Instant at) {
		this.status = RentalStatus.RENTED;
		this.signedAt = at;
		this.updatedAt = at;
	}

	void cancelled(String by, Instant at) {
		this.status = RentalStatus.CANCELLED;
		this.cancelledBy = by;
		this.cancelledAt = at;
		this.updatedAt = at;
	}

	void returned(Instant at) {
		this.status = RentalStatus.RETURNED;
		this.returnedAt = at;
		this.updatedAt = at;
	}

	public boolean allReturned() {
		return items.stream().allMatch(RentalItem::isReturned);
	}

	/** The last day an item came back, or null while one is still out. */
	public LocalDate lastReturnDate() {
		return allReturned() ? items.stream().map(RentalItem::getReturnedOn).max(LocalDate::compareTo).orElse(null) : null;
	}

	/** Days past the due date: until today while anything is out, else until the last return. */
	public long daysOverdue(LocalDate today) {
		if (status == RentalStatus.RESERVED) {
			return 0;
		}
		LocalDate until = allReturned() ? lastReturnDate() : today;
		return Math.max(0, ChronoUnit.DAYS.between(dueDate, until));
	}

	/** The agreed rental days, start and due date included. */
	public long rentalDays() {
		return ChronoUnit.DAYS.between(startDate, dueDate) + 1;
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public String getNumber() {
		return number;
	}

	public Long getCustomerId() {
		return customerId;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public String getDeliveryAddress() {
		return deliveryAddress;
	}

	public RentalStatus getStatus() {
		return status;
	}

	public Instant getCheckedOutAt() {
		return checkedOutAt;
	}

	public String getCheckedOutBy() {
		return checkedOutBy;
	}

	public Instant getCancelledAt() {
		return cancelledAt;
	}

	public String getCancelledBy() {
		return cancelledBy;
	}

	public Instant getSignedAt() {
		return signedAt;
	}

	public Instant getReturnedAt() {
		return returnedAt;
	}

	public List<RentalItem> getItems() {
		return List.copyOf(items);
	}

	public RentalItem item(long equipmentId) {
		return items.stream().filter(item -> item.getEquipmentId() == equipmentId).findFirst().orElse(null);
	}

}
