package io.chancery.purchasing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.numbering.DocumentNumbers;
import io.chancery.purchasing.internal.PurchaseOrderAuditRepository;
import io.chancery.purchasing.internal.PurchaseOrderMails;
import io.chancery.purchasing.internal.PurchaseOrderRepository;
import io.chancery.shared.AuditedChange;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.CompanyService;

/**
 * Purchase orders from draft to sent, and every status change with its audit row. Receipts and
 * invoices move them further ({@link ReceivingService}, {@link VarianceService}).
 */
@Service
@Transactional(readOnly = true)
public class PurchaseOrderService {

	private final PurchaseOrderRepository orders;

	private final PurchaseOrderAuditRepository audit;

	private final SupplierService suppliers;

	private final CompanyService companies;

	private final DocumentNumbers numbers;

	private final PurchaseOrderMails mails;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PurchaseOrderService(PurchaseOrderRepository orders, PurchaseOrderAuditRepository audit, SupplierService suppliers,
			CompanyService companies, DocumentNumbers numbers, PurchaseOrderMails mails, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.numbers = numbers;
		this.mails = mails;
		this.orders = orders;
		this.audit = audit;
		this.suppliers = suppliers;
		this.companies = companies;
		this.clock = clock;
	}

	public List<PurchaseOrder> all(long companyId) {
		return orders.findByCompanyIdOrderByIdDesc(companyId);
	}

	public PurchaseOrder get(long companyId, long orderId) {
		return orders.findByIdAndCompanyId(orderId, companyId)
			.orElseThrow(() -> new NotFoundException("Purchase order", orderId));
	}

	public List<PurchaseOrderAudit> audit(long companyId, long orderId) {
		return audit.findByPurchaseOrderIdOrderByAtAscIdAsc(get(companyId, orderId).getId());
	}

	/** Today in the company's time zone: the day deliveries are dated and compared with. */
	public LocalDate today(long companyId) {
		return LocalDate.now(clock.withZone(companies.get(companyId).getTimeZone()));
	}

	@Transactional
	public PurchaseOrder create(ChanceryUser user, PurchaseOrderDetails details) {
		Supplier supplier = supplier(user.companyId(), details);
		var order = new PurchaseOrder(user.companyId(), companies.get(user.companyId()).getCurrency(), user.email(),
				clock.instant());
		order.describe(supplier, details, clock.instant());
		orders.save(order);
		audit.save(new PurchaseOrderAudit(order, user.email(), null, PurchaseOrderStatus.DRAFT, null, clock.instant()));
		audited(order, "CREATED", user.email(), "purchase order " + order.getId() + " created, total " + order.getTotal()
				+ " " + order.getCurrency(), Map.of());
		return order;
	}

	/** Only a draft can be changed; once approved, the order is what the supplier gets. */
	@Transactional
	public PurchaseOrder update(ChanceryUser user, long orderId, PurchaseOrderDetails details) {
		PurchaseOrder order = lock(user.companyId(), orderId);
		if (order.getStatus() != PurchaseOrderStatus.DRAFT) {
			throw new ConflictException("Purchase order " + order.label() + " is " + order.getStatus() + "; only drafts can be changed");
		}
		order.describe(supplier(user.companyId(), details), details, clock.instant());
		audited(order, "UPDATED", user.email(), "purchase order " + order.getId() + " edited, total " + order.getTotal()
				+ " " + order.getCurrency(), Map.of());
		return order;
	}

	/**
	 * Approves the draft and gives it its number. The number is taken at approval, not at sending,
	 * because the approved order is the commitment people refer to (and re-sending must not renumber);
	 * drafts that are never approved then leave no gap.
	 */
	@Transactional
	public PurchaseOrder approve(ChanceryUser user, long orderId) {
		PurchaseOrder order = lock(user.companyId(), orderId);
		move(order, PurchaseOrderStatus.APPROVED, user.email(), null);
		// Taken inside this transaction: a failed approval gives the number back.
		String number = numbers.next(user.companyId(), "PO", today(user.companyId()).getYear());
		order.approve(number, user.email(), clock.instant());
		return order;
	}

	/** Marks the approved order sent and e-mails it, PDF attached, to a supplier with an e-mail address. */
	@Transactional
	public PurchaseOrder send(ChanceryUser user, long orderId) {
		PurchaseOrder order = lock(user.companyId(), orderId);
		move(order, PurchaseOrderStatus.SENT, user.email(), null);
		order.markSent(clock.instant());
		mails.sent(order, suppliers.get(user.companyId(), order.getSupplierId()));
		return order;
	}

	@Transactional
	public PurchaseOrder cancel(ChanceryUser user, long orderId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidFieldException("reason", "Say why the order is cancelled");
		}
		PurchaseOrder order = lock(user.companyId(), orderId);
		move(order, PurchaseOrderStatus.CANCELLED, user.email(), reason.trim());
		return order;
	}

	PurchaseOrder lock(long companyId, long orderId) {
		return orders.lockByIdAndCompanyId(orderId, companyId)
			.orElseThrow(() -> new NotFoundException("Purchase order", orderId));
	}

	/** Moves the order and records who moved it, from where, to where and why. */
	void move(PurchaseOrder order, PurchaseOrderStatus next, String actor, String reason) {
		PurchaseOrderStatus previous = order.moveTo(next, clock.instant());
		audit.save(new PurchaseOrderAudit(order, actor, previous, next, reason, clock.instant()));
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("from", previous.name());
		change.put("to", next.name());
		change.put("reason", reason);
		audited(order, next.name(), actor, "purchase order " + order.label() + ": " + previous + " → " + next
				+ (reason == null ? "" : " (" + reason + ")"), change);
	}

	/**
	 * Tells the company-wide audit log of a change to the order (its own trail has status changes
	 * only), with the order's total.
	 */
	void audited(PurchaseOrder order, String action, String actor, String summary, Map<String, Object> facts) {
		Map<String, Object> details = new LinkedHashMap<>(facts);
		details.put("total", order.getTotal());
		details.put("currency", order.getCurrency());
		events.publishEvent(new AuditedChange(order.getCompanyId(), "PURCHASE_ORDER", order.getId(), action, actor,
				summary, details));
	}

	private Supplier supplier(long companyId, PurchaseOrderDetails details) {
		try {
			return suppliers.get(companyId, details.getSupplierId());
		}
		catch (NotFoundException unknown) {
			throw new InvalidFieldException("supplierId", "Unknown supplier " + details.getSupplierId());
		}
	}

}
