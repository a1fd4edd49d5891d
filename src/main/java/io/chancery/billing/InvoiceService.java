package io.chancery.billing;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.chancery.billing.internal.BillingAudit;
import io.chancery.billing.internal.BillingEvents.InvoiceClosed;
import io.chancery.billing.internal.BillingEvents.InvoiceCreated;
import io.chancery.billing.internal.BillingEvents.InvoiceIssuedByUser;
import io.chancery.billing.internal.BillingEvents.PaymentRecorded;
import io.chancery.billing.internal.BillingMails;
import io.chancery.billing.internal.BillingSettings;
import io.chancery.billing.internal.ExpenseRepository;
import io.chancery.billing.internal.InvoiceRepository;
import io.chancery.billing.internal.PaymentRepository;
import io.chancery.catalog.CatalogService;
import io.chancery.customers.Customer;
import io.chancery.customers.CustomerService;
import io.chancery.numbering.DocumentNumbers;
import io.chancery.shared.Amounts;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.shared.NotFoundException;
import io.chancery.storage.FileKind;
import io.chancery.storage.FileStore;
import io.chancery.storage.SignedUrl;
import io.chancery.storage.StorageArea;
import io.chancery.storage.StoredFile;
import io.chancery.tenancy.CompanyService;

/**
 * Invoices from draft to paid. Each one runs {@code bpmn/invoice-issue-and-payment.bpmn}; the actions
 * here check and record the change, and the process hears of it through a message after the commit.
 * Every change locks the invoice row, so two requests at once are applied one after the other.
 */
@Service
@Transactional(readOnly = true)
public class InvoiceService {

	private static final Set<FileKind> RECEIPTS = Set.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG, FileKind.HEIC);

	/** Who the audit names when a process, not a person, made the change. */
	public static final String PROCESS = "invoice process";

	private final InvoiceRepository invoices;

	private final PaymentRepository payments;

	private final ExpenseRepository expenses;

	private final CatalogService catalog;

	private final CustomerService customers;

	private final CompanyService companies;

	private final BillingSettings settings;

	private final BillingAudit audit;

	private final BillingMails mails;

	private final DocumentNumbers numbers;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InvoiceService(InvoiceRepository invoices, PaymentRepository payments, ExpenseRepository expenses,
			CatalogService catalog, CustomerService customers, CompanyService companies, BillingSettings settings,
			BillingAudit audit, BillingMails mails, DocumentNumbers numbers, FileStore files,
			ApplicationEventPublisher events, Clock clock) {
		this.invoices = invoices;
		this.payments = payments;
		this.expenses = expenses;
		this.catalog = catalog;
		this.customers = customers;
		this.companies = companies;
		this.settings = settings;
		this.audit = audit;
		this.mails = mails;
		this.numbers = numbers;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	public Page<Invoice> search(long companyId, InvoiceStatus status, Long customerId, Pageable pageable) {
		return invoices.search(companyId, status, customerId, pageable);
	}

	/** A customer's invoices that were issued (drafts and cancelled ones are not the customer's business). */
	public List<Invoice> issuedTo(long companyId, long customerId) {
		return invoices.findByCompanyIdAndCustomerIdAndStatusNotOrderByCreatedAtDesc(companyId, customerId, InvoiceStatus.DRAFT)
			.stream()
			.filter(invoice -> invoice.getStatus() != InvoiceStatus.CANCELLED)
			.toList();
	}

	public Invoice get(long companyId, long invoiceId) {
		return invoices.findByIdAndCompanyId(invoiceId, companyId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
	}

	public List<Payment> payments(long companyId, long invoiceId) {
		get(companyId, invoiceId);
		return payments.findByInvoiceIdOrderByRecordedAtAscIdAsc(invoiceId);
	}

	public List<Expense> expenses(long companyId, long invoiceId) {
		get(companyId, invoiceId);
		return expenses.findByInvoiceIdOrderByRecordedAtAscIdAsc(invoiceId);
	}

	public List<StatusChange> audit(long companyId, long invoiceId) {
		get(companyId, invoiceId);
		return audit.trail(companyId, StatusChange.INVOICE, invoiceId);
	}

	/** Net revenue (before tax) minus internal expenses: for staff only, never on a customer document. */
	public BigDecimal margin(long companyId, long invoiceId) {
		Invoice invoice = get(companyId, invoiceId);
		BigDecimal costs = expenses(companyId, invoiceId).stream().map(Expense::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		return invoice.getSubtotal().subtract(invoice.getDiscountTotal()).subtract(costs);
	}

	/**
	 * A draft invoice with these lines, for another module (rentals) or staff. Someone reviews it in
	 * the task list, or issues it, before it reaches the customer.
	 * @param source what created it, e.g. "rental 12"; shown to staff
	 */
	@Transactional
	public Invoice createDraft(long companyId, long customerId, List<LineInput> lines, String source) {
		return createDraft(companyId, customerId, lines, null, source, source == null ? "system" : source);
	}

	@Transactional
	public Invoice createDraft(long companyId, long customerId, List<LineInput> lines, String notes, String source,
			String actor) {
		return createDraft(companyId, customerId, lines, notes, null, null, source, actor);
	}

	/**
	 * @param currency null for the company's own
	 * @param exchangeRate one unit of {@code currency} in the company's currency; only for another currency
	 */
	@Transactional
	public Invoice createDraft(long companyId, long customerId, List<LineInput> lines, String notes, String currency,
			BigDecimal exchangeRate, String source, String actor) {
		Customer customer = customer(companyId, customerId);
		String own = companies.get(companyId).getCurrency();
		String chosen = currency == null ? own : currency;
		try {
			java.util.Currency.getInstance(chosen);
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidFieldException("currency", "There is no currency " + chosen);
		}
		if (exchangeRate != null && chosen.equals(own)) {
			throw new InvalidFieldException("exchangeRate", "An exchange rate is only for an invoice in another currency than " + own);
		}
		Invoice invoice = new Invoice(companyId, customer.getId(), chosen,
				settings.paymentTermsDays(companyId, customerId), source, true, actor, clock.instant());
		invoice.exchangeRate(exchangeRate, clock.instant());
		invoice.edit(blankToNull(notes), LinePricing.price(lines, companyId, chosen, catalog, "lines"), clock.instant());
		return created(invoice, actor, source == null ? "created" : "created from " + source);
	}

	/**
	 * Sets (or corrects) the exchange rate of an invoice in another currency at any stage: the amounts the
	 * customer sees do not change, only what tax reporting (MyInvois) converts them with.
	 */
	@Transactional
	public Invoice changeExchangeRate(long companyId, long invoiceId, BigDecimal rate, String actor) {
		Invoice invoice = lock(companyId, invoiceId);
		String own = companies.get(companyId).getCurrency();
		if (invoice.getCurrency().equals(own)) {
			throw new ConflictException("Invoice " + invoice.label() + " is in " + own + ": it has no exchange rate");
		}
		if (rate == null || rate.signum() <= 0) {
			throw new InvalidFieldException("exchangeRate", "Give the rate: one " + invoice.getCurrency() + " in " + own);
		}
		invoice.exchangeRate(rate, clock.instant());
		audit.record(companyId, StatusChange.INVOICE, invoiceId, invoice.getStatus(), invoice.getStatus(), actor,
				"exchange rate set to " + rate.toPlainString() + " " + own + " per " + invoice.getCurrency());
		return invoice;
	}

	/** The invoice of an approved quote: its lines as approved, no review needed. */
	@Transactional
	Invoice createFromQuote(Quote quote) {
		Invoice invoice = new Invoice(quote.getCompanyId(), quote.getCustomerId(), quote.getCurrency(),
				settings.paymentTermsDays(quote.getCompanyId(), quote.getCustomerId()), "quote " + quote.label(), false,
				PROCESS, clock.instant());
		invoice.fromQuote(quote.getId());
		invoice.edit(quote.getNotes(), quote.getLines().stream().map(DocumentLine::copy).toList(), clock.instant());
		return created(invoice, "quote approval process", "created from approved quote " + quote.label());
	}

	private Invoice created(Invoice invoice, String actor, String reason) {
		invoices.save(invoice);
		audit.record(invoice.getCompanyId(), StatusChange.INVOICE, invoice.getId(), null, InvoiceStatus.DRAFT, actor, reason);
		events.publishEvent(new InvoiceCreated(invoice.getCompanyId(), invoice.getId(), invoice.isReviewRequired()));
		return invoice;
	}

	@Transactional
	public Invoice update(long companyId, long invoiceId, List<LineInput> lines, String notes) {
		Invoice invoice = lock(companyId, invoiceId);
		invoice.edit(blankToNull(notes), LinePricing.price(lines, companyId, invoice.getCurrency(), catalog, "lines"),
				clock.instant());
		audit.changed(companyId, StatusChange.INVOICE, invoiceId, "UPDATED", null,
				"invoice " + invoice.label() + " edited: " + invoice.getLines().size() + " line(s), total "
						+ invoice.getTotal() + " " + invoice.getCurrency(),
				Map.of("lines", invoice.getLines().size(), "total", invoice.getTotal(), "currency", invoice.getCurrency()));
		return invoice;
	}

	/**
	 * A person issues the draft (the Issue button or the API) instead of completing the review task:
	 * it gets the next number now, and the process moves on to sending it.
	 */
	@Transactional
	public Invoice issue(long companyId, long invoiceId, String actor) {
		Invoice invoice = lock(companyId, invoiceId);
		invoice.requireStatus(InvoiceStatus.DRAFT, "issued");
		issue(invoice, actor);
		events.publishEvent(new InvoiceIssuedByUser(companyId, invoiceId));
		return invoice;
	}

	/** The process's issue step: numbers the draft; an invoice already issued stays as it is. */
	@Transactional
	public Invoice issueFromProcess(long companyId, long invoiceId) {
		Invoice invoice = lock(companyId, invoiceId);
		if (invoice.getStatus() == InvoiceStatus.DRAFT) {
			issue(invoice, PROCESS);
		}
		return invoice;
	}

	/**
	 * The number comes from the gapless sequence inside this transaction: should anything below fail,
	 * the number goes back with the rollback.
	 */
	private void issue(Invoice invoice, String actor) {
		LocalDate today = today(invoice.getCompanyId());
		InvoiceStatus previous = invoice.moveTo(InvoiceStatus.SENT, clock.instant());
		invoice.issued(numbers.next(invoice.getCompanyId(), "INV", today.getYear()), today);
		audit.record(invoice.getCompanyId(), StatusChange.INVOICE, invoice.getId(), previous, InvoiceStatus.SENT, actor,
				"issued as " + invoice.getNumber() + ", due " + invoice.getDueDate());
		events.publishEvent(new InvoiceIssued(invoice.getCompanyId(), invoice.getId(), invoice.getNumber(),
				invoice.getCustomerId(), invoice.getIssueDate(), invoice.getDueDate(), invoice.getTotal(),
				invoice.getCurrency()));
	}

	/** The process's send step: the e-mail with the PDF, queued once per invoice. */
	@Transactional
	public void send(long companyId, long invoiceId) {
		Invoice invoice = get(companyId, invoiceId);
		if (invoice.getStatus() == InvoiceStatus.SENT) {
			mails.invoiceSent(invoice, customers.get(companyId, invoice.getCustomerId()));
		}
	}

	/** The process's overdue check: a reminder per step of the schedule the invoice has reached. */
	@Transactional
	public void remindIfOverdue(long companyId, long invoiceId, List<Integer> daysAfterDue) {
		Invoice invoice = get(companyId, invoiceId);
		if (invoice.getStatus() != InvoiceStatus.SENT || invoice.getDueDate() == null) {
			return;
		}
		long overdue = java.time.temporal.ChronoUnit.DAYS.between(invoice.getDueDate(), today(companyId));
		daysAfterDue.stream()
			.filter(days -> days <= overdue)
			.max(Integer::compare)
			.ifPresent(days -> mails.invoiceOverdue(invoice, customers.get(companyId, invoice.getCustomerId()), days));
	}

	/**
	 * Records a payment of a sent invoice; the payment that settles the balance makes it PAID. A
	 * payment above the balance is refused: overpayments are not recorded against an invoice.
	 */
	@Transactional
	public Payment recordPayment(long companyId, long invoiceId, PaymentInput input, String actor) {
		Invoice invoice = lock(companyId, invoiceId);
		invoice.requireStatus(InvoiceStatus.SENT, "paid");
		BigDecimal amount = input.amount();
		if (amount.compareTo(Amounts.round(amount, invoice.getCurrency())) != 0) {
			throw new InvalidFieldException("amount", "An amount in " + invoice.getCurrency() + " has at most "
					+ Amounts.minorUnits(invoice.getCurrency()) + " decimals");
		}
		if (amount.compareTo(invoice.balanceDue()) > 0) {
			throw new ConflictException("The payment of " + amount + " " + invoice.getCurrency()
					+ " is more than the balance due of " + invoice.balanceDue() + " " + invoice.getCurrency()
					+ " on invoice " + invoice.label() + "; overpayments are not accepted");
		}
		if (input.date().isAfter(today(companyId))) {
			throw new InvalidFieldException("date", "A payment cannot be dated in the future");
		}
		Payment payment = payments.save(new Payment(companyId, invoiceId, amount, input.date(), input.method().trim(),
				blankToNull(input.reference()), actor, clock.instant()));
		invoice.paid(amount, clock.instant());
		Map<String, Object> paid = new LinkedHashMap<>();
		paid.put("paymentId", payment.getId());
		paid.put("amount", amount);
		paid.put("currency", invoice.getCurrency());
		paid.put("paidOn", input.date().toString());
		paid.put("method", payment.getMethod());
		paid.put("reference", payment.getReference());
		paid.put("balanceDue", invoice.balanceDue());
		audit.changed(companyId, StatusChange.INVOICE, invoiceId, "PAYMENT_RECORDED", actor, "payment of " + amount + " "
				+ invoice.getCurrency() + " recorded on invoice " + invoice.label(), paid);
		if (invoice.balanceDue().signum() == 0) {
			InvoiceStatus previous = invoice.moveTo(InvoiceStatus.PAID, clock.instant());
			audit.record(companyId, StatusChange.INVOICE, invoiceId, previous, InvoiceStatus.PAID, actor,
					"paid in full (" + payments.findByInvoiceIdOrderByRecordedAtAscIdAsc(invoiceId).size() + " payment(s))");
			events.publishEvent(new InvoicePaid(companyId, invoiceId, invoice.getNumber(), invoice.getTotal(),
					invoice.getCurrency()));
		}
		events.publishEvent(new PaymentRecorded(companyId, invoiceId, payment.getId(), invoice.balanceDue()));
		return payment;
	}

	/** A draft, or a sent invoice nothing was paid on, can be cancelled. */
	@Transactional
	public Invoice cancel(long companyId, long invoiceId, String actor, String reason) {
		return close(companyId, invoiceId, InvoiceStatus.CANCELLED, actor, reason);
	}

	/** The customer disputes a sent invoice (nothing paid on it yet). */
	@Transactional
	public Invoice reject(long companyId, long invoiceId, String actor, String reason) {
		return close(companyId, invoiceId, InvoiceStatus.REJECTED, actor, reason);
	}

	private Invoice close(long companyId, long invoiceId, InvoiceStatus next, String actor, String reason) {
		Invoice invoice = lock(companyId, invoiceId);
		if (invoice.getStatus() == InvoiceStatus.SENT && invoice.getAmountPaid().signum() > 0) {
			throw new ConflictException("Invoice " + invoice.label() + " has payments of " + invoice.getAmountPaid() + " "
					+ invoice.getCurrency() + "; it cannot become " + next);
		}
		InvoiceStatus previous = invoice.moveTo(next, clock.instant());
		audit.record(companyId, StatusChange.INVOICE, invoiceId, previous, next, actor, blankToNull(reason));
		events.publishEvent(new InvoiceClosed(companyId, invoiceId, next.name()));
		return invoice;
	}

	/** Adds a cost item, with its receipt (PDF or image) kept in the private file area. */
	@Transactional
	public Expense addExpense(long companyId, long invoiceId, ExpenseInput input, InputStream receipt,
			String receiptName, String actor) {
		Invoice invoice = get(companyId, invoiceId);
		if (input.amount().compareTo(Amounts.round(input.amount(), invoice.getCurrency())) != 0) {
			throw new InvalidFieldException("amount", "An amount in " + invoice.getCurrency() + " has at most "
					+ Amounts.minorUnits(invoice.getCurrency()) + " decimals");
		}
		Expense expense = new Expense(companyId, invoiceId, input.description().trim(), input.amount(),
				blankToNull(input.supplier()), actor, clock.instant());
		if (receipt != null) {
			StoredFile stored = files.store(StorageArea.PRIVATE, receipt, RECEIPTS);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						files.delete(StorageArea.PRIVATE, stored.key());
					}
				}
			});
			expense.receipt(stored.key(), receiptName == null || receiptName.isBlank() ? "receipt" : receiptName.trim());
		}
		expenses.save(expense);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("expenseId", expense.getId());
		details.put("description", expense.getDescription());
		details.put("amount", expense.getAmount());
		details.put("currency", invoice.getCurrency());
		details.put("supplier", expense.getSupplier());
		details.put("receipt", expense.getReceiptName());
		audit.changed(companyId, StatusChange.INVOICE, invoiceId, "EXPENSE_ADDED", actor, "expense of "
				+ expense.getAmount() + " " + invoice.getCurrency() + " added to invoice " + invoice.label(), details);
		return expense;
	}

	/** A five-minute URL to an expense's receipt. */
	public SignedUrl receiptUrl(long companyId, long invoiceId, long expenseId) {
		Expense expense = expenses.findByIdAndCompanyId(expenseId, companyId)
			.filter(e -> e.getInvoiceId() == invoiceId && e.getReceiptKey() != null)
			.orElseThrow(() -> new NotFoundException("Receipt of expense", expenseId));
		return files.signedUrl(expense.getReceiptKey());
	}

	private Invoice lock(long companyId, long invoiceId) {
		return invoices.lockByIdAndCompanyId(invoiceId, companyId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
	}

	private Customer customer(long companyId, long customerId) {
		try {
			return customers.get(companyId, customerId);
		}
		catch (NotFoundException unknown) {
			throw new InvalidFieldException("customerId", "There is no customer " + customerId);
		}
	}

	LocalDate today(long companyId) {
		return LocalDate.now(clock.withZone(companies.get(companyId).getTimeZone()));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
