package io.chancery.einvoice.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import io.chancery.tenancy.ChanceryUser;

/** The consolidated B2C e-invoices page: one row per month, and a month's sales. */
@Controller
@RequestMapping("/einvoice/consolidations")
class ConsolidationPageController {

	private final Consolidations consolidations;

	ConsolidationPageController(Consolidations consolidations) {
		this.consolidations = consolidations;
	}

	@GetMapping
	String list(@AuthenticationPrincipal ChanceryUser me, Model model) {
		model.addAttribute("consolidations", consolidations.list(me.companyId()));
		return "einvoice/consolidations";
	}

	@GetMapping("/{id}")
	String detail(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		model.addAttribute("consolidation", consolidations.get(me.companyId(), id));
		return "einvoice/consolidation";
	}

}
