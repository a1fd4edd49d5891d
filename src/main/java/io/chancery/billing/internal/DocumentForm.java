package io.chancery.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import io.chancery.billing.DocumentLine;
import io.chancery.billing.InvoiceDetails;
import io.chancery.billing.LineInput;
import io.chancery.billing.Quote;
import io.chancery.billing.QuoteDetails;

/**
 * The quote and invoice editor's form. Lines are added and removed by posting the whole form, so
 * nothing typed so far is lost; the domain checks the values and names the field of an error
 * ({@code lines[1].quantity}).
 */
public class DocumentForm {

	private Long customerId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validUntil;

	private String notes;

	private String terms;

	private List<LineForm> lines = new ArrayList<>();

	static DocumentForm empty(LocalDate validUntil) {
		DocumentForm form = new DocumentForm();
		form.validUntil = validUntil;
		form.lines.add(new LineForm());
		return form;
	}

	static DocumentForm of(Quote quote) {
		DocumentForm form = new DocumentForm();
		form.customerId = quote.getCustomerId();
		form.validUntil = quote.getValidUntil();
		form.notes = quote.getNotes();
		form.terms = quote.getTerms();
		quote.getLines().forEach(line -> form.lines.add(LineForm.of(line)));
		return form;
	}

	static DocumentForm of(long customerId, String notes, List<DocumentLine> lines) {
		DocumentForm form = new DocumentForm();
		form.customerId = customerId;
		form.notes = notes;
		lines.forEach(line -> form.lines.add(LineForm.of(line)));
		return form;
	}

	void addLine() {
		lines.add(new LineForm());
	}

	void removeLine(int index) {
		if (index >= 0 && index < lines.size()) {
			lines.remove(index);
		}
	}

	/** Lines left completely empty are dropped rather than reported. */
	private List<LineInput> lineInputs() {
		return lines.stream().filter(line -> !line.isEmpty()).map(LineForm::toInput).toList();
	}

	QuoteDetails toQuote() {
		return new QuoteDetails(customerId, validUntil, notes, terms, lineInputs());
	}

	InvoiceDetails toInvoice() {
		return new InvoiceDetails(customerId, notes, lineInputs(), null, null);
	}

	public Long getCustomerId() {
		return customerId;
	}

	public void setCustomerId(Long customerId) {
		this.customerId = customerId;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public void setValidUntil(LocalDate validUntil) {
		this.validUntil = validUntil;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getTerms() {
		return terms;
	}

	public void setTerms(String terms) {
		this.terms = terms;
	}

	public List<LineForm> getLines() {
		return lines;
	}

	public void setLines(List<LineForm> lines) {
		this.lines = lines;
	}

	public static class LineForm {

		private Long serviceId;

		private String description;

		private BigDecimal quantity;

		private BigDecimal unitPrice;

		private BigDecimal discountPercent;

		private BigDecimal discountAmount;

		private BigDecimal taxRate;

		static LineForm of(DocumentLine line) {
			LineForm form = new LineForm();
			form.serviceId = line.getServiceId();
			form.description = line.getDescription();
			form.quantity = line.getQuantity();
			form.unitPrice = line.getUnitPrice();
			form.discountPercent = line.getDiscountPercent();
			form.discountAmount = line.getDiscountAmount();
			form.taxRate = line.getTaxRate();
			return form;
		}

		boolean isEmpty() {
			return serviceId == null && (description == null || description.isBlank()) && quantity == null
					&& unitPrice == null;
		}

		LineInput toInput() {
			return new LineInput(serviceId, description, quantity, unitPrice, discountPercent, discountAmount, taxRate);
		}

		public Long getServiceId() {
			return serviceId;
		}

		public void setServiceId(Long serviceId) {
			this.serviceId = serviceId;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
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

		public BigDecimal getDiscountPercent() {
			return discountPercent;
		}

		public void setDiscountPercent(BigDecimal discountPercent) {
			this.discountPercent = discountPercent;
		}

		public BigDecimal getDiscountAmount() {
			return discountAmount;
		}

		public void setDiscountAmount(BigDecimal discountAmount) {
			this.discountAmount = discountAmount;
		}

		public BigDecimal getTaxRate() {
			return taxRate;
		}

		public void setTaxRate(BigDecimal taxRate) {
			this.taxRate = taxRate;
		}

	}

}
