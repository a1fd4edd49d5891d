package io.chancery.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import org.hibernate.annotations.TenantId;

/** A credit against an issued invoice (CN-2026-00001): its lines are priced like the invoice's. */
@Entity
public class CreditNote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long invoiceId;

	private String number;

	private String currency;

	private LocalDate issueDate;

	private String reason;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "credit_note_line", joinColumns = @JoinColumn(name = "credit_note_id"))
	@OrderColumn(name = "position")
	private List<DocumentLine> lines = new ArrayList<>();

	private BigDecimal subtotal;

	private BigDecimal discountTotal;

	private BigDecimal taxTotal;

	private BigDecimal total;

	private String createdBy;

	private Instant createdAt;

	protected CreditNote() {
	}

	CreditNote(Invoice invoice, String number, LocalDate issueDate, String reason, List<DocumentLine> lines,
			String createdBy, Instant createdAt) {
		this.companyId = invoice.getCompanyId();
		this.invoiceId = invoice.getId();
		this.currency = invoice.getCurrency();
		this.number = number;
		this.issueDate = issueDate;
		this.reason = reason;
		this.lines.addAll(lines);
		Totals totals = Totals.of(lines);
		this.subtotal = totals.subtotal();
		this.discountTotal = totals.discountTotal();
		this.taxTotal = totals.taxTotal();
		this.total = totals.total();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public Long getInvoiceId() {
		return invoiceId;
	}

	public String getNumber() {
		return number;
	}

	public String getCurrency() {
		return currency;
	}

	public LocalDate getIssueDate() {
		return issueDate;
	}

	public String getReason() {
		return reason;
	}

	public List<DocumentLine> getLines() {
		return List.copyOf(lines);
	}

	public BigDecimal getSubtotal() {
		return subtotal;
	}

	public BigDecimal getDiscountTotal() {
		return discountTotal;
	}

	public BigDecimal getTaxTotal() {
		return taxTotal;
	}

	public BigDecimal getTotal() {
		return total;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
