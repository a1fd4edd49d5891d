package io.chancery.purchasing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.chancery.purchasing.GoodsReceipt;
import io.chancery.purchasing.PurchaseOrder;
import io.chancery.purchasing.PurchaseOrderAudit;
import io.chancery.purchasing.PurchaseOrderLine;
import io.chancery.purchasing.PurchaseOrderStatus;
import io.chancery.purchasing.PurchaseVariance;
import io.chancery.purchasing.Supplier;
import io.chancery.purchasing.SupplierInvoice;
import io.chancery.purchasing.VarianceCheck;
import io.chancery.purchasing.VarianceKind;

/** The JSON shapes of the purchasing API. */
final class PurchasingViews {

	private PurchasingViews() {
	}

	record SupplierView(long id, String name, String registrationNumber, String taxNumber, String contactPerson,
			String email, String phone, String address, int paymentTermsDays, String notes) {

		static SupplierView of(Supplier s) {
			return new SupplierView(s.getId(), s.getName(), s.getRegistrationNumber(), s.getTaxNumber(),
					s.getContactPerson(), s.getEmail(), s.getPhone(), s.getAddress(), s.getPaymentTermsDays(), s.getNotes());
		}

	}

	record OrderView(long id, String number, PurchaseOrderStatus status, long supplierId, String supplierName,
			String currency, LocalDate expectedDeliveryDate, String notes, BigDecimal subtotal, BigDecimal taxTotal,
			BigDecimal total, String createdBy, Instant createdAt, String approvedBy, Instant approvedAt, Instant sentAt,
			List<LineView> lines, List<VarianceView> variances, List<CheckView> varianceChecks) {

		static OrderView of(PurchaseOrder o, Supplier supplier, List<PurchaseVariance> variances, List<VarianceCheck> checks) {
			return new OrderView(o.getId(), o.getNumber(), o.getStatus(), supplier.getId(), supplier.getName(),
					o.getCurrency(), o.getExpectedDeliveryDate(), o.getNotes(), o.getSubtotal(), o.getTaxTotal(), o.getTotal(),
					o.getCreatedBy(), o.getCreatedAt(), o.getApprovedBy(), o.getApprovedAt(), o.getSentAt(),
					o.getLines().stream().map(LineView::of).toList(), variances.stream().map(VarianceView::of).toList(),
					checks.stream().map(CheckView::of).toList());
		}

	}

	record OrderSummary(long id, String number, PurchaseOrderStatus status, long supplierId, String currency,
			LocalDate expectedDeliveryDate, BigDecimal total) {

		static OrderSummary of(PurchaseOrder o) {
			return new OrderSummary(o.getId(), o.getNumber(), o.getStatus(), o.getSupplierId(), o.getCurrency(),
					o.getExpectedDeliveryDate(), o.getTotal());
		}

	}

	record LineView(long id, int lineNumber, String description, String itemCategory, BigDecimal orderedQuantity,
			BigDecimal receivedQuantity, BigDecimal rejectedQuantity, BigDecimal outstandingQuantity, String unit,
			BigDecimal unitPrice, BigDecimal taxRate, BigDecimal netAmount, BigDecimal taxAmount, boolean deliveryComplete) {

		static LineView of(PurchaseOrderLine l) {
			return new LineView(l.getId(), l.getLineNumber(), l.getDescription(), l.getItemCategory(), l.getQuantity(),
					l.getReceivedQuantity(), l.getRejectedQuantity(), l.outstanding(), l.getUnit(), l.getUnitPrice(),
					l.getTaxRate(), l.getNetAmount(), l.getTaxAmount(), l.isDeliveryComplete());
		}

	}

	record VarianceView(long id, Long lineId, VarianceKind kind, String itemCategory, BigDecimal percentDifference,
			BigDecimal absoluteDifference, BigDecimal amount, PurchaseVariance.RuleDecision ruleDecision,
			PurchaseVariance.Resolution resolution, long varianceCheckId, Instant createdAt) {

		static VarianceView of(PurchaseVariance v) {
			return new VarianceView(v.getId(), v.getPurchaseOrderLineId(), v.getKind(), v.getItemCategory(),
					v.getPercentDifference(), v.getAbsoluteDifference(), v.getAmount(), v.getRuleDecision(), v.getResolution(),
					v.getVarianceCheckId(), v.getCreatedAt());
		}

	}

	record CheckView(long id, VarianceCheck.Source source, long sourceId, VarianceCheck.Status status,
			VarianceCheck.ReviewDecision reviewDecision, String reviewNotes, String reviewedBy, Instant reviewedAt) {

		static CheckView of(VarianceCheck c) {
			return new CheckView(c.getId(), c.getSource(), c.getSourceId(), c.getStatus(), c.getReviewDecision(),
					c.getReviewNotes(), c.getReviewedBy(), c.getReviewedAt());
		}

	}

	record ReceiptView(long id, LocalDate receivedOn, String receivedBy, String deliveryNoteNumber,
			@JsonProperty("final") boolean finalDelivery, String fileName, List<ReceiptLineView> lines) {

		static ReceiptView of(GoodsReceipt r) {
			return new ReceiptView(r.getId(), r.getReceivedOn(), r.getReceivedBy(), r.getDeliveryNoteNumber(),
					r.isFinalDelivery(), r.getFileName(),
					r.getLines().stream().map(l -> new ReceiptLineView(l.getPurchaseOrderLineId(), l.getQuantity(),
							l.getRejectedQuantity(), l.getRejectionReason())).toList());
		}

	}

	record ReceiptLineView(long lineId, BigDecimal quantity, BigDecimal rejectedQuantity, String rejectionReason) {
	}

	record InvoiceView(long id, String number, LocalDate invoiceDate, String enteredBy, List<InvoiceLineView> lines) {

		static InvoiceView of(SupplierInvoice i) {
			return new InvoiceView(i.getId(), i.getNumber(), i.getInvoiceDate(), i.getEnteredBy(), i.getLines().stream()
				.map(l -> new InvoiceLineView(l.getPurchaseOrderLineId(), l.getQuantity(), l.getUnitPrice())).toList());
		}

	}

	record InvoiceLineView(long lineId, BigDecimal quantity, BigDecimal unitPrice) {
	}

	record AuditView(String actor, PurchaseOrderStatus from, PurchaseOrderStatus to, String reason, Instant at) {

		static AuditView of(PurchaseOrderAudit a) {
			return new AuditView(a.getActor(), a.getFromStatus(), a.getToStatus(), a.getReason(), a.getAt());
		}

	}

}
