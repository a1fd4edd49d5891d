package io.chancery.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.chancery.shared.Amounts;
import io.chancery.shared.ConflictException;

/** An order to a supplier. Its number is given at approval; its status only moves along legal transitions. */
@Entity
public class PurchaseOrder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long supplierId;

	private String number;

	@Enumerated(EnumType.STRING)
	private PurchaseOrderStatus status;

	private String currency;

	private LocalDate expectedDeliveryDate;

	private String notes;

	private BigDecimal subtotal;

	private BigDecimal taxTotal;

	private BigDecimal total;

	private String createdBy;

	private Instant createdAt;

	private String approvedBy;

	private Instant approvedAt;

	private Instant sentAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "purchaseOrder", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@OrderBy("lineNumber")
	private List<PurchaseOrderLine> lines = new ArrayList<>();

	protected PurchaseOrder() {
	}

	PurchaseOrder(long companyId, String currency, String createdBy, Instant createdAt) {
		this.companyId = companyId;
		this.currency = currency;
		this.status = PurchaseOrderStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void describe(Supplier supplier, PurchaseOrderDetails details, Instant at) {
		this.supplierId = supplier.getId();
		this.expectedDeliveryDate = details.getExpectedDeliveryDate();
		this.notes = details.getNotes() == null || details.getNotes().isBlank() ? null : details.getNotes().trim();
		lines.clear();
		int lineNumber = 1;
		for (PurchaseOrderDetails.Line line : details.getLines()) {
			lines.add(new PurchaseOrderLine(this, lineNumber++, line, currency));
		}
		this.subtotal = lines.stream().map(PurchaseOrderLine::getNetAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		this.taxTotal = lines.stream().map(PurchaseOrderLine::getTaxAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		this.total = subtotal.add(taxTotal);
		this.updatedAt = at;
	}

	/** Moves to {@code next} and returns the status it left; an illegal move changes nothing. */
	PurchaseOrderStatus moveTo(PurchaseOrderStatus next, Instant at) {
		if (!status.canMoveTo(next)) {
			throw new ConflictException("Purchase order " + label() + " is " + status + " and cannot become " + next);
		}
		PurchaseOrderStatus previous = status;
		this.status = next;
		this.updatedAt = at;
		return previous;
	}

	void approve(String number, String approvedBy, Instant at) {
		this.number = number;
		this.approvedBy = approvedBy;
		this.approvedAt = at;
	}

	void markSent(Instant at) {
		this.sentAt = at;
	}

	public PurchaseOrderLine line(long lineId) {
		return lines.stream().filter(line -> line.getId() == lineId).findFirst().orElse(null);
	}

	public boolean allDelivered() {
		return lines.stream().allMatch(PurchaseOrderLine::isDeliveryComplete);
	}

	/** The number once approved, else "draft 12". */
	public String label() {
		return number != null ? number : "draft " + id;
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public Long getSupplierId() {
		return supplierId;
	}

	public String getNumber() {
		return number;
	}

	public PurchaseOrderStatus getStatus() {
		return status;
	}

	public String getCurrency() {
		return currency;
	}

	public LocalDate getExpectedDeliveryDate() {
		return expectedDeliveryDate;
	}

	public String getNotes() {
		return notes;
	}

	/** In the currency's minor units (the column keeps more digits). */
	public BigDecimal getSubtotal() {
		return Amounts.round(subtotal, currency);
	}

	/** In the currency's minor units (the column keeps more digits). */
	public BigDecimal getTaxTotal() {
		return Amounts.round(taxTotal, currency);
	}

	/** In the currency's minor units (the column keeps more digits). */
	public BigDecimal getTotal() {
		return Amounts.round(total, currency);
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getApprovedBy() {
		return approvedBy;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public List<PurchaseOrderLine> getLines() {
		return lines;
	}

}
