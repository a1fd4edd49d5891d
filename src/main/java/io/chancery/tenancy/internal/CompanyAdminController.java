package io.chancery.tenancy.internal;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.chancery.storage.FileTooLargeException;
import io.chancery.storage.UnsupportedFileTypeException;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.CompanyService;

/** The company's settings (read-only for now) and its logo (guarded by /admin/** = ADMIN). */
@Controller
@RequestMapping("/admin/company")
class CompanyAdminController {

	private final CompanyService companies;

	CompanyAdminController(CompanyService companies) {
		this.companies = companies;
	}

	@GetMapping
	String show(@AuthenticationPrincipal ChanceryUser me, Model model) {
		model.addAttribute("company", companies.get(me.companyId()));
		return "admin/company";
	}

	@PostMapping("/logo")
	String changeLogo(@AuthenticationPrincipal ChanceryUser me, @RequestParam MultipartFile logo, Model model,
			RedirectAttributes redirect) throws IOException {
		try (InputStream content = logo.getInputStream()) {
			companies.changeLogo(me.companyId(), content, logo.getSize());
			redirect.addFlashAttribute("successMessage", "Logo saved.");
			return "redirect:/admin/company";
		}
		catch (FileTooLargeException | UnsupportedFileTypeException | IllegalArgumentException rejected) {
			model.addAttribute("errorMessage", rejected.getMessage());
			return show(me, model);
		}
	}

}
