package io.chancery.einvoice.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.chancery.einvoice.B2cSale;
import io.chancery.einvoice.ConsolidatedB2c;
import io.chancery.einvoice.ConsolidationView;
import io.chancery.einvoice.EDocument;
import io.chancery.einvoice.EInvoiceSettingsService;
import io.chancery.einvoice.EInvoiceSource;
import io.chancery.shared.ConflictException;
import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.CompanyService;

/**
 * The consolidated e-invoices' content: a month's B2C sales are recorded (and may be corrected until
 * the document is valid), then submitted through the submission process as source CONSOLIDATED.
 */
@Service
public class Consolidations implements DocumentSource {

	private final ConsolidationRepository consolidations;

	private final EInvoiceSettingsService settings;

	private final CompanyService companies;

	private final EInvoiceMessages messages;

	private final EInvoiceSubmissions submissions;

	private final Clock clock;

	private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();

	Consolidations(ConsolidationRepository consolidations, EInvoiceSettingsService settings, CompanyService companies,
			EInvoiceMessages messages, EInvoiceSubmissions submissions, Clock clock) {
		this.consolidations = consolidations;
		this.settings = settings;
		this.companies = companies;
		this.messages = messages;
		this.submissions = submissions;
		this.clock = clock;
	}

	/** Records (or corrects) the month's B2C sales; returns the consolidation's id. */
	@Transactional
	public long record(long companyId, YearMonth month, List<B2cSale> sales) {
		if (sales.isEmpty()) {
			throw new ConflictException("no B2C sales in " + month + ": nothing to consolidate");
		}
		Consolidation consolidation = consolidations.findByCompanyIdAndPeriod(companyId, month.toString())
			.orElseGet(() -> new Consolidation(companyId, month.toString(), clock.instant()));
		consolidation.sales = write(sales);
		consolidation.updatedAt = clock.instant();
		return consolidations.save(consolidation).id;
	}

	/** Starts the submission of a recorded consolidation (once: a repeated request starts nothing). */
	public void submit(long companyId, long consolidationId) {
		Consolidation consolidation = find(companyId, consolidationId);
		messages.request(companyId, EInvoiceSource.CONSOLIDATED, consolidationId, number(consolidation));
	}

	/** The company's consolidations, newest month first, each with its e-invoice's state (without the sales). */
	@Transactional(readOnly = true)
	public List<ConsolidationView> list(long companyId) {
		return consolidations.findByCompanyIdOrderByPeriodDesc(companyId)
			.stream()
			.map(consolidation -> view(consolidation, false))
			.toList();
	}

	/** @throws NotFoundException when the company has no such consolidation */
	@Transactional(readOnly = true)
	public ConsolidationView get(long companyId, long consolidationId) {
		return view(find(companyId, consolidationId), true);
	}

	private ConsolidationView view(Consolidation consolidation, boolean withSales) {
		List<B2cSale> sales = read(consolidation.sales);
		BigDecimal net = sales.stream().map(B2cSale::netAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal tax = sales.stream().map(B2cSale::taxAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		YearMonth month = YearMonth.parse(consolidation.period);
		return new ConsolidationView(consolidation.id, consolidation.period, number(consolidation), sales.size(), net,
				tax, net.add(tax), ConsolidatedB2c.deadline(month), consolidation.createdAt,
				submissions.find(consolidation.companyId, EInvoiceSource.CONSOLIDATED, consolidation.id).orElse(null),
				withSales ? sales : List.of());
	}

	@Override
	public EInvoiceSource type() {
		return EInvoiceSource.CONSOLIDATED;
	}

	@Override
	@Transactional(readOnly = true)
	public EDocument build(long companyId, long consolidationId, Instant issuedAt) {
		Consolidation consolidation = find(companyId, consolidationId);
		return ConsolidatedB2c.build(number(consolidation),
				settings.find(companyId).orElseThrow().supplier(companies.get(companyId).getName()),
				read(consolidation.sales), issuedAt);
	}

	private static String number(Consolidation consolidation) {
		return "CON-" + consolidation.period;
	}

	private Consolidation find(long companyId, long id) {
		return consolidations.findByCompanyIdAndId(companyId, id)
			.orElseThrow(() -> new NotFoundException("Consolidation", id));
	}

	private byte[] write(List<B2cSale> sales) {
		try {
			return json.writeValueAsBytes(sales);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<B2cSale> read(byte[] sales) {
		try {
			return json.readValue(sales, new TypeReference<List<B2cSale>>() {
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
