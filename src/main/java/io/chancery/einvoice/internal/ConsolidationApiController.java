package io.chancery.einvoice.internal;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.einvoice.ConsolidationView;
import io.chancery.tenancy.ChanceryUser;

/** The company's monthly consolidated B2C e-invoices and their state at MyInvois. */
@RestController
@RequestMapping("/api/v1/einvoice/consolidations")
class ConsolidationApiController {

	private final Consolidations consolidations;

	ConsolidationApiController(Consolidations consolidations) {
		this.consolidations = consolidations;
	}

	@GetMapping
	List<ConsolidationView> list(@AuthenticationPrincipal ChanceryUser me) {
		return consolidations.list(me.companyId());
	}

	/** With the sales it reports, one per invoice and tax rate. */
	@GetMapping("/{id}")
	ConsolidationView get(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return consolidations.get(me.companyId(), id);
	}

}
