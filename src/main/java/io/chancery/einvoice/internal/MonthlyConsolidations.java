package io.chancery.einvoice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.chancery.billing.DocumentLine;
import io.chancery.billing.Invoice;
import io.chancery.billing.InvoiceService;
import io.chancery.billing.InvoiceStatus;
import io.chancery.einvoice.B2cSale;
import io.chancery.einvoice.ConsolidatedB2c;
import io.chancery.einvoice.EDocument;
import io.chancery.einvoice.EInvoiceSource;
import io.chancery.tenancy.Company;

/**
 * The monthly consolidated e-invoice (bpmn/einvoice-consolidation.bpmn): invoices issued to buyers
 * without a TIN are set aside when issued; early in the next month each e-invoicing company's pending
 * ones become one consolidation, which goes through the submission process like an invoice. Safe to
 * repeat: a month that has its consolidation gets no second one, and an invoice taken into one
 * consolidation is never taken into another.
 */
@Service
public class MonthlyConsolidations {

	private static final Logger log = LoggerFactory.getLogger(MonthlyConsolidations.class);

	private final B2cInvoiceRepository pending;

	private final ConsolidationRepository consolidationRepository;

	private final SubmittedDocumentRepository documents;

	private final Consolidations consolidations;

	private final EInvoicingCompanies companies;

	private final InvoiceService invoices;

	private final TaxTypes taxTypes;

	private final TransactionTemplate transaction;

	private final Clock clock;

	MonthlyConsolidations(B2cInvoiceRepository pending, ConsolidationRepository consolidationRepository,
			SubmittedDocumentRepository documents, Consolidations consolidations, EInvoicingCompanies companies,
			InvoiceService invoices, TaxTypes taxTypes, PlatformTransactionManager transactions, Clock clock) {
		this.pending = pending;
		this.consolidationRepository = consolidationRepository;
		this.documents = documents;
		this.consolidations = consolidations;
		this.companies = companies;
		this.invoices = invoices;
		this.taxTypes = taxTypes;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** An invoice to a buyer without a TIN, for its month's consolidation (once, however often the event comes). */
	void setAside(long companyId, long invoiceId, LocalDate issueDate) {
		transaction.executeWithoutResult(status -> {
			if (!pending.existsByCompanyIdAndInvoiceId(companyId, invoiceId)) {
				pending.save(new B2cInvoice(companyId, invoiceId, issueDate, clock.instant()));
			}
		});
	}

	/**
	 * Consolidates and submits {@code month} for every e-invoicing company, or, when it is null, each
	 * company's previous month in its own time zone.
	 * @return the ids of the consolidations whose submission was requested by this run
	 */
	public List<Long> run(YearMonth month) {
		List<Long> requested = new ArrayList<>();
		for (Company company : companies.all()) {
			YearMonth period = month != null ? month
					: YearMonth.now(clock.withZone(company.getTimeZone())).minusMonths(1);
			collect(company.getId(), company.getTimeZone(), period).ifPresent(id -> {
				consolidations.submit(company.getId(), id);
				requested.add(id);
			});
		}
		return requested;
	}

	/**
	 * The consolidation of the company's month to submit: a new one of the pending B2C invoices, or the
	 * existing one if its submission never started (the previous run stopped between the two steps).
	 */
	private Optional<Long> collect(long companyId, ZoneId zone, YearMonth month) {
		return transaction.execute(status -> {
			Optional<Consolidation> existing = consolidationRepository.findByCompanyIdAndPeriod(companyId,
					month.toString());
			if (existing.isPresent()) {
				long id = existing.get().id;
				boolean started = documents
					.findByCompanyIdAndSourceTypeAndSourceId(companyId, EInvoiceSource.CONSOLIDATED, id)
					.isPresent();
				return started ? Optional.<Long>empty() : Optional.of(id);
			}
			List<B2cInvoice> due = pending
				.findByCompanyIdAndConsolidationIdIsNullAndIssueDateLessThanEqualOrderByIssueDateAscInvoiceIdAsc(
						companyId, month.atEndOfMonth());
			List<B2cSale> sales = new ArrayList<>();
			List<B2cInvoice> taken = new ArrayList<>();
			for (B2cInvoice candidate : due) {
				Invoice invoice = invoices.get(companyId, candidate.invoiceId);
				if (!EDocument.TAX_CURRENCY.equals(invoice.getCurrency())) {
					log.warn("B2C invoice {} is in {}: consolidated e-invoices are in MYR; it stays pending",
							invoice.getNumber(), invoice.getCurrency());
					continue;
				}
				if (invoice.getStatus() != InvoiceStatus.CANCELLED) {
					sales.addAll(sales(invoice));
				}
				taken.add(candidate);
			}
			if (sales.isEmpty()) {
				return Optional.<Long>empty();
			}
			long id = consolidations.record(companyId, month, sales);
			taken.forEach(invoice -> invoice.consolidationId = id);
			pending.saveAll(taken);
			if (LocalDate.now(clock.withZone(zone)).isAfter(ConsolidatedB2c.deadline(month))) {
				log.warn("The consolidated e-invoice of {} for company {} is submitted after LHDN's deadline of {}",
						month, companyId, ConsolidatedB2c.deadline(month));
			}
			log.info("Consolidated {} B2C invoice(s) of {} for company {} as consolidation {}", taken.size(), month,
					companyId, id);
			return Optional.of(id);
		});
	}

	/** One sale per tax type and rate of the invoice: the consolidated document has a line per sale. */
	private List<B2cSale> sales(Invoice invoice) {
		Map<String, B2cSale> byTax = new LinkedHashMap<>();
		for (DocumentLine line : invoice.getLines()) {
			String taxType = taxTypes.of(invoice.getCompanyId(), line).code();
			B2cSale sale = new B2cSale(invoice.getNumber(), invoice.getIssueDate(), line.getNetAmount(), taxType,
					line.getTaxRate(), line.getTaxAmount());
			byTax.merge(taxType + "/" + line.getTaxRate().stripTrailingZeros(), sale,
					(sum, more) -> new B2cSale(sum.number(), sum.issueDate(), sum.netAmount().add(more.netAmount()),
							sum.taxType(), sum.taxPercent(), sum.taxAmount().add(more.taxAmount())));
		}
		return List.copyOf(byTax.values());
	}

}
