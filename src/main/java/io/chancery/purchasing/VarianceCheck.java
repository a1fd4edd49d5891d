package io.chancery.purchasing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

/**
 * One run of the tolerance rules over what a goods receipt or a supplier invoice changed. The process
 * decides; this row keeps the outcome and, after a review, the manager's decision.
 */
@Entity
public class VarianceCheck {

	public enum Source {

		GOODS_RECEIPT, SUPPLIER_INVOICE,
		/** A manager closed the order short; the source id is the order's. */
		CLOSED_SHORT

	}

	public enum Status {

		/** The process is applying the tolerance table. */
		EVALUATING,
		/** Nothing outside tolerance: settled without anyone. */
		ACCEPTED,
		/** A manager review task is open. */
		IN_REVIEW,
		/** A manager decided. */
		REVIEWED

	}

	public enum ReviewDecision {

		ACCEPT_VARIANCE, REQUEST_CREDIT_NOTE, RETURN_GOODS

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long purchaseOrderId;

	@Enumerated(EnumType.STRING)
	private Source source;

	private Long sourceId;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Enumerated(EnumType.STRING)
	private ReviewDecision reviewDecision;

	private String reviewNotes;

	private String reviewedBy;

	private Instant reviewedAt;

	private Instant createdAt;

	protected VarianceCheck() {
	}

	VarianceCheck(PurchaseOrder order, Source source, long sourceId, Instant createdAt) {
		this.companyId = order.getCompanyId();
		this.purchaseOrderId = order.getId();
		this.source = source;
		this.sourceId = sourceId;
		this.status = Status.EVALUATING;
		this.createdAt = createdAt;
	}

	void decided(boolean reviewNeeded) {
		this.status = reviewNeeded ? Status.IN_REVIEW : Status.ACCEPTED;
	}

	void reviewed(ReviewDecision decision, String notes, String reviewedBy, Instant at) {
		this.status = Status.REVIEWED;
		this.reviewDecision = decision;
		this.reviewNotes = notes;
		this.reviewedBy = reviewedBy;
		this.reviewedAt = at;
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public Long getPurchaseOrderId() {
		return purchaseOrderId;
	}

	public Source getSource() {
		return source;
	}

	public Long getSourceId() {
		return sourceId;
	}

	public Status getStatus() {
		return status;
	}

	public ReviewDecision getReviewDecision() {
		return reviewDecision;
	}

	public String getReviewNotes() {
		return reviewNotes;
	}

	public String getReviewedBy() {
		return reviewedBy;
	}

	public Instant getReviewedAt() {
		return reviewedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
