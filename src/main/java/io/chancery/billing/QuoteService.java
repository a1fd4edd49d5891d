package io.chancery.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.billing.internal.BillingAudit;
import io.chancery.billing.internal.BillingEvents.QuoteDecided;
import io.chancery.billing.internal.BillingEvents.QuoteSubmitted;
import io.chancery.billing.internal.BillingMails;
import io.chancery.billing.internal.InvoiceRepository;
import io.chancery.billing.internal.QuoteRepository;
import io.chancery.catalog.CatalogService;
import io.chancery.customers.Customer;
import io.chancery.customers.CustomerService;
import io.chancery.links.InvalidLinkException;
import io.chancery.links.PublicLink;
import io.chancery.links.PublicLinks;
import io.chancery.notifications.NotificationService;
import io.chancery.numbering.DocumentNumbers;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.Company;
import io.chancery.tenancy.CompanyService;
import io.chancery.tenancy.UserAccount;
import io.chancery.tenancy.UserAccountService;

/**
 * Quotes from draft to the customer's decision. Sending goes through {@code bpmn/quote-approval.bpmn}:
 * {@link #submit} only starts it; the process calls back {@link #send}, {@link #expire} and
 * {@link #createInvoice}.
 */
@Service
@Transactional(readOnly = true)
public class QuoteService {

	/** The purpose of a customer's approval link. */
	public static final String LINK_PURPOSE = "quote-approval";

	/** A link lives until the end of the validity date, and never longer than this. */
	private static final java.time.Duration LONGEST_LINK = java.time.Duration.ofDays(30);

	private final QuoteRepository quotes;

	private final InvoiceRepository invoiceRows;

	private final InvoiceService invoices;

	private final CatalogService catalog;

	private final CustomerService customers;

	private final CompanyService companies;

	private final UserAccountService users;

	private final NotificationService notifications;

	private final BillingAudit audit;

	private final BillingMails mails;

	private final DocumentNumbers numbers;

	private final PublicLinks links;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QuoteService(QuoteRepository quotes, InvoiceRepository invoiceRows, InvoiceService invoices, CatalogService catalog,
			CustomerService customers, CompanyService companies, UserAccountService users,
			NotificationService notifications, BillingAudit audit, BillingMails mails, DocumentNumbers numbers,
			PublicLinks links, ApplicationEventPublisher events, Clock clock) {
		this.quotes = quotes;
		this.invoiceRows = invoiceRows;
		this.invoices = invoices;
		this.catalog = catalog;
		this.customers = customers;
		this.companies = companies;
		this.users = users;
		this.notifications = notifications;
		this.audit = audit;
		this.mails = mails;
		this.numbers = numbers;
		this.links = links;
		this.events = events;
		this.clock = clock;
	}

	public Page<Quote> search(long companyId, QuoteStatus status, Long customerId, Pageable pageable) {
		return quotes.search(companyId, status, customerId, pageable);
	}

	public List<Quote> ofCustomer(long companyId, long customerId) {
		return quotes.findByCompanyIdAndCustomerIdOrderByCreatedAtDesc(companyId, customerId);
	}

	public Quote get(long companyId, long quoteId) {
		return quotes.findByIdAndCompanyId(quoteId, companyId).orElseThrow(() -> new NotFoundException("Quote", quoteId));
	}

	public List<StatusChange> audit(long companyId, long quoteId) {
		get(companyId, quoteId);
		return audit.trail(companyId, StatusChange.QUOTE, quoteId);
	}

	@Transactional
	public Quote create(long companyId, String actor, QuoteDetails details) {
		if (details.customerId() == null) {
			throw new InvalidFieldException("customerId", "Choose a customer");
		}
		Customer customer = customer(companyId, details.customerId());
		Quote quote = new Quote(companyId, customer.getId(), currency(companyId), actor, clock.instant());
		edit(quote, details);
		quotes.save(quote);
		audit.record(companyId, StatusChange.QUOTE, quote.getId(), null, QuoteStatus.DRAFT, actor, "created");
		return quote;
	}

	@Transactional
	public Quote update(long companyId, long quoteId, QuoteDetails details) {
		Quote quote = lock(companyId, quoteId);
		if (!quote.getCustomerId().equals(details.customerId())) {
			customer(companyId, details.customerId());
			throw new InvalidFieldException("customerId", "A quote's customer cannot change; make a new quote instead");
		}
		edit(quote, details);
		audit.changed(companyId, StatusChange.QUOTE, quoteId, "UPDATED", null,
				"quote " + quote.label() + " edited: " + quote.getLines().size() + " line(s), total " + quote.getTotal()
						+ " " + quote.getCurrency(),
				Map.of("lines", quote.getLines().size(), "total", quote.getTotal(), "currency", quote.getCurrency()));
		return quote;
	}

	private void edit(Quote quote, QuoteDetails details) {
		if (details.validUntil() == null) {
			throw new InvalidFieldException("validUntil", "Give the date until which the quote is valid");
		}
		if (details.validUntil().isBefore(today(quote.getCompanyId()))) {
			throw new InvalidFieldException("validUntil", "The validity date cannot be in the past");
		}
		quote.edit(details.validUntil(), blankToNull(details.notes()), blankToNull(details.terms()),
				LinePricing.price(details.lines(), quote.getCompanyId(), quote.getCurrency(), catalog, "lines"),
				clock.instant());
	}

	/** Starts the approval process: the rules decide whether a manager must agree before it goes out. */
	@Transactional
	public Quote submit(long companyId, long quoteId, String actor) {
		Quote quote = lock(companyId, quoteId);
		if (quote.getValidUntil().isBefore(today(companyId))) {
			throw new ConflictException("Quote " + quote.label() + " was valid until " + quote.getValidUntil()
					+ "; change the validity date first");
		}
		move(quote, QuoteStatus.PENDING_APPROVAL, actor, "submitted for sending");
		quote.submitted(actor);
		events.publishEvent(new QuoteSubmitted(companyId, quoteId, clock.instant()));
		return quote;
	}

	/** What the approval rules look at. A customer is new until one of their quotes was approved or an invoice issued. */
	public ApprovalFacts approvalFacts(long companyId, long quoteId) {
		Quote quote = get(companyId, quoteId);
		boolean known = quotes.existsByCompanyIdAndCustomerIdAndStatus(companyId, quote.getCustomerId(), QuoteStatus.APPROVED)
				|| invoiceRows.existsByCompanyIdAndCustomerIdAndStatusIn(companyId, quote.getCustomerId(),
						List.of(InvoiceStatus.SENT, InvoiceStatus.PAID));
		return new ApprovalFacts(quote.getTotal(), Totals.maxDiscountPercent(quote.getLines()), !known);
	}

	public record ApprovalFacts(BigDecimal total, BigDecimal maxDiscountPercent, boolean newCustomer) {
	}

	/** A manager refused to let the quote go out: back to draft, with their reason. */
	@Transactional
	public void returnToDraft(long companyId, long quoteId, String reason) {
		Quote quote = lock(companyId, quoteId);
		if (quote.getStatus() == QuoteStatus.PENDING_APPROVAL) {
			move(quote, QuoteStatus.DRAFT, "manager", "not approved for sending" + (reason == null ? "" : ": " + reason));
		}
	}

	/**
	 * Numbers the quote, issues the customer's single-use approval link and queues the e-mail with the
	 * PDF, all in one transaction. Called again for a quote already sent, it changes nothing.
	 * @return the instant the customer's link and the quote expire
	 */
	@Transactional
	public Instant send(long companyId, long quoteId, String reason) {
		Quote quote = lock(companyId, quoteId);
		Instant expiresAt = expiresAt(quote);
		if (quote.getStatus() != QuoteStatus.PENDING_APPROVAL) {
			return expiresAt;
		}
		Customer customer = customers.get(companyId, quote.getCustomerId());
		if (customer.getEmail() == null) {
			throw new ConflictException(customer.getName() + " has no e-mail address; add one and retry the send step");
		}
		move(quote, QuoteStatus.SENT, "quote approval process", reason);
		quote.sent(numbers.next(companyId, "QUO", today(companyId).getYear()), clock.instant());
		var link = links.issue(LINK_PURPOSE, companyId, quoteId, expiresAt, true);
		mails.quoteSent(quote, customer, link.token());
		return expiresAt;
	}

	/** The reminder while the customer has not decided; once per quote. */
	@Transactional
	public void remind(long companyId, long quoteId) {
		Quote quote = get(companyId, quoteId);
		if (quote.getStatus() == QuoteStatus.SENT) {
			mails.quoteReminder(quote, customers.get(companyId, quote.getCustomerId()));
		}
	}

	/** The validity date passed without a decision. Nothing happens to a quote already decided. */
	@Transactional
	public void expire(long companyId, long quoteId) {
		Quote quote = lock(companyId, quoteId);
		if (quote.getStatus() == QuoteStatus.SENT) {
			move(quote, QuoteStatus.EXPIRED, "quote approval process", "valid until " + quote.getValidUntil());
		}
	}

	/** The quote behind a customer's link, without using the link up. */
	public Quote forLink(String token) {
		PublicLink link = links.check(token, LINK_PURPOSE);
		return get(link.companyId(), link.subjectId());
	}

	/** The quote a used, expired or revoked link points at, to show what happened. */
	public Quote forLink(PublicLink link) {
		return get(link.companyId(), link.subjectId());
	}

	/**
	 * The customer's decision through their link. The link is used up in the same transaction, so a
	 * second decision fails; the staff member who sent the quote is told.
	 * @throws InvalidLinkException when the link is tampered with, expired or already used
	 */
	@Transactional
	public Quote decide(String token, boolean approve, String name, String comment) {
		if (approve && (name == null || name.isBlank())) {
			throw new InvalidFieldException("name", "Type your name to approve");
		}
		if (!approve && (comment == null || comment.isBlank())) {
			throw new InvalidFieldException("comment", "Tell us why you reject the quote");
		}
		PublicLink link = links.redeem(token, LINK_PURPOSE);
		Quote quote = lock(link.companyId(), link.subjectId());
		String customerName = approve ? name.trim() : (name == null || name.isBlank() ? "the customer" : name.trim());
		move(quote, approve ? QuoteStatus.APPROVED : QuoteStatus.REJECTED, "customer: " + customerName,
				blankToNull(comment));
		quote.decided(customerName, blankToNull(comment));
		tellSender(quote, approve);
		events.publishEvent(new QuoteDecided(quote.getCompanyId(), quote.getId(), approve));
		if (approve) {
			events.publishEvent(new QuoteApproved(quote.getCompanyId(), quote.getId(), quote.getNumber(),
					quote.getCustomerId(), quote.getTotal(), quote.getCurrency()));
		}
		return quote;
	}

	/** The invoice of an approved quote, created once whatever the number of calls. */
	@Transactional
	public Invoice createInvoice(long companyId, long quoteId) {
		Quote quote = lock(companyId, quoteId);
		if (quote.getInvoiceId() != null) {
			return invoices.get(companyId, quote.getInvoiceId());
		}
		if (quote.getStatus() != QuoteStatus.APPROVED) {
			throw new ConflictException("Quote " + quote.label() + " is " + quote.getStatus() + "; only an approved quote is invoiced");
		}
		Invoice invoice = invoices.createFromQuote(quote);
		quote.invoiced(invoice.getId());
		return invoice;
	}

	/** A new version of a quote the customer rejected or let expire, as a draft. */
	@Transactional
	public Quote revise(long companyId, long quoteId, String actor) {
		Quote quote = get(companyId, quoteId);
		if (quote.getStatus() != QuoteStatus.REJECTED && quote.getStatus() != QuoteStatus.EXPIRED) {
			throw new ConflictException("Quote " + quote.label() + " is " + quote.getStatus()
					+ "; only a rejected or expired quote is revised");
		}
		Quote revision = quotes.save(quote.revise(actor, clock.instant()));
		audit.record(companyId, StatusChange.QUOTE, revision.getId(), null, QuoteStatus.DRAFT, actor,
				"revision " + revision.getRevision() + " of " + quote.label());
		return revision;
	}

	private void tellSender(Quote quote, boolean approved) {
		users.list(quote.getCompanyId()).stream()
			.filter(user -> user.getEmail().equalsIgnoreCase(quote.getSentBy()))
			.filter(UserAccount::isEnabled)
			.findFirst()
			.ifPresent(user -> notifications.notify(quote.getCompanyId(), user.getId(), "quote-decided-" + quote.getId(),
					"Quote " + quote.label() + (approved ? " approved" : " rejected"),
					customers.get(quote.getCompanyId(), quote.getCustomerId()).getName()
							+ (approved ? " approved the quote" : " rejected the quote")
							+ (quote.getDecisionComment() != null ? ": " + quote.getDecisionComment() : "."),
					"/quotes/" + quote.getId()));
	}

	/** The end of the validity date in the company's zone, at most 30 days ahead. */
	private Instant expiresAt(Quote quote) {
		ZoneId zone = companies.get(quote.getCompanyId()).getTimeZone();
		Instant endOfValidity = quote.getValidUntil().plusDays(1).atStartOfDay(zone).toInstant();
		Instant longest = clock.instant().plus(LONGEST_LINK);
		return endOfValidity.isBefore(longest) ? endOfValidity : longest;
	}

	private void move(Quote quote, QuoteStatus next, String actor, String reason) {
		QuoteStatus previous = quote.moveTo(next, clock.instant());
		audit.record(quote.getCompanyId(), StatusChange.QUOTE, quote.getId(), previous, next, actor, reason);
	}

	private Quote lock(long companyId, long quoteId) {
		return quotes.lockByIdAndCompanyId(quoteId, companyId).orElseThrow(() -> new NotFoundException("Quote", quoteId));
	}

	private Customer customer(long companyId, long customerId) {
		try {
			Customer customer = customers.get(companyId, customerId);
			if (customer.isArchived()) {
				throw new InvalidFieldException("customerId", customer.getName() + " is archived");
			}
			return customer;
		}
		catch (NotFoundException unknown) {
			throw new InvalidFieldException("customerId", "There is no customer " + customerId);
		}
	}

	private String currency(long companyId) {
		Company company = companies.get(companyId);
		return company.getCurrency();
	}

	LocalDate today(long companyId) {
		return LocalDate.now(clock.withZone(companies.get(companyId).getTimeZone()));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
