package io.chancery.einvoice.internal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.tenancy.ChanceryUser;

/** The TIN validation of a customer (API; the customer page has a button for it, see {@link TinValidationPageController}). */
@RestController
@RequestMapping("/api/v1/customers/{id}/tin-validation")
class TinValidationController {

	static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','STAFF')";

	private final TinValidations validations;

	TinValidationController(TinValidations validations) {
		this.validations = validations;
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	TinValidations.Result validate(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return validations.validate(me.companyId(), id);
	}

	/** The last answer; 204 when the TIN was never validated. */
	@GetMapping
	ResponseEntity<TinValidations.Result> latest(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		TinValidations.Result latest = validations.latest(me.companyId(), id);
		return latest == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(latest);
	}

}
