package io.chancery.billing.internal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import io.chancery.billing.Quote;
import io.chancery.billing.QuoteService;
import io.chancery.customers.CustomerService;
import io.chancery.links.InvalidLinkException;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.tenancy.CompanyService;

/**
 * The customer's approval page behind the single-use link in the quote e-mail: terms and totals
 * first, then Approve (typed name) or Reject (reason). Nobody logs in; the link is the permission.
 * Once used, the link shows the decision; a tampered or expired link shows what is wrong and changes nothing.
 */
@Controller
@RequestMapping("/q/{token}")
class QuoteLinkController {

	private final QuoteService quotes;

	private final CustomerService customers;

	private final CompanyService companies;

	QuoteLinkController(QuoteService quotes, CustomerService customers, CompanyService companies) {
		this.quotes = quotes;
		this.customers = customers;
		this.companies = companies;
	}

	@GetMapping
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			return page(token, quotes.forLink(token), model);
		}
		catch (InvalidLinkException invalid) {
			return invalid(invalid, model, response);
		}
	}

	@PostMapping("/approve")
	String approve(@PathVariable String token, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String comment, Model model, HttpServletResponse response) {
		return decide(token, true, name, comment, model, response);
	}

	@PostMapping("/reject")
	String reject(@PathVariable String token, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
		return decide(token, false, name, reason, model, response);
	}

	private String decide(String token, boolean approve, String name, String comment, Model model,
			HttpServletResponse response) {
		try {
			quotes.decide(token, approve, name, comment);
			return "redirect:/q/" + token;
		}
		catch (InvalidLinkException invalid) {
			return invalid(invalid, model, response);
		}
		catch (InvalidFieldException | ConflictException refused) {
			response.setStatus(refused instanceof InvalidFieldException ? HttpStatus.BAD_REQUEST.value() : HttpStatus.CONFLICT.value());
			model.addAttribute("error", refused.getMessage());
			model.addAttribute("name", name);
			model.addAttribute(approve ? "comment" : "reason", comment);
			try {
				return page(token, quotes.forLink(token), model);
			}
			catch (InvalidLinkException invalid) {
				return invalid(invalid, model, response);
			}
		}
	}

	private String page(String token, Quote quote, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("quote", quote);
		model.addAttribute("customer", customers.get(quote.getCompanyId(), quote.getCustomerId()));
		model.addAttribute("company", companies.get(quote.getCompanyId()));
		return "public/quote";
	}

	/** A used link shows the decision taken; anything else says what is wrong with the link. */
	private String invalid(InvalidLinkException invalid, Model model, HttpServletResponse response) {
		model.addAttribute("problem", invalid.reason().message());
		model.addAttribute("reason", invalid.reason().name());
		if (invalid.link() != null && invalid.link().purpose().equals(QuoteService.LINK_PURPOSE)) {
			Quote quote = quotes.forLink(invalid.link());
			model.addAttribute("quote", quote);
			model.addAttribute("company", companies.get(quote.getCompanyId()));
		}
		response.setStatus(invalid.reason() == InvalidLinkException.Reason.USED ? HttpStatus.OK.value() : HttpStatus.GONE.value());
		return "public/quote-link";
	}

}
