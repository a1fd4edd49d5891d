package io.chancery.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A delivery as it is entered: {@code {"lines":[{"lineId":…,"quantity":…}]}} at least. */
public class ReceiptDetails {

	/**
	 * The supplier sends nothing more ({@code "final": true}): what is still short on any line is judged
	 * by the tolerance table now instead of being waited for.
	 */
	@JsonProperty("final")
	private boolean finalDelivery;

	/** The company's today when not given. */
	private LocalDate receivedOn;

	@Size(max = 100)
	private String deliveryNoteNumber;

	@NotEmpty(message = "say what arrived, line by line")
	@Valid
	private List<Line> lines = new ArrayList<>();

	public LocalDate getReceivedOn() {
		return receivedOn;
	}

	public void setReceivedOn(LocalDate receivedOn) {
		this.receivedOn = receivedOn;
	}

	public String getDeliveryNoteNumber() {
		return deliveryNoteNumber;
	}

	public void setDeliveryNoteNumber(String deliveryNoteNumber) {
		this.deliveryNoteNumber = deliveryNoteNumber;
	}

	public List<Line> getLines() {
		return lines;
	}

	public void setLines(List<Line> lines) {
		this.lines = lines;
	}

	public boolean isFinalDelivery() {
		return finalDelivery;
	}

	public void setFinalDelivery(boolean finalDelivery) {
		this.finalDelivery = finalDelivery;
	}

	public static class Line {

		@NotNull
		private Long lineId;

		/** Taken in (0 when everything delivered for the line was refused). */
		@DecimalMin("0")
		@Digits(integer = 12, fraction = 4)
		private BigDecimal quantity = BigDecimal.ZERO;

		/** Delivered but refused (damaged, wrong item); needs a reason. */
		@DecimalMin("0")
		@Digits(integer = 12, fraction = 4)
		private BigDecimal rejectedQuantity = BigDecimal.ZERO;

		@Size(max = 500)
		private String rejectionReason;

		public Long getLineId() {
			return lineId;
		}

		public void setLineId(Long lineId) {
			this.lineId = lineId;
		}

		public BigDecimal getQuantity() {
			return quantity == null ? BigDecimal.ZERO : quantity;
		}

		public void setQuantity(BigDecimal quantity) {
			this.quantity = quantity;
		}

		public BigDecimal getRejectedQuantity() {
			return rejectedQuantity == null ? BigDecimal.ZERO : rejectedQuantity;
		}

		public void setRejectedQuantity(BigDecimal rejectedQuantity) {
			this.rejectedQuantity = rejectedQuantity;
		}

		public String getRejectionReason() {
			return rejectionReason;
		}

		public void setRejectionReason(String rejectionReason) {
			this.rejectionReason = rejectionReason;
		}

	}

}
