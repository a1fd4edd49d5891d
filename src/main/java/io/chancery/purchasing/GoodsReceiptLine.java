package io.chancery.purchasing;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** What arrived of one ordered line: the quantity taken in, and any quantity refused with the reason. */
@Entity
public class GoodsReceiptLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne
	@JoinColumn(name = "goods_receipt_id")
	private GoodsReceipt receipt;

	private Long purchaseOrderLineId;

	private BigDecimal quantity;

	private BigDecimal rejectedQuantity;

	private String rejectionReason;

	protected GoodsReceiptLine() {
	}

	GoodsReceiptLine(GoodsReceipt receipt, long purchaseOrderLineId, BigDecimal quantity, BigDecimal rejectedQuantity,
			String rejectionReason) {
		this.receipt = receipt;
		this.purchaseOrderLineId = purchaseOrderLineId;
		this.quantity = quantity;
		this.rejectedQuantity = rejectedQuantity;
		this.rejectionReason = rejectionReason;
	}

	public Long getId() {
		return id;
	}

	public Long getPurchaseOrderLineId() {
		return purchaseOrderLineId;
	}

	public BigDecimal getQuantity() {
		return quantity;
	}

	public BigDecimal getRejectedQuantity() {
		return rejectedQuantity;
	}

	public String getRejectionReason() {
		return rejectionReason;
	}

}
