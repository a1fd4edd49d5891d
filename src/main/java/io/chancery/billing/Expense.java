package io.chancery.billing;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

/** An internal cost of delivering an invoice (government fees, couriers): never shown to the customer. */
@Entity
public class Expense {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long invoiceId;

	private String description;

	private BigDecimal amount;

	private String supplier;

	/** The receipt's key in the private file area, or null. */
	private String receiptKey;

	private String receiptName;

	private String recordedBy;

	private Instant recordedAt;

	protected Expense() {
	}

	Expense(long companyId, long invoiceId, String description, BigDecimal amount, String supplier, String recordedBy,
			Instant recordedAt) {
		this.companyId = companyId;
		this.invoiceId = invoiceId;
		this.description = description;
		this.amount = amount;
		this.supplier = supplier;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	void receipt(String key, String name) {
		this.receiptKey = key;
		this.receiptName = name;
	}

	public Long getId() {
		return id;
	}

	public Long getInvoiceId() {
		return invoiceId;
	}

	public String getDescription() {
		return description;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public String getSupplier() {
		return supplier;
	}

	public String getReceiptKey() {
		return receiptKey;
	}

	public String getReceiptName() {
		return receiptName;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
