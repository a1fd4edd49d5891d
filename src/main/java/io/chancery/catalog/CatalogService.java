package io.chancery.catalog;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.catalog.internal.ServiceItemRepository;
import io.chancery.catalog.internal.TaxRateRepository;
import io.chancery.shared.Amounts;
import io.chancery.shared.InvalidFieldException;
import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.CompanyCreated;
import io.chancery.tenancy.CompanyService;

/**
 * A company's service catalogue and tax rates. Services are never deleted (quotes and invoices
 * point at them); they are deactivated, and inactive services are not offered on new lines.
 */
@Service
@Transactional(readOnly = true)
public class CatalogService {

	/** Tax rates a new company starts with, by country: UAE VAT; Malaysian service and sales tax (SST). */
	private static final Map<String, List<Default>> DEFAULT_RATES = Map.of(
			"AE", List.of(new Default("VAT5", "VAT 5 %", "5", true, null), new Default("ZERO", "Zero-rated", "0", false, null)),
			"MY", List.of(new Default("SST6", "Service tax 6 %", "6", true, "02"),
					new Default("SST8", "Service tax 8 %", "8", false, "02"),
					new Default("SALES10", "Sales tax 10 %", "10", false, "01"),
					new Default("EXEMPT", "Exempt", "0", false, "E")));

	private static final List<Default> FALLBACK_RATES = List.of(new Default("ZERO", "No tax", "0", true, null));

	private final ServiceItemRepository services;

	private final TaxRateRepository taxRates;

	private final CompanyService companies;

	private final Clock clock;

	CatalogService(ServiceItemRepository services, TaxRateRepository taxRates, CompanyService companies, Clock clock) {
		this.services = services;
		this.taxRates = taxRates;
		this.companies = companies;
		this.clock = clock;
	}

	public List<ServiceItem> search(long companyId, String query, boolean includeInactive) {
		String normalized = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
		return services.search(companyId, normalized, includeInactive);
	}

	public ServiceItem get(long companyId, long serviceId) {
		return services.findByIdAndCompanyId(serviceId, companyId)
			.orElseThrow(() -> new NotFoundException("Service", serviceId));
	}

	@Transactional
	public ServiceItem create(long companyId, ServiceDetails details) {
		String code = details.getCode().trim().toUpperCase(Locale.ROOT);
		if (services.existsByCompanyIdAndCode(companyId, code)) {
			throw new InvalidFieldException("code", "Another service already has the code " + code);
		}
		ServiceItem service = new ServiceItem(companyId, clock.instant());
		service.update(details, price(companyId, details), clock.instant());
		return services.save(service);
	}

	@Transactional
	public ServiceItem update(long companyId, long serviceId, ServiceDetails details) {
		ServiceItem service = get(companyId, serviceId);
		String code = details.getCode().trim().toUpperCase(Locale.ROOT);
		if (!code.equals(service.getCode()) && services.existsByCompanyIdAndCode(companyId, code)) {
			throw new InvalidFieldException("code", "Another service already has the code " + code);
		}
		service.update(details, price(companyId, details), clock.instant());
		return service;
	}

	public List<TaxRate> taxRates(long companyId) {
		return taxRates.findByCompanyIdOrderByRateDesc(companyId);
	}

	public TaxRate taxRate(long companyId, String code) {
		return taxRates.findByCompanyIdAndCode(companyId, code)
			.orElseThrow(() -> new InvalidFieldException("taxCode", "There is no tax rate " + code));
	}

	/** The rate new lines get when nobody chose one. */
	public BigDecimal defaultTaxRate(long companyId) {
		return taxRates(companyId).stream().filter(TaxRate::isDefault).map(TaxRate::getRate).findFirst()
			.orElse(BigDecimal.ZERO);
	}

	/** Adds the country's shipped tax rates a company lacks; safe to call any number of times. */
	@Transactional
	public void ensureDefaultTaxRates(long companyId) {
		String country = companies.get(companyId).getCountry();
		for (Default rate : DEFAULT_RATES.getOrDefault(country, FALLBACK_RATES)) {
			taxRates.insertIfAbsent(companyId, rate.code(), rate.name(), new BigDecimal(rate.rate()), rate.isDefault(),
					rate.einvoiceTaxType());
		}
	}

	@ApplicationModuleListener
	void on(CompanyCreated created) {
		ensureDefaultTaxRates(created.companyId());
	}

	/** Checks the tax code exists and that the price fits the currency's minor units (no 10.005 AED). */
	private BigDecimal price(long companyId, ServiceDetails details) {
		taxRate(companyId, details.getTaxCode().trim().toUpperCase(Locale.ROOT));
		String currency = companies.get(companyId).getCurrency();
		BigDecimal price = details.getUnitPrice();
		if (price.compareTo(Amounts.round(price, currency)) != 0) {
			throw new InvalidFieldException("unitPrice",
					"A price in " + currency + " has at most " + Amounts.minorUnits(currency) + " decimals");
		}
		return Amounts.round(price, currency);
	}

	/** @param einvoiceTaxType the MyInvois tax type code (Malaysia only) */
	private record Default(String code, String name, String rate, boolean isDefault, String einvoiceTaxType) {
	}

}
