package io.chancery.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A supplier's invoice as it is entered: number, date and, per ordered line, quantity and unit price. */
public class SupplierInvoiceDetails {

	@NotBlank
	@Size(max = 100)
	private String number;

	@NotNull
	private LocalDate invoiceDate;

	@NotEmpty(message = "add the invoiced lines")
	@Valid
	private List<Line> lines = new ArrayList<>();

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public LocalDate getInvoiceDate() {
		return invoiceDate;
	}

	public void setInvoiceDate(LocalDate invoiceDate) {
		this.invoiceDate = invoiceDate;
	}

	public List<Line> getLines() {
		return lines;
	}

	public void setLines(List<Line> lines) {
		this.lines = lines;
	}

	public static class Line {

		@NotNull
		private Long lineId;

		@NotNull
		@DecimalMin("0")
		@Digits(integer = 12, fraction = 4)
		private BigDecimal quantity;

		@NotNull
		@DecimalMin("0")
		@Digits(integer = 12, fraction = 4)
		private BigDecimal unitPrice;

		public Long getLineId() {
			return lineId;
		}

		public void setLineId(Long lineId) {
			this.lineId = lineId;
		}

		public BigDecimal getQuantity() {
			return quantity;
		}

		public void setQuantity(BigDecimal quantity) {
			this.quantity = quantity;
		}

		public BigDecimal getUnitPrice() {
			return unitPrice;
		}

		public void setUnitPrice(BigDecimal unitPrice) {
			this.unitPrice = unitPrice;
		}

	}

}
