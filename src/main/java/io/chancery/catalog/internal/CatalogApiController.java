package io.chancery.catalog.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.catalog.CatalogService;
import io.chancery.catalog.ServiceDetails;
import io.chancery.catalog.ServiceItem;
import io.chancery.catalog.TaxRate;
import io.chancery.tenancy.ChanceryUser;

/** Everyone reads the catalogue; managers and admins change it. */
@RestController
@RequestMapping("/api/v1")
class CatalogApiController {

	static final String EDITORS = "hasAnyRole('ADMIN','MANAGER')";

	private final CatalogService catalog;

	CatalogApiController(CatalogService catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/services")
	List<ServiceView> services(@AuthenticationPrincipal ChanceryUser me,
			@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(defaultValue = "false") boolean includeInactive) {
		return catalog.search(me.companyId(), query, includeInactive).stream().map(ServiceView::of).toList();
	}

	@GetMapping("/services/{id}")
	ServiceView service(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return ServiceView.of(catalog.get(me.companyId(), id));
	}

	@PostMapping("/services")
	@PreAuthorize(EDITORS)
	ResponseEntity<ServiceView> create(@AuthenticationPrincipal ChanceryUser me, @Valid @RequestBody ServiceDetails details) {
		ServiceItem service = catalog.create(me.companyId(), details);
		return ResponseEntity.created(URI.create("/api/v1/services/" + service.getId())).body(ServiceView.of(service));
	}

	@PutMapping("/services/{id}")
	@PreAuthorize(EDITORS)
	ServiceView update(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestBody ServiceDetails details) {
		return ServiceView.of(catalog.update(me.companyId(), id, details));
	}

	@GetMapping("/tax-rates")
	List<TaxRateView> taxRates(@AuthenticationPrincipal ChanceryUser me) {
		return catalog.taxRates(me.companyId()).stream().map(TaxRateView::of).toList();
	}

	record ServiceView(long id, String code, String name, String description, String unit, BigDecimal unitPrice,
			String taxCode, boolean active) {

		static ServiceView of(ServiceItem s) {
			return new ServiceView(s.getId(), s.getCode(), s.getName(), s.getDescription(), s.getUnit(), s.getUnitPrice(),
					s.getTaxCode(), s.isActive());
		}

	}

	record TaxRateView(String code, String name, BigDecimal rate, boolean isDefault, String einvoiceTaxType) {

		static TaxRateView of(TaxRate t) {
			return new TaxRateView(t.getCode(), t.getName(), t.getRate(), t.isDefault(), t.getEinvoiceTaxType());
		}

	}

}
