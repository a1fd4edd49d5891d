package io.chancery.einvoice.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.chancery.einvoice.CodeTable;
import io.chancery.einvoice.CodeTables;
import io.chancery.einvoice.EInvoiceSettingsService;
import io.chancery.einvoice.MyInvoisEnvironment;
import io.chancery.einvoice.SettingsDetails;
import io.chancery.shared.InvalidFieldException;
import io.chancery.shared.InvalidValuesException;
import io.chancery.tenancy.ChanceryUser;

/** The e-invoice settings page (under /admin/**, so ADMIN only). */
@Controller
@RequestMapping("/admin/einvoice")
class SettingsPageController {

	private final EInvoiceSettingsService settings;

	private final Clock clock;

	SettingsPageController(EInvoiceSettingsService settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping
	String show(@AuthenticationPrincipal ChanceryUser me, Model model) {
		model.addAttribute("form", settings.details(me.companyId()));
		return page(me, model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal ChanceryUser me, @Valid @ModelAttribute("form") SettingsDetails form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				settings.update(me.companyId(), form);
				redirect.addFlashAttribute("successMessage", "E-invoice settings saved.");
				return "redirect:/admin/einvoice";
			}
			catch (InvalidValuesException invalid) {
				invalid.errors().forEach((field, message) -> result.rejectValue(field, "invalid", message));
			}
		}
		return page(me, model);
	}

	@PostMapping("/certificate")
	String certificate(@AuthenticationPrincipal ChanceryUser me, @RequestParam MultipartFile file,
			@RequestParam(defaultValue = "") String password, Model model, RedirectAttributes redirect)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			settings.changeCertificate(me.companyId(), in.readNBytes(EInvoiceSettingsService.MAX_CERTIFICATE_BYTES + 1),
					password);
			redirect.addFlashAttribute("successMessage", "Signing certificate saved.");
			return "redirect:/admin/einvoice";
		}
		catch (InvalidFieldException refused) {
			model.addAttribute("certificateError", refused.getMessage());
			model.addAttribute("form", settings.details(me.companyId()));
			return page(me, model);
		}
	}

	private String page(ChanceryUser me, Model model) {
		model.addAttribute("settings",
				settings.find(me.companyId()).map(found -> SettingsView.of(found, clock)).orElseGet(SettingsView::empty));
		model.addAttribute("environments", MyInvoisEnvironment.values());
		model.addAttribute("states", CodeTables.entries(CodeTable.STATE));
		return "einvoice/settings";
	}

}
