package io.chancery.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.chancery.shared.ConflictException;

@Entity
public class Invoice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long customerId;

	private Long quoteId;

	/** What created it, e.g. "quote QUO-2026-00004" or "rental 12"; null when made by hand. */
	private String source;

	/** INV-2026-00001, given when the invoice is issued. */
	private String number;

	@Enumerated(EnumType.STRING)
	private InvoiceStatus status;

	private String currency;

	/** One unit of {@link #currency} in the company's currency; only for an invoice in another currency. */
	private BigDecimal exchangeRate;

	private LocalDate issueDate;

	private LocalDate dueDate;

	private int paymentTermsDays;

	private String notes;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
	@OrderColumn(name = "position")
	private List<DocumentLine> lines = new ArrayList<>();

	private BigDecimal subtotal;

	private BigDecimal discountTotal;

	private BigDecimal taxTotal;

	private BigDecimal total;

	private BigDecimal amountPaid;

	/** The sum of the credit notes issued against it. */
	private BigDecimal amountCredited;

	/** Whether someone must look at the draft before it is issued (not for invoices of approved quotes). */
	private boolean reviewRequired;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Invoice() {
	}

	Invoice(long companyId, long customerId, String currency, int paymentTermsDays, String source,
			boolean reviewRequired, String createdBy, Instant createdAt) {
		this.companyId = companyId;
		this.customerId = customerId;
		this.currency = currency;
		this.paymentTermsDays = paymentTermsDays;
		this.source = source;
		this.reviewRequired = reviewRequired;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
		this.status = InvoiceStatus.DRAFT;
		this.amountPaid = BigDecimal.ZERO;
		this.amountCredited = BigDecimal.ZERO;
	}

	void exchangeRate(BigDecimal rate, Instant at) {
		this.exchangeRate = rate;
		this.updatedAt = at;
	}

	void fromQuote(long quoteId) {
		this.quoteId = quoteId;
	}

	void edit(String notes, List<DocumentLine> lines, Instant at) {
		requireStatus(InvoiceStatus.DRAFT, "changed");
		this.notes = notes;
		this.lines.clear();
		this.lines.addAll(lines);
		Totals totals = Totals.of(lines);
		this.subtotal = totals.subtotal();
		this.discountTotal = totals.discountTotal();
		this.taxTotal = totals.taxTotal();
		this.total = totals.total();
		this.updatedAt = at;
	}

	InvoiceStatus moveTo(InvoiceStatus next, Instant at) {
		if (!status.canMoveTo(next)) {
			throw new ConflictException("Invoice " + label() + " is " + status + " and cannot become " + next);
		}
		InvoiceStatus previous = status;
		status = next;
		updatedAt = at;
		return previous;
	}

	void issued(String number, LocalDate issueDate) {
		this.number = number;
		this.issueDate = issueDate;
		this.dueDate = issueDate.plusDays(paymentTermsDays);
	}

	void paid(BigDecimal amount, Instant at) {
		this.amountPaid = amountPaid.add(amount);
		this.updatedAt = at;
	}

	void credited(BigDecimal amount, Instant at) {
		this.amountCredited = amountCredited.add(amount);
		this.updatedAt = at;
	}

	void requireStatus(InvoiceStatus expected, String action) {
		if (status != expected) {
			throw new ConflictException("Invoice " + label() + " is " + status + "; only a " + expected + " invoice can be " + action);
		}
	}

	/** What the customer still owes: negative when credits exceed what is unpaid (a refund is due). */
	public BigDecimal balanceDue() {
		return total.subtract(amountPaid).subtract(amountCredited);
	}

	/** What credit notes may still credit: the total less earlier credits. */
	public BigDecimal leftToCredit() {
		return total.subtract(amountCredited);
	}

	public String label() {
		return number != null ? number : "draft #" + id;
	}

	public Totals totals() {
		return new Totals(subtotal, discountTotal, taxTotal, total);
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public Long getCustomerId() {
		return customerId;
	}

	public Long getQuoteId() {
		return quoteId;
	}

	public String getSource() {
		return source;
	}

	public String getNumber() {
		return number;
	}

	public InvoiceStatus getStatus() {
		return status;
	}

	public String getCurrency() {
		return currency;
	}

	public BigDecimal getExchangeRate() {
		return exchangeRate;
	}

	public LocalDate getIssueDate() {
		return issueDate;
	}

	public LocalDate getDueDate() {
		return dueDate;
	}

	public int getPaymentTermsDays() {
		return paymentTermsDays;
	}

	public String getNotes() {
		return notes;
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

	public BigDecimal getAmountPaid() {
		return amountPaid;
	}

	public BigDecimal getAmountCredited() {
		return amountCredited;
	}

	public boolean isReviewRequired() {
		return reviewRequired;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
