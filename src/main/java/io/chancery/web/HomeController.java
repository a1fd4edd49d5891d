package io.chancery.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.CompanyService;

@Controller
class HomeController {

	private final CompanyService companies;

	HomeController(CompanyService companies) {
		this.companies = companies;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal ChanceryUser me, Model model) {
		model.addAttribute("me", me);
		model.addAttribute("company", companies.get(me.companyId()));
		return "home";
	}

}
