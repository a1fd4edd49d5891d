package io.chancery.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.chancery.billing.DocumentLine;
import io.chancery.billing.Expense;
import io.chancery.billing.Invoice;
import io.chancery.billing.Payment;
import io.chancery.billing.Quote;
import io.chancery.billing.StatusChange;

/** What the API returns about quotes and invoices. */
final class BillingViews {

	private BillingViews() {
	}

	record LineView(Long serviceId, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
			BigDecimal discountPercent, BigDecimal discountAmount, BigDecimal taxRate, BigDecimal grossAmount,
			BigDecimal discount, BigDecimal netAmount, BigDecimal taxAmount) {

		static List<LineView> of(List<DocumentLine> lines) {
			return lines.stream()
				.map(l -> new LineView(l.getServiceId(), l.getDescription(), l.getQuantity(), l.getUnit(), l.getUnitPrice(),
						l.getDiscountPercent(), l.getDiscountAmount(), l.getTaxRate(), l.getGrossAmount(), l.getLineDiscount(),
						l.getNetAmount(), l.getTaxAmount()))
				.toList();
		}

	}

	record AuditView(String from, String to, String actor, String reason, Instant at) {

		static List<AuditView> of(List<StatusChange> changes) {
			return changes.stream().map(c -> new AuditView(c.getFromStatus(), c.getToStatus(), c.getActor(), c.getReason(), c.getAt())).toList();
		}

	}

	record QuoteSummary(long id, String number, int revision, String status, long customerId, String currency,
			LocalDate validUntil, BigDecimal total, Long invoiceId) {

		static QuoteSummary of(Quote q) {
			return new QuoteSummary(q.getId(), q.getNumber(), q.getRevision(), q.getStatus().name(), q.getCustomerId(),
					q.getCurrency(), q.getValidUntil(), q.getTotal(), q.getInvoiceId());
		}

	}

	record QuoteView(long id, String number, int revision, Long revisesId, String status, long customerId,
			String currency, LocalDate validUntil, String notes, String terms, List<LineView> lines, BigDecimal subtotal,
			BigDecimal discountTotal, BigDecimal taxTotal, BigDecimal total, Long invoiceId, String sentBy,
			Instant sentAt, String decidedByName, String decisionComment, List<AuditView> audit) {

		static QuoteView of(Quote q, List<StatusChange> audit) {
			return new QuoteView(q.getId(), q.getNumber(), q.getRevision(), q.getRevisesId(), q.getStatus().name(),
					q.getCustomerId(), q.getCurrency(), q.getValidUntil(), q.getNotes(), q.getTerms(), LineView.of(q.getLines()),
					q.getSubtotal(), q.getDiscountTotal(), q.getTaxTotal(), q.getTotal(), q.getInvoiceId(), q.getSentBy(),
					q.getSentAt(), q.getDecidedByName(), q.getDecisionComment(), AuditView.of(audit));
		}

	}

	record InvoiceSummary(long id, String number, String status, long customerId, String currency, LocalDate issueDate,
			LocalDate dueDate, BigDecimal total, BigDecimal balanceDue) {

		static InvoiceSummary of(Invoice i) {
			return new InvoiceSummary(i.getId(), i.getNumber(), i.getStatus().name(), i.getCustomerId(), i.getCurrency(),
					i.getIssueDate(), i.getDueDate(), i.getTotal(), i.balanceDue());
		}

	}

	record PaymentView(long id, BigDecimal amount, LocalDate date, String method, String reference, String recordedBy,
			Instant recordedAt) {

		static PaymentView of(Payment p) {
			return new PaymentView(p.getId(), p.getAmount(), p.getDate(), p.getMethod(), p.getReference(), p.getRecordedBy(),
					p.getRecordedAt());
		}

	}

	record ExpenseView(long id, String description, BigDecimal amount, String supplier, String receiptName,
			String recordedBy, Instant recordedAt) {

		static ExpenseView of(Expense e) {
			return new ExpenseView(e.getId(), e.getDescription(), e.getAmount(), e.getSupplier(), e.getReceiptName(),
					e.getRecordedBy(), e.getRecordedAt());
		}

	}

	/** Staff only: {@code internal} holds the expenses and the margin, which no customer document shows. */
	record InvoiceView(long id, String number, String status, long customerId, Long quoteId, String source,
			String currency, BigDecimal exchangeRate, LocalDate issueDate, LocalDate dueDate, int paymentTermsDays,
			String notes, List<LineView> lines, BigDecimal subtotal, BigDecimal discountTotal, BigDecimal taxTotal,
			BigDecimal total, BigDecimal amountPaid, BigDecimal amountCredited, BigDecimal balanceDue,
			List<PaymentView> payments, Internal internal, List<AuditView> audit) {

		record Internal(List<ExpenseView> expenses, BigDecimal margin) {
		}

		static InvoiceView of(Invoice i, List<Payment> payments, List<Expense> expenses, BigDecimal margin,
				List<StatusChange> audit) {
			return new InvoiceView(i.getId(), i.getNumber(), i.getStatus().name(), i.getCustomerId(), i.getQuoteId(),
					i.getSource(), i.getCurrency(), i.getExchangeRate(), i.getIssueDate(), i.getDueDate(),
					i.getPaymentTermsDays(), i.getNotes(), LineView.of(i.getLines()), i.getSubtotal(), i.getDiscountTotal(),
					i.getTaxTotal(), i.getTotal(), i.getAmountPaid(), i.getAmountCredited(), i.balanceDue(),
					payments.stream().map(PaymentView::of).toList(),
					new Internal(expenses.stream().map(ExpenseView::of).toList(), margin), AuditView.of(audit));
		}

	}

}
