package io.chancery.catalog.internal;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.chancery.catalog.CatalogService;
import io.chancery.catalog.ServiceDetails;
import io.chancery.catalog.ServiceItem;
import io.chancery.shared.InvalidFieldException;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.CompanyService;

@Controller
@RequestMapping("/services")
class CatalogPageController {

	private final CatalogService catalog;

	private final CompanyService companies;

	CatalogPageController(CatalogService catalog, CompanyService companies) {
		this.catalog = catalog;
		this.companies = companies;
	}

	@GetMapping
	String list(@AuthenticationPrincipal ChanceryUser me, @RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(defaultValue = "false") boolean inactive, Model model) {
		model.addAttribute("services", catalog.search(me.companyId(), query, inactive));
		model.addAttribute("taxRates", catalog.taxRates(me.companyId()));
		model.addAttribute("currency", companies.get(me.companyId()).getCurrency());
		model.addAttribute("q", query);
		model.addAttribute("inactive", inactive);
		return "services/list";
	}

	@GetMapping("/new")
	@PreAuthorize(CatalogApiController.EDITORS)
	String newService(@AuthenticationPrincipal ChanceryUser me, Model model) {
		ServiceDetails form = new ServiceDetails();
		form.setUnit("unit");
		model.addAttribute("form", form);
		return form(me, model);
	}

	@PostMapping("/new")
	@PreAuthorize(CatalogApiController.EDITORS)
	String create(@AuthenticationPrincipal ChanceryUser me, @Valid @ModelAttribute("form") ServiceDetails form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				ServiceItem service = catalog.create(me.companyId(), form);
				redirect.addFlashAttribute("successMessage", service.getName() + " was added.");
				return "redirect:/services";
			}
			catch (InvalidFieldException invalid) {
				result.rejectValue(invalid.field(), "invalid", invalid.getMessage());
			}
		}
		return form(me, model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(CatalogApiController.EDITORS)
	String edit(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", ServiceDetails.of(catalog.get(me.companyId(), id)));
		model.addAttribute("serviceId", id);
		return form(me, model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(CatalogApiController.EDITORS)
	String update(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @ModelAttribute("form") ServiceDetails form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				catalog.update(me.companyId(), id, form);
				redirect.addFlashAttribute("successMessage", "Saved.");
				return "redirect:/services";
			}
			catch (InvalidFieldException invalid) {
				result.rejectValue(invalid.field(), "invalid", invalid.getMessage());
			}
		}
		model.addAttribute("serviceId", id);
		return form(me, model);
	}

	private String form(ChanceryUser me, Model model) {
		model.addAttribute("taxRates", catalog.taxRates(me.companyId()));
		model.addAttribute("currency", companies.get(me.companyId()).getCurrency());
		return "services/form";
	}

}
