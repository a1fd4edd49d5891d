package io.chancery.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.billing.internal.BillingAudit;
import io.chancery.billing.internal.BillingEvents.CreditNoteApplied;
import io.chancery.billing.internal.CreditNoteRepository;
import io.chancery.billing.internal.InvoiceRepository;
import io.chancery.catalog.CatalogService;
import io.chancery.numbering.DocumentNumbers;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.CompanyService;

/**
 * Credit notes against issued (SENT or PAID) invoices. A credit note lowers the invoice's balance and
 * can never take more than is left to credit (the total less earlier credits); one that settles the
 * balance of a SENT invoice makes it PAID. The invoice row is locked, so two credits at once are
 * checked one after the other.
 */
@Service
@Transactional(readOnly = true)
public class CreditNoteService {

	static final String PREFIX = "CN";

	private final CreditNoteRepository creditNotes;

	private final InvoiceRepository invoices;

	private final CatalogService catalog;

	private final CompanyService companies;

	private final DocumentNumbers numbers;

	private final BillingAudit audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CreditNoteService(CreditNoteRepository creditNotes, InvoiceRepository invoices, CatalogService catalog,
			CompanyService companies, DocumentNumbers numbers, BillingAudit audit, ApplicationEventPublisher events,
			Clock clock) {
		this.creditNotes = creditNotes;
		this.invoices = invoices;
		this.catalog = catalog;
		this.companies = companies;
		this.numbers = numbers;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public List<CreditNote> forInvoice(long companyId, long invoiceId) {
		invoices.findByIdAndCompanyId(invoiceId, companyId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
		return creditNotes.findByCompanyIdAndInvoiceIdOrderByIdAsc(companyId, invoiceId);
	}

	public CreditNote get(long companyId, long creditNoteId) {
		return creditNotes.findByIdAndCompanyId(creditNoteId, companyId)
			.orElseThrow(() -> new NotFoundException("Credit note", creditNoteId));
	}

	/**
	 * @throws InvalidFieldException when neither lines nor an amount are given, or both
	 * @throws ConflictException when the invoice is not issued, or the credit exceeds what is left to credit
	 */
	@Transactional
	public CreditNote issue(long companyId, long invoiceId, CreditNoteInput input, String actor) {
		Invoice invoice = invoices.lockByIdAndCompanyId(invoiceId, companyId)
			.orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
		if (invoice.getStatus() != InvoiceStatus.SENT && invoice.getStatus() != InvoiceStatus.PAID) {
			throw new ConflictException("Invoice " + invoice.label() + " is " + invoice.getStatus()
					+ "; only an issued (SENT or PAID) invoice can be credited");
		}
		List<DocumentLine> lines = lines(companyId, invoice.getCurrency(), input);
		BigDecimal credit = Totals.of(lines).total();
		if (credit.compareTo(invoice.leftToCredit()) > 0) {
			throw new ConflictException("The credit of " + credit + " " + invoice.getCurrency() + " is more than the "
					+ invoice.leftToCredit() + " " + invoice.getCurrency() + " left to credit on invoice "
					+ invoice.label());
		}
		LocalDate today = LocalDate.now(clock.withZone(companies.get(companyId).getTimeZone()));
		CreditNote note = creditNotes.save(new CreditNote(invoice, numbers.next(companyId, PREFIX, today.getYear()),
				today, input.reason().trim(), lines, actor, clock.instant()));
		invoice.credited(credit, clock.instant());
		InvoiceStatus previous = invoice.getStatus();
		if (previous == InvoiceStatus.SENT && invoice.balanceDue().signum() <= 0) {
			invoice.moveTo(InvoiceStatus.PAID, clock.instant());
		}
		audit.record(companyId, StatusChange.INVOICE, invoiceId, previous, invoice.getStatus(), actor,
				"credit note " + note.getNumber() + " of " + credit + " " + invoice.getCurrency() + ": " + note.getReason());
		events.publishEvent(new CreditNoteApplied(companyId, invoiceId, note.getId(), invoice.balanceDue()));
		events.publishEvent(new CreditNoteIssued(companyId, note.getId(), note.getNumber(), invoiceId,
				invoice.getNumber(), invoice.getCustomerId(), today, credit, invoice.getCurrency()));
		return note;
	}

	private List<DocumentLine> lines(long companyId, String currency, CreditNoteInput input) {
		boolean hasLines = input.lines() != null && !input.lines().isEmpty();
		if (hasLines && input.amount() != null) {
			throw new InvalidFieldException("amount", "Give either lines or an amount, not both");
		}
		if (hasLines) {
			return LinePricing.price(input.lines(), companyId, currency, catalog, "lines");
		}
		if (input.amount() == null) {
			throw new InvalidFieldException("amount", "Give the amount to credit (before tax) or the lines");
		}
		LineInput line = LineInput.of(input.reason().trim(), BigDecimal.ONE, input.amount(),
				input.taxRate() == null ? BigDecimal.ZERO : input.taxRate());
		return LinePricing.price(List.of(line), companyId, currency, catalog, "amount");
	}

}
