package io.chancery.purchasing;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import io.chancery.shared.Amounts;

/** One item or service ordered, with what has arrived of it so far. */
@Entity
public class PurchaseOrderLine {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	@JoinColumn(name = "purchase_order_id")
	private PurchaseOrder purchaseOrder;

	private int lineNumber;

	private String description;

	private String itemCategory;

	private BigDecimal quantity;

	private String unit;

	private BigDecimal unitPrice;

	private BigDecimal taxRate;

	private BigDecimal netAmount;

	private BigDecimal taxAmount;

	private BigDecimal receivedQuantity;

	private BigDecimal rejectedQuantity;

	/** Nothing more is expected: all arrived, or the shortfall was settled by the tolerance rules or a manager. */
	private boolean deliveryComplete;

	protected PurchaseOrderLine() {
	}

	PurchaseOrderLine(PurchaseOrder order, int lineNumber, PurchaseOrderDetails.Line line, String currency) {
		this.purchaseOrder = order;
		this.lineNumber = lineNumber;
		this.description = line.getDescription().trim();
		this.itemCategory = line.getItemCategory();
		this.quantity = line.getQuantity();
		this.unit = line.getUnit().trim();
		this.unitPrice = line.getUnitPrice();
		this.taxRate = line.getTaxRate();
		// Each line is rounded to the currency, so the lines add up exactly to the order's totals.
		this.netAmount = Amounts.round(quantity.multiply(unitPrice), currency);
		this.taxAmount = Amounts.round(netAmount.multiply(taxRate).divide(HUNDRED), currency);
		this.receivedQuantity = BigDecimal.ZERO;
		this.rejectedQuantity = BigDecimal.ZERO;
	}

	void receive(BigDecimal accepted, BigDecimal rejected) {
		this.receivedQuantity = receivedQuantity.add(accepted);
		this.rejectedQuantity = rejectedQuantity.add(rejected);
		if (receivedQuantity.compareTo(quantity) >= 0) {
			this.deliveryComplete = true;
		}
	}

	void completeDelivery() {
		this.deliveryComplete = true;
	}

	public BigDecimal outstanding() {
		return quantity.subtract(receivedQuantity).max(BigDecimal.ZERO);
	}

	public Long getId() {
		return id;
	}

	public PurchaseOrder getPurchaseOrder() {
		return purchaseOrder;
	}

	public int getLineNumber() {
		return lineNumber;
	}

	public String getDescription() {
		return description;
	}

	public String getItemCategory() {
		return itemCategory;
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

	public BigDecimal getTaxRate() {
		return taxRate;
	}

	public BigDecimal getNetAmount() {
		return Amounts.round(netAmount, purchaseOrder.getCurrency());
	}

	public BigDecimal getTaxAmount() {
		return Amounts.round(taxAmount, purchaseOrder.getCurrency());
	}

	public BigDecimal getReceivedQuantity() {
		return receivedQuantity;
	}

	public BigDecimal getRejectedQuantity() {
		return rejectedQuantity;
	}

	public boolean isDeliveryComplete() {
		return deliveryComplete;
	}

}
