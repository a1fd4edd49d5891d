package io.chancery.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

@Entity
public class Payment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long invoiceId;

	private BigDecimal amount;

	@Column(name = "paid_on")
	private LocalDate date;

	private String method;

	private String reference;

	private String recordedBy;

	private Instant recordedAt;

	protected Payment() {
	}

	Payment(long companyId, long invoiceId, BigDecimal amount, LocalDate date, String method, String reference,
			String recordedBy, Instant recordedAt) {
		this.companyId = companyId;
		this.invoiceId = invoiceId;
		this.amount = amount;
		this.date = date;
		this.method = method;
		this.reference = reference;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	public Long getId() {
		return id;
	}

	public Long getInvoiceId() {
		return invoiceId;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public LocalDate getDate() {
		return date;
	}

	public String getMethod() {
		return method;
	}

	public String getReference() {
		return reference;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

}
