package io.chancery.billing.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import io.chancery.catalog.CatalogService;
import io.chancery.customers.Customer;
import io.chancery.customers.CustomerService;
import io.chancery.shared.InvalidFieldException;
import io.chancery.tenancy.CompanyService;

/** What the quote and invoice pages need besides the document: customers, services, tax rates. */
@Component
class EditorModel {

	private final CustomerService customers;

	private final CatalogService catalog;

	private final CompanyService companies;

	private final Clock clock;

	EditorModel(CustomerService customers, CatalogService catalog, CompanyService companies, Clock clock) {
		this.customers = customers;
		this.catalog = catalog;
		this.companies = companies;
		this.clock = clock;
	}

	String fill(long companyId, Model model, String view) {
		customerNames(companyId, model);
		model.addAttribute("services", catalog.search(companyId, "", false));
		model.addAttribute("taxRates", catalog.taxRates(companyId));
		model.addAttribute("currency", companies.get(companyId).getCurrency());
		return view;
	}

	void customerNames(long companyId, Model model) {
		Map<Long, String> names = customers.search(companyId, "", true, PageRequest.of(0, 1000, Sort.by("name")))
			.stream()
			.collect(Collectors.toMap(Customer::getId, Customer::getName, (a, b) -> a, java.util.LinkedHashMap::new));
		model.addAttribute("customerNames", names);
	}

	LocalDate today(long companyId) {
		return LocalDate.now(clock.withZone(companies.get(companyId).getTimeZone()));
	}

	/** @return whether the request only added or removed a line (the form is shown again) */
	static boolean changeLines(DocumentForm form, Optional<String> addLine, Optional<Integer> removeLine) {
		if (addLine.isPresent()) {
			form.addLine();
			return true;
		}
		if (removeLine.isPresent()) {
			form.removeLine(removeLine.get());
			return true;
		}
		return false;
	}

	/** Field errors next to the field; errors about the document as a whole at the top. */
	static void reject(BindingResult result, InvalidFieldException invalid) {
		try {
			result.rejectValue(invalid.field(), "invalid", invalid.getMessage());
		}
		catch (RuntimeException notAField) {
			result.reject("invalid", invalid.getMessage());
		}
	}

}
