package io.chancery.billing.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.billing.internal.BillingSettings.CompanySettings;
import io.chancery.customers.CustomerService;
import io.chancery.tenancy.ChanceryUser;

/** Payment terms (company default and per customer), bank details and tax number printed on invoices. */
@RestController
@RequestMapping("/api/v1")
class BillingSettingsApiController {

	private final BillingSettings settings;

	private final CustomerService customers;

	BillingSettingsApiController(BillingSettings settings, CustomerService customers) {
		this.settings = settings;
		this.customers = customers;
	}

	@GetMapping("/billing/settings")
	CompanySettings get(@AuthenticationPrincipal ChanceryUser me) {
		return settings.company(me.companyId());
	}

	@PutMapping("/billing/settings")
	@PreAuthorize("hasRole('ADMIN')")
	CompanySettings change(@AuthenticationPrincipal ChanceryUser me, @Valid @RequestBody SettingsBody body) {
		return settings.changeCompany(me.companyId(),
				new CompanySettings(body.paymentTermsDays(), blankToNull(body.bankDetails()), blankToNull(body.taxNumber())));
	}

	/** {@code {"days": 14}}; {@code {"days": null}} goes back to the company's terms. */
	@PutMapping("/customers/{customerId}/payment-terms")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	ResponseEntity<Terms> customerTerms(@AuthenticationPrincipal ChanceryUser me, @PathVariable long customerId,
			@Valid @RequestBody Terms terms) {
		customers.get(me.companyId(), customerId);
		settings.changeCustomerTerms(me.companyId(), customerId, terms.days());
		return ResponseEntity.ok(new Terms(settings.paymentTermsDays(me.companyId(), customerId)));
	}

	record SettingsBody(@NotNull @Min(0) @Max(365) Integer paymentTermsDays, @Size(max = 1000) String bankDetails,
			@Size(max = 50) String taxNumber) {
	}

	record Terms(@Min(0) @Max(365) Integer days) {
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
