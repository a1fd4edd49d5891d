package io.chancery.purchasing;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

/** A recorded difference between what was ordered, delivered and invoiced, with how it was settled. */
@Entity
public class PurchaseVariance {

	/** What the tolerance table said. */
	public enum RuleDecision {

		ACCEPT, REVIEW, REJECT

	}

	public enum Resolution {

		AUTO_ACCEPTED, ACCEPTED, CREDIT_NOTE_REQUESTED, GOODS_RETURNED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private Long purchaseOrderId;

	private Long varianceCheckId;

	/** Null for a difference of the whole order (late delivery). */
	private Long purchaseOrderLineId;

	@Enumerated(EnumType.STRING)
	private VarianceKind kind;

	private String itemCategory;

	private BigDecimal percentDifference;

	private BigDecimal absoluteDifference;

	/** What the difference is worth in the order's currency (signed: negative = in the company's favour). */
	private BigDecimal amount;

	@Enumerated(EnumType.STRING)
	private RuleDecision ruleDecision;

	@Enumerated(EnumType.STRING)
	private Resolution resolution;

	private Instant createdAt;

	protected PurchaseVariance() {
	}

	PurchaseVariance(VarianceCheck check, VarianceFinding finding, RuleDecision decision, Instant createdAt) {
		this.companyId = check.getCompanyId();
		this.purchaseOrderId = check.getPurchaseOrderId();
		this.varianceCheckId = check.getId();
		this.purchaseOrderLineId = finding.lineId();
		this.kind = finding.kind();
		this.itemCategory = finding.itemCategory();
		this.percentDifference = finding.percent();
		this.absoluteDifference = finding.absolute();
		this.amount = finding.amount();
		this.ruleDecision = decision;
		this.resolution = decision == RuleDecision.ACCEPT ? Resolution.AUTO_ACCEPTED : null;
		this.createdAt = createdAt;
	}

	void resolve(Resolution resolution) {
		this.resolution = resolution;
	}

	public Long getId() {
		return id;
	}

	public Long getPurchaseOrderId() {
		return purchaseOrderId;
	}

	public Long getVarianceCheckId() {
		return varianceCheckId;
	}

	public Long getPurchaseOrderLineId() {
		return purchaseOrderLineId;
	}

	public VarianceKind getKind() {
		return kind;
	}

	public String getItemCategory() {
		return itemCategory;
	}

	public BigDecimal getPercentDifference() {
		return percentDifference;
	}

	public BigDecimal getAbsoluteDifference() {
		return absoluteDifference;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public RuleDecision getRuleDecision() {
		return ruleDecision;
	}

	public Resolution getResolution() {
		return resolution;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
