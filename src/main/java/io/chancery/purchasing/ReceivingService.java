package io.chancery.purchasing;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.chancery.purchasing.internal.GoodsReceiptRepository;
import io.chancery.purchasing.internal.SupplierInvoiceRepository;
import io.chancery.purchasing.internal.VarianceCheckRepository;
import io.chancery.purchasing.internal.VarianceCheckRequested;
import io.chancery.shared.Amounts;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.shared.NotFoundException;
import io.chancery.storage.FileKind;
import io.chancery.storage.FileStore;
import io.chancery.storage.SignedUrl;
import io.chancery.storage.StorageArea;
import io.chancery.storage.StoredFile;
import io.chancery.tenancy.ChanceryUser;

/**
 * Goods receipts and supplier invoices. Each one is saved with what it changed and hands its
 * differences (the findings) to the purchase-order process, whose tolerance table judges them.
 */
@Service
@Transactional(readOnly = true)
public class ReceivingService {

	/** The same files as a document register accepts: delivery notes are scans or PDFs. */
	static final Set<FileKind> DELIVERY_NOTE_FILES = Set.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG, FileKind.HEIC);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** The audit keeps 1,000 characters, with room for what it adds. */
	private static final int MAX_REASON = 500;

	private final PurchaseOrderService orders;

	private final SupplierService suppliers;

	private final GoodsReceiptRepository receipts;

	private final SupplierInvoiceRepository invoices;

	private final VarianceCheckRepository checks;

	private final FileStore fileStore;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReceivingService(PurchaseOrderService orders, SupplierService suppliers, GoodsReceiptRepository receipts,
			SupplierInvoiceRepository invoices, VarianceCheckRepository checks, FileStore fileStore, Clock clock,
			ApplicationEventPublisher events) {
		this.orders = orders;
		this.suppliers = suppliers;
		this.receipts = receipts;
		this.invoices = invoices;
		this.checks = checks;
		this.fileStore = fileStore;
		this.clock = clock;
		this.events = events;
	}

	public List<GoodsReceipt> receipts(long companyId, long orderId) {
		return receipts.findByPurchaseOrderIdOrderByReceivedOnAscIdAsc(orders.get(companyId, orderId).getId());
	}

	public List<SupplierInvoice> invoices(long companyId, long orderId) {
		return invoices.findByPurchaseOrderIdOrderByInvoiceDateAscIdAsc(orders.get(companyId, orderId).getId());
	}

	/**
	 * Records a delivery: quantities taken in and refused per line, the delivery note and its file. A
	 * closed or cancelled order takes no more goods (409).
	 */
	@Transactional
	public GoodsReceipt receive(ChanceryUser user, long orderId, ReceiptDetails details, InputStream noteFile,
			String noteFileName) {
		PurchaseOrder order = orders.lock(user.companyId(), orderId);
		if (!order.getStatus().acceptsReceipts()) {
			throw new ConflictException("Purchase order " + order.label() + " is " + order.getStatus()
					+ (order.getStatus() == PurchaseOrderStatus.APPROVED || order.getStatus() == PurchaseOrderStatus.DRAFT
							? "; send it to the supplier before receiving goods" : " and takes no more goods"));
		}
		LocalDate today = orders.today(user.companyId());
		LocalDate receivedOn = details.getReceivedOn() == null ? today : details.getReceivedOn();
		if (receivedOn.isAfter(today)) {
			throw new InvalidFieldException("receivedOn", "Goods cannot be received in the future");
		}
		checkLines(order, details);
		var receipt = new GoodsReceipt(order, receivedOn, user.email(), blankToNull(details.getDeliveryNoteNumber()),
				details.isFinalDelivery(), clock.instant());
		if (noteFile != null) {
			receipt.attach(store(noteFile), cleanName(noteFileName));
		}
		List<VarianceFinding> findings = new ArrayList<>();
		for (ReceiptDetails.Line entered : details.getLines()) {
			PurchaseOrderLine line = order.line(entered.getLineId());
			BigDecimal overBefore = line.getReceivedQuantity().subtract(line.getQuantity()).max(BigDecimal.ZERO);
			line.receive(entered.getQuantity(), entered.getRejectedQuantity());
			receipt.getLines().add(new GoodsReceiptLine(receipt, line.getId(), entered.getQuantity(),
					entered.getRejectedQuantity(), blankToNull(entered.getRejectionReason())));
			findings.addAll(quantityFindings(order, line, overBefore, details.isFinalDelivery()));
		}
		if (details.isFinalDelivery()) {
			findings.addAll(endDelivery(order));
		}
		long daysLate = ChronoUnit.DAYS.between(order.getExpectedDeliveryDate(), receivedOn);
		if (daysLate > 0) {
			String category = order.line(details.getLines().get(0).getLineId()).getItemCategory();
			findings.add(new VarianceFinding(null, VarianceKind.LATE_DELIVERY, category, BigDecimal.ZERO,
					BigDecimal.valueOf(daysLate), BigDecimal.ZERO));
		}
		receipts.save(receipt);
		orders.audited(order, "GOODS_RECEIVED", user.email(), "goods receipt " + receipt.getId() + " for " + order.label()
				+ (details.isFinalDelivery() ? " (final delivery)" : ""),
				Map.of("receiptId", receipt.getId(), "lines", details.getLines().size(), "finalDelivery",
						details.isFinalDelivery()));
		PurchaseOrderStatus next = order.allDelivered() ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTIALLY_RECEIVED;
		if (order.getStatus() != next) {
			orders.move(order, next, user.email(), "goods receipt " + receipt.getId());
		}
		requestCheck(order, VarianceCheck.Source.GOODS_RECEIPT, receipt.getId(), findings);
		return receipt;
	}

	/**
	 * Enters the supplier's invoice and matches it three ways: unit prices against the order, and the
	 * quantities invoiced so far against the quantities received.
	 */
	@Transactional
	public SupplierInvoice enterInvoice(ChanceryUser user, long orderId, SupplierInvoiceDetails details) {
		PurchaseOrder order = orders.lock(user.companyId(), orderId);
		PurchaseOrderStatus status = order.getStatus();
		if (status == PurchaseOrderStatus.DRAFT || status == PurchaseOrderStatus.APPROVED || status == PurchaseOrderStatus.CANCELLED) {
			throw new ConflictException("Purchase order " + order.label() + " is " + status + " and cannot be invoiced");
		}
		String number = details.getNumber().trim();
		if (invoices.existsByPurchaseOrderIdAndNumber(order.getId(), number)) {
			throw new ConflictException("Supplier invoice " + number + " is already entered for " + order.label());
		}
		Map<Long, BigDecimal> invoicedBefore = invoicedQuantities(order.getId());
		var invoice = new SupplierInvoice(order, number, details.getInvoiceDate(), user.email(), clock.instant());
		Set<Long> seen = new HashSet<>();
		List<VarianceFinding> findings = new ArrayList<>();
		for (int i = 0; i < details.getLines().size(); i++) {
			SupplierInvoiceDetails.Line entered = details.getLines().get(i);
			PurchaseOrderLine line = orderLine(order, entered.getLineId(), i, seen);
			invoice.add(line.getId(), entered.getQuantity(), entered.getUnitPrice());
			findings.addAll(priceFindings(order, line, entered));
			BigDecimal invoiced = invoicedBefore.getOrDefault(line.getId(), BigDecimal.ZERO).add(entered.getQuantity());
			BigDecimal difference = invoiced.subtract(line.getReceivedQuantity());
			if (difference.signum() != 0) {
				findings.add(quantityFinding(order, line, difference.signum() > 0 ? VarianceKind.QUANTITY_OVER
						: VarianceKind.QUANTITY_SHORT, difference.abs(), difference.abs()));
			}
		}
		invoices.save(invoice);
		orders.audited(order, "SUPPLIER_INVOICE_ENTERED", user.email(), "supplier invoice " + number + " entered for "
				+ order.label(), Map.of("supplierInvoiceId", invoice.getId(), "number", number, "lines",
						details.getLines().size()));
		requestCheck(order, VarianceCheck.Source.SUPPLIER_INVOICE, invoice.getId(), findings);
		return invoice;
	}

	/**
	 * A manager ends an order short: nothing more will come. The order counts as received at once, and
	 * what each line still lacks goes to the tolerance table as a final shortfall (accepted, or a review).
	 * Only a partially received order can be closed short; one that received nothing is cancelled instead.
	 */
	@Transactional
	public PurchaseOrder closeShort(ChanceryUser manager, long orderId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidFieldException("reason", "Say why the rest will not come");
		}
		if (reason.trim().length() > MAX_REASON) {
			throw new InvalidFieldException("reason", "Keep the reason under " + MAX_REASON + " characters");
		}
		PurchaseOrder order = orders.lock(manager.companyId(), orderId);
		if (order.getStatus() != PurchaseOrderStatus.PARTIALLY_RECEIVED) {
			throw new ConflictException("Purchase order " + order.label() + " is " + order.getStatus()
					+ (order.getStatus() == PurchaseOrderStatus.SENT ? "; nothing has arrived, cancel it instead"
							: "; only a partially received order can be closed short"));
		}
		List<VarianceFinding> shortfalls = endDelivery(order);
		orders.move(order, PurchaseOrderStatus.RECEIVED, manager.email(), "closed short: " + reason.trim());
		requestCheck(order, VarianceCheck.Source.CLOSED_SHORT, order.getId(), shortfalls);
		return order;
	}

	/** A five-minute URL to open a receipt's delivery note. */
	public SignedUrl deliveryNoteUrl(long companyId, long orderId, long receiptId) {
		PurchaseOrder order = orders.get(companyId, orderId);
		GoodsReceipt receipt = receipts.findByIdAndPurchaseOrderId(receiptId, order.getId())
			.orElseThrow(() -> new NotFoundException("Goods receipt", receiptId));
		if (receipt.getFileKey() == null) {
			throw new NotFoundException("Delivery note file of receipt", receiptId);
		}
		return fileStore.signedUrl(receipt.getFileKey());
	}

	private void checkLines(PurchaseOrder order, ReceiptDetails details) {
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < details.getLines().size(); i++) {
			ReceiptDetails.Line entered = details.getLines().get(i);
			orderLine(order, entered.getLineId(), i, seen);
			if (entered.getQuantity().signum() == 0 && entered.getRejectedQuantity().signum() == 0) {
				throw new InvalidFieldException("lines[" + i + "].quantity", "Enter the quantity received or refused");
			}
			if (entered.getRejectedQuantity().signum() > 0 && (entered.getRejectionReason() == null || entered.getRejectionReason().isBlank())) {
				throw new InvalidFieldException("lines[" + i + "].rejectionReason", "Say why the goods were refused");
			}
		}
	}

	private static PurchaseOrderLine orderLine(PurchaseOrder order, Long lineId, int index, Set<Long> seen) {
		PurchaseOrderLine line = lineId == null ? null : order.line(lineId);
		if (line == null) {
			throw new InvalidFieldException("lines[" + index + "].lineId", "Line " + lineId + " is not a line of " + order.label());
		}
		if (!seen.add(lineId)) {
			throw new InvalidFieldException("lines[" + index + "].lineId", "Line " + lineId + " is given twice");
		}
		return line;
	}

	/**
	 * Over-delivery counts against the ordered quantity (the amount only for what this receipt added);
	 * a line still short is judged too: the table tells a partial delivery (more to come) from a short one.
	 * On a final delivery the shortfall is left to {@link #endDelivery}.
	 */
	private static List<VarianceFinding> quantityFindings(PurchaseOrder order, PurchaseOrderLine line, BigDecimal overBefore,
			boolean finalDelivery) {
		BigDecimal over = line.getReceivedQuantity().subtract(line.getQuantity());
		if (over.signum() > 0) {
			return List.of(quantityFinding(order, line, VarianceKind.QUANTITY_OVER, over, over.subtract(overBefore)));
		}
		if (over.signum() < 0 && !line.isDeliveryComplete() && !finalDelivery) {
			return List.of(quantityFinding(order, line, VarianceKind.QUANTITY_SHORT, over.negate(), over.negate()));
		}
		return List.of();
	}

	/** Nothing more will come: every line still short is complete as it is, and its shortfall is a final finding. */
	private static List<VarianceFinding> endDelivery(PurchaseOrder order) {
		List<VarianceFinding> shortfalls = new ArrayList<>();
		for (PurchaseOrderLine line : order.getLines()) {
			if (line.isDeliveryComplete()) {
				continue;
			}
			BigDecimal missing = line.outstanding();
			shortfalls.add(quantityFinding(order, line, VarianceKind.QUANTITY_SHORT, missing, missing).asFinal());
			line.completeDelivery();
		}
		return shortfalls;
	}

	private static VarianceFinding quantityFinding(PurchaseOrder order, PurchaseOrderLine line, VarianceKind kind,
			BigDecimal difference, BigDecimal valuedQuantity) {
		BigDecimal percent = difference.multiply(HUNDRED).divide(line.getQuantity(), 4, RoundingMode.HALF_UP);
		return new VarianceFinding(line.getId(), kind, line.getItemCategory(), percent, difference,
				Amounts.round(valuedQuantity.multiply(line.getUnitPrice()), order.getCurrency()));
	}

	private static List<VarianceFinding> priceFindings(PurchaseOrder order, PurchaseOrderLine line,
			SupplierInvoiceDetails.Line entered) {
		BigDecimal difference = entered.getUnitPrice().subtract(line.getUnitPrice());
		if (difference.signum() == 0) {
			return List.of();
		}
		BigDecimal percent = line.getUnitPrice().signum() == 0 ? HUNDRED
				: difference.abs().multiply(HUNDRED).divide(line.getUnitPrice(), 4, RoundingMode.HALF_UP);
		return List.of(new VarianceFinding(line.getId(), VarianceKind.PRICE_DIFFERENCE, line.getItemCategory(), percent,
				difference.abs(), Amounts.round(difference.multiply(entered.getQuantity()), order.getCurrency())));
	}

	private Map<Long, BigDecimal> invoicedQuantities(long orderId) {
		Map<Long, BigDecimal> invoiced = new HashMap<>();
		for (SupplierInvoice invoice : invoices.findByPurchaseOrderIdOrderByInvoiceDateAscIdAsc(orderId)) {
			for (SupplierInvoiceLine line : invoice.getLines()) {
				invoiced.merge(line.getPurchaseOrderLineId(), line.getQuantity(), BigDecimal::add);
			}
		}
		return invoiced;
	}

	private void requestCheck(PurchaseOrder order, VarianceCheck.Source source, long sourceId, List<VarianceFinding> findings) {
		VarianceCheck check = checks.save(new VarianceCheck(order, source, sourceId, clock.instant()));
		String supplierName = suppliers.get(order.getCompanyId(), order.getSupplierId()).getName();
		events.publishEvent(new VarianceCheckRequested(order.getCompanyId(), order.getId(), check.getId(), order.label(),
				supplierName, findings.stream().map(VarianceFinding::toVariable).toList()));
	}

	/** Stores the file; if the database write fails afterwards, the stored file is removed again. */
	private StoredFile store(InputStream content) {
		StoredFile stored = fileStore.store(StorageArea.PRIVATE, content, DELIVERY_NOTE_FILES);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					fileStore.delete(StorageArea.PRIVATE, stored.key());
				}
			}
		});
		return stored;
	}

	private static String cleanName(String name) {
		if (name == null || name.isBlank()) {
			return "delivery-note";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		return base.length() > 255 ? base.substring(0, 255) : base;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
