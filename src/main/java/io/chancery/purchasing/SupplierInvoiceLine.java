package io.chancery.purchasing;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
public class SupplierInvoiceLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	@JoinColumn(name = "supplier_invoice_id")
	private SupplierInvoice invoice;

	private Long purchaseOrderLineId;

	private BigDecimal quantity;

	private BigDecimal unitPrice;

	protected SupplierInvoiceLine() {
	}

	SupplierInvoiceLine(SupplierInvoice invoice, long purchaseOrderLineId, BigDecimal quantity, BigDecimal unitPrice) {
		this.invoice = invoice;
		this.purchaseOrderLineId = purchaseOrderLineId;
		this.quantity = quantity;
		this.unitPrice = unitPrice;
	}

	public Long getPurchaseOrderLineId() {
		return purchaseOrderLineId;
	}

	public BigDecimal getQuantity() {
		return quantity;
	}

	public BigDecimal getUnitPrice() {
		return unitPrice;
	}

}
