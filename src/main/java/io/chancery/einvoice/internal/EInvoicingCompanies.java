package io.chancery.einvoice.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import io.chancery.einvoice.EInvoiceSettings;
import io.chancery.einvoice.EInvoiceSettingsService;
import io.chancery.tenancy.Company;
import io.chancery.tenancy.CompanyService;

/** The companies whose sales go to MyInvois: Malaysian, with complete e-invoice settings. */
@Component
class EInvoicingCompanies {

	private final CompanyService companies;

	private final EInvoiceSettingsService settings;

	EInvoicingCompanies(CompanyService companies, EInvoiceSettingsService settings) {
		this.companies = companies;
		this.settings = settings;
	}

	boolean isMalaysian(long companyId) {
		return isMalaysian(companies.get(companyId));
	}

	boolean hasCompleteSettings(long companyId) {
		return settings.find(companyId).map(EInvoiceSettings::complete).orElse(false);
	}

	List<Company> all() {
		return companies.all()
			.stream()
			.filter(company -> isMalaysian(company) && hasCompleteSettings(company.getId()))
			.toList();
	}

	private static boolean isMalaysian(Company company) {
		return "MY".equals(company.getCountry());
	}

}
