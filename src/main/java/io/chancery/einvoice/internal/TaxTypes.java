package io.chancery.einvoice.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.chancery.billing.DocumentLine;
import io.chancery.catalog.CatalogService;
import io.chancery.catalog.ServiceItem;
import io.chancery.catalog.TaxRate;
import io.chancery.shared.NotFoundException;

/**
 * The MyInvois tax type of a billing line, from the company's catalog: the tax rate of the line's
 * service when the line still has that rate, otherwise the one catalog rate of the line's percentage.
 * An untaxed line without such a rate is "not applicable" (06). When no catalog rate tells (or two
 * tell differently) the type stays empty, and the checks before submission name the line's field
 * instead of reporting sales tax as service tax.
 */
@Component
class TaxTypes {

	static final String NOT_APPLICABLE = "06";

	static final String EXEMPT = "E";

	/** @param exemptionReason the catalog rate's name, for exempt lines (MyInvois requires one) */
	record TaxType(String code, String exemptionReason) {
	}

	private final CatalogService catalog;

	TaxTypes(CatalogService catalog) {
		this.catalog = catalog;
	}

	TaxType of(long companyId, DocumentLine line) {
		List<TaxRate> rates = catalog.taxRates(companyId);
		Optional<TaxRate> ofService = serviceTaxCode(companyId, line)
			.flatMap(code -> rates.stream().filter(rate -> rate.getCode().equals(code)).findFirst())
			.filter(rate -> rate.getRate().compareTo(line.getTaxRate()) == 0 && rate.getEinvoiceTaxType() != null);
		if (ofService.isPresent()) {
			return type(ofService.get());
		}
		if (line.getTaxRate().signum() == 0) {
			return new TaxType(NOT_APPLICABLE, null);
		}
		List<TaxRate> sameRate = rates.stream()
			.filter(rate -> rate.getRate().compareTo(line.getTaxRate()) == 0 && rate.getEinvoiceTaxType() != null)
			.toList();
		boolean oneType = sameRate.stream().map(TaxRate::getEinvoiceTaxType).distinct().count() == 1;
		return oneType ? type(sameRate.getFirst()) : new TaxType(null, null);
	}

	private Optional<String> serviceTaxCode(long companyId, DocumentLine line) {
		if (line.getServiceId() == null) {
			return Optional.empty();
		}
		try {
			return Optional.ofNullable(catalog.get(companyId, line.getServiceId())).map(ServiceItem::getTaxCode);
		}
		catch (NotFoundException removed) {
			return Optional.empty(); // the service left the catalogue: the rate decides
		}
	}

	private static TaxType type(TaxRate rate) {
		return new TaxType(rate.getEinvoiceTaxType(), EXEMPT.equals(rate.getEinvoiceTaxType()) ? rate.getName() : null);
	}

}
