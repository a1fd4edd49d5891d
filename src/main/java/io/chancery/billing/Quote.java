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
public class Quote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long customerId;

	/** QUO-2026-00001, given when the quote is sent. */
	private String number;

	private int revision;

	private Long revisesId;

	@Enumerated(EnumType.STRING)
	private QuoteStatus status;

	private String currency;

	private LocalDate validUntil;

	private String notes;

	private String terms;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quote_line", joinColumns = @JoinColumn(name = "quote_id"))
	@OrderColumn(name = "position")
	private List<DocumentLine> lines = new ArrayList<>();

	private BigDecimal subtotal;

	private BigDecimal discountTotal;

	private BigDecimal taxTotal;

	private BigDecimal total;

	/** The staff user who submitted the quote for sending; told of the customer's decision. */
	private String sentBy;

	private Instant sentAt;

	private String decidedByName;

	private String decisionComment;

	private Long invoiceId;

	private String createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Quote() {
	}

	Quote(long companyId, long customerId, String currency, String createdBy, Instant createdAt) {
		this.companyId = companyId;
		this.customerId = customerId;
		this.currency = currency;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.updatedAt = createdAt;
		this.status = QuoteStatus.DRAFT;
		this.revision = 1;
	}

	/** A new version of this quote, as a draft with the same lines. */
	Quote revise(String by, Instant at) {
		Quote next = new Quote(companyId, customerId, currency, by, at);
		next.revision = revision + 1;
		next.revisesId = id;
		next.validUntil = validUntil;
		next.notes = notes;
		next.terms = terms;
		next.setLines(lines.stream().map(DocumentLine::copy).toList(), at);
		return next;
	}

	void edit(LocalDate validUntil, String notes, String terms, List<DocumentLine> lines, Instant at) {
		if (status != QuoteStatus.DRAFT) {
			throw new ConflictException("Quote " + label() + " is " + status + "; only a draft can be changed (make a revision instead)");
		}
		this.validUntil = validUntil;
		this.notes = notes;
		this.terms = terms;
		setLines(lines, at);
	}

	private void setLines(List<DocumentLine> lines, Instant at) {
		this.lines.clear();
		this.lines.addAll(lines);
		Totals totals = Totals.of(lines);
		this.subtotal = totals.subtotal();
		this.discountTotal = totals.discountTotal();
		this.taxTotal = totals.taxTotal();
		this.total = totals.total();
		this.updatedAt = at;
	}

	/** @return the status it had */
	QuoteStatus moveTo(QuoteStatus next, Instant at) {
		if (!status.canMoveTo(next)) {
			throw new ConflictException("Quote " + label() + " is " + status + " and cannot become " + next);
		}
		QuoteStatus previous = status;
		status = next;
		updatedAt = at;
		return previous;
	}

	void submitted(String by) {
		this.sentBy = by;
	}

	void sent(String number, Instant at) {
		if (this.number == null) {
			this.number = number;
		}
		this.sentAt = at;
	}

	void decided(String name, String comment) {
		this.decidedByName = name;
		this.decisionComment = comment;
	}

	void invoiced(long invoiceId) {
		this.invoiceId = invoiceId;
	}

	/** The number once sent, else "draft #id". */
	public String label() {
		return number != null ? number + (revision > 1 ? " rev. " + revision : "") : "draft #" + id;
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

	public String getNumber() {
		return number;
	}

	public int getRevision() {
		return revision;
	}

	public Long getRevisesId() {
		return revisesId;
	}

	public QuoteStatus getStatus() {
		return status;
	}

	public String getCurrency() {
		return currency;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public String getNotes() {
		return notes;
	}

	public String getTerms() {
		return terms;
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

	public String getSentBy() {
		return sentBy;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public String getDecidedByName() {
		return decidedByName;
	}

	public String getDecisionComment() {
		return decisionComment;
	}

	public Long getInvoiceId() {
		return invoiceId;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
