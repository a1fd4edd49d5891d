package io.chancery.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import io.chancery.shared.MaxLines;

/** A purchase order as a person enters it: the JSON body of the API and the page's form. */
public class PurchaseOrderDetails {

	@NotNull
	private Long supplierId;

	@NotNull
	private LocalDate expectedDeliveryDate;

	@Size(max = 2000)
	private String notes;

	@NotEmpty(message = "add at least one line")
	@MaxLines
	@Valid
	private List<Line> lines = new ArrayList<>();

	public static PurchaseOrderDetails of(PurchaseOrder order) {
		PurchaseOrderDetails details = new PurchaseOrderDetails();
		details.supplierId = order.getSupplierId();
		details.expectedDeliveryDate = order.getExpectedDeliveryDate();
		details.notes = order.getNotes();
		for (PurchaseOrderLine line : order.getLines()) {
			Line copy = new Line();
			copy.description = line.getDescription();
			copy.itemCategory = line.getItemCategory();
			copy.quantity = line.getQuantity().stripTrailingZeros();
			copy.unit = line.getUnit();
			copy.unitPrice = line.getUnitPrice().stripTrailingZeros();
			copy.taxRate = line.getTaxRate().stripTrailingZeros();
			details.lines.add(copy);
		}
		return details;
	}

	public Long getSupplierId() {
		return supplierId;
	}

	public void setSupplierId(Long supplierId) {
		this.supplierId = supplierId;
	}

	public LocalDate getExpectedDeliveryDate() {
		return expectedDeliveryDate;
	}

	public void setExpectedDeliveryDate(LocalDate expectedDeliveryDate) {
		this.expectedDeliveryDate = expectedDeliveryDate;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public List<Line> getLines() {
		return lines;
	}

	public void setLines(List<Line> lines) {
		this.lines = lines;
	}

	/** One ordered item or service. */
	public static class Line {

		@NotBlank
		@Size(max = 500)
		private String description;

		/** What the tolerance table tells apart (GOODS, SERVICES, …); GOODS when not given. */
		@Pattern(regexp = "^$|[A-Za-z][A-Za-z0-9_]{0,49}", message = "use letters, digits and _ (e.g. GOODS)")
		private String itemCategory;

		@NotNull
		@Positive
		@Digits(integer = 12, fraction = 4)
		private BigDecimal quantity;

		@NotBlank
		@Size(max = 20)
		private String unit = "pcs";

		@NotNull
		@DecimalMin("0")
		@Digits(integer = 12, fraction = 4)
		private BigDecimal unitPrice;

		/** Percent, 0 when not given. */
		@NotNull
		@DecimalMin("0")
		@DecimalMax("100")
		@Digits(integer = 3, fraction = 4)
		private BigDecimal taxRate = BigDecimal.ZERO;

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public String getItemCategory() {
			return itemCategory == null || itemCategory.isBlank() ? "GOODS" : itemCategory.trim().toUpperCase(Locale.ROOT);
		}

		public void setItemCategory(String itemCategory) {
			this.itemCategory = itemCategory;
		}

		public BigDecimal getQuantity() {
			return quantity;
		}

		public void setQuantity(BigDecimal quantity) {
			this.quantity = quantity;
		}

		public String getUnit() {
			return unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public BigDecimal getUnitPrice() {
			return unitPrice;
		}

		public void setUnitPrice(BigDecimal unitPrice) {
			this.unitPrice = unitPrice;
		}

		public BigDecimal getTaxRate() {
			return taxRate;
		}

		public void setTaxRate(BigDecimal taxRate) {
			this.taxRate = taxRate;
		}

	}

}
