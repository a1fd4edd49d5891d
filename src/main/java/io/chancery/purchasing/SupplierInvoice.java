package io.chancery.purchasing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

import org.hibernate.annotations.TenantId;

/** The supplier's invoice for (part of) a purchase order, entered to match it against the order and receipts. */
@Entity
public class SupplierInvoice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long purchaseOrderId;

	private String number;

	private LocalDate invoiceDate;

	private String enteredBy;

	private Instant createdAt;

	@OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	private List<SupplierInvoiceLine> lines = new ArrayList<>();

	protected SupplierInvoice() {
	}

	SupplierInvoice(PurchaseOrder order, String number, LocalDate invoiceDate, String enteredBy, Instant createdAt) {
		this.companyId = order.getCompanyId();
		this.purchaseOrderId = order.getId();
		this.number = number;
		this.invoiceDate = invoiceDate;
		this.enteredBy = enteredBy;
		this.createdAt = createdAt;
	}

	void add(long purchaseOrderLineId, BigDecimal quantity, BigDecimal unitPrice) {
		lines.add(new SupplierInvoiceLine(this, purchaseOrderLineId, quantity, unitPrice));
	}

	public Long getId() {
		return id;
	}

	public Long getPurchaseOrderId() {
		return purchaseOrderId;
	}

	public String getNumber() {
		return number;
	}

	public LocalDate getInvoiceDate() {
		return invoiceDate;
	}

	public String getEnteredBy() {
		return enteredBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<SupplierInvoiceLine> getLines() {
		return lines;
	}

}
