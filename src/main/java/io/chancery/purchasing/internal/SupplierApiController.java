package io.chancery.purchasing.internal;

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
import org.springframework.web.bind.annotation.RestController;

import io.chancery.purchasing.SupplierDetails;
import io.chancery.purchasing.SupplierService;
import io.chancery.purchasing.internal.PurchasingViews.SupplierView;
import io.chancery.tenancy.ChanceryUser;

/** Everyone reads; staff, managers and admins also write. */
@RestController
@RequestMapping("/api/v1/suppliers")
class SupplierApiController {

	static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','STAFF')";

	private final SupplierService suppliers;

	SupplierApiController(SupplierService suppliers) {
		this.suppliers = suppliers;
	}

	@GetMapping
	List<SupplierView> list(@AuthenticationPrincipal ChanceryUser me) {
		return suppliers.all(me.companyId()).stream().map(SupplierView::of).toList();
	}

	@GetMapping("/{id}")
	SupplierView get(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return SupplierView.of(suppliers.get(me.companyId(), id));
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	ResponseEntity<SupplierView> create(@AuthenticationPrincipal ChanceryUser me, @Valid @RequestBody SupplierDetails details) {
		var supplier = suppliers.create(me.companyId(), details);
		return ResponseEntity.created(URI.create("/api/v1/suppliers/" + supplier.getId())).body(SupplierView.of(supplier));
	}

	@PutMapping("/{id}")
	@PreAuthorize(WRITERS)
	SupplierView update(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestBody SupplierDetails details) {
		return SupplierView.of(suppliers.update(me.companyId(), id, details));
	}

}
