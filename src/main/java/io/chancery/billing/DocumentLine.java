package io.chancery.billing;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/**
 * A priced line of a quote or an invoice. The amounts are computed once, when the line is set
 * (see {@link LinePricing}), and kept, so a document shows the same figures forever.
 */
@Embeddable
public class DocumentLine {

	private Long serviceId;

	private String description;

	private BigDecimal quantity;

	private String unit;

	private BigDecimal unitPrice;

	private BigDecimal discountPercent;

	private BigDecimal discountAmount;

	private BigDecimal taxRate;

	/** Quantity × unit price − discount, rounded to the currency. */
	private BigDecimal netAmount;

	/** The discount in money, rounded to the currency. */
	private BigDecimal lineDiscount;

	private BigDecimal taxAmount;

	protected DocumentLine() {
	}

	DocumentLine(Long serviceId, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
			BigDecimal discountPercent, BigDecimal discountAmount, BigDecimal taxRate, BigDecimal netAmount,
			BigDecimal lineDiscount, BigDecimal taxAmount) {
		this.serviceId = serviceId;
		this.description = description;
		this.quantity = quantity;
		this.unit = unit;
		this.unitPrice = unitPrice;
		this.discountPercent = discountPercent;
		this.discountAmount = discountAmount;
		this.taxRate = taxRate;
		this.netAmount = netAmount;
		this.lineDiscount = lineDiscount;
		this.taxAmount = taxAmount;
	}

	DocumentLine copy() {
		return new DocumentLine(serviceId, description, quantity, unit, unitPrice, discountPercent, discountAmount,
				taxRate, netAmount, lineDiscount, taxAmount);
	}

	public Long getServiceId() {
		return serviceId;
	}

	public String getDescription() {
		return description;
	}

	public BigDecimal getQuantity() {
		return quantity;
	}

	public String getUnit() {
		return unit;
	}

	public BigDecimal getUnitPrice() {
		return unitPrice;
	}

	public BigDecimal getDiscountPercent() {
		return discountPercent;
	}

	public BigDecimal getDiscountAmount() {
		return discountAmount;
	}

	public BigDecimal getTaxRate() {
		return taxRate;
	}

	public BigDecimal getNetAmount() {
		return netAmount;
	}

	public BigDecimal getLineDiscount() {
		return lineDiscount;
	}

	public BigDecimal getTaxAmount() {
		return taxAmount;
	}

	/** Before the discount. */
	public BigDecimal getGrossAmount() {
		return netAmount.add(lineDiscount);
	}

}
