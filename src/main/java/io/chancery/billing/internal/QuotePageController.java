package io.chancery.billing.internal;

import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

import io.chancery.billing.Quote;
import io.chancery.billing.QuoteService;
import io.chancery.billing.QuoteStatus;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.tenancy.ChanceryUser;

@Controller
@RequestMapping("/quotes")
class QuotePageController {

	private static final int PAGE_SIZE = 25;

	private final QuoteService quotes;

	private final EditorModel editor;

	QuotePageController(QuoteService quotes, EditorModel editor) {
		this.quotes = quotes;
		this.editor = editor;
	}

	@GetMapping
	String list(@AuthenticationPrincipal ChanceryUser me, @RequestParam(required = false) QuoteStatus status,
			@RequestParam(required = false) Long customerId, @RequestParam(defaultValue = "0") int page, Model model) {
		var request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "createdAt", "id"));
		model.addAttribute("quotes", quotes.search(me.companyId(), status, customerId, request));
		model.addAttribute("statuses", QuoteStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("customerId", customerId);
		editor.customerNames(me.companyId(), model);
		return "quotes/list";
	}

	@GetMapping("/new")
	@PreAuthorize(QuoteApiController.WRITERS)
	String newQuote(@AuthenticationPrincipal ChanceryUser me, @RequestParam Optional<Long> customerId, Model model) {
		DocumentForm form = DocumentForm.empty(editor.today(me.companyId()).plusDays(30));
		customerId.ifPresent(form::setCustomerId);
		model.addAttribute("form", form);
		return editor.fill(me.companyId(), model, "quotes/form");
	}

	@PostMapping("/new")
	@PreAuthorize(QuoteApiController.WRITERS)
	String create(@AuthenticationPrincipal ChanceryUser me, @ModelAttribute("form") DocumentForm form, BindingResult result,
			@RequestParam Optional<String> addLine, @RequestParam Optional<Integer> removeLine, Model model,
			RedirectAttributes redirect) {
		if (EditorModel.changeLines(form, addLine, removeLine) || result.hasErrors()) {
			return editor.fill(me.companyId(), model, "quotes/form");
		}
		try {
			Quote quote = quotes.create(me.companyId(), me.email(), form.toQuote());
			redirect.addFlashAttribute("successMessage", "The draft quote was saved.");
			return "redirect:/quotes/" + quote.getId();
		}
		catch (InvalidFieldException invalid) {
			EditorModel.reject(result, invalid);
			return editor.fill(me.companyId(), model, "quotes/form");
		}
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		Quote quote = quotes.get(me.companyId(), id);
		model.addAttribute("quote", quote);
		model.addAttribute("audit", quotes.audit(me.companyId(), id));
		editor.customerNames(me.companyId(), model);
		return "quotes/detail";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(QuoteApiController.WRITERS)
	String edit(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", DocumentForm.of(quotes.get(me.companyId(), id)));
		model.addAttribute("quoteId", id);
		return editor.fill(me.companyId(), model, "quotes/form");
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(QuoteApiController.WRITERS)
	String update(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @ModelAttribute("form") DocumentForm form,
			BindingResult result, @RequestParam Optional<String> addLine, @RequestParam Optional<Integer> removeLine,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("quoteId", id);
		if (EditorModel.changeLines(form, addLine, removeLine) || result.hasErrors()) {
			return editor.fill(me.companyId(), model, "quotes/form");
		}
		try {
			quotes.update(me.companyId(), id, form.toQuote());
			redirect.addFlashAttribute("successMessage", "Saved.");
			return "redirect:/quotes/" + id;
		}
		catch (InvalidFieldException invalid) {
			EditorModel.reject(result, invalid);
		}
		catch (ConflictException conflict) {
			result.reject("conflict", conflict.getMessage());
		}
		return editor.fill(me.companyId(), model, "quotes/form");
	}

	@PostMapping("/{id}/send")
	@PreAuthorize(QuoteApiController.WRITERS)
	String send(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, RedirectAttributes redirect) {
		try {
			quotes.submit(me.companyId(), id, me.email());
			redirect.addFlashAttribute("successMessage",
					"Submitted: the approval rules decide whether a manager must approve it before it goes to the customer.");
		}
		catch (ConflictException conflict) {
			redirect.addFlashAttribute("errorMessage", conflict.getMessage());
		}
		return "redirect:/quotes/" + id;
	}

	@PostMapping("/{id}/revise")
	@PreAuthorize(QuoteApiController.WRITERS)
	String revise(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, RedirectAttributes redirect) {
		try {
			Quote revision = quotes.revise(me.companyId(), id, me.email());
			redirect.addFlashAttribute("successMessage", "Revision " + revision.getRevision() + " was created as a draft.");
			return "redirect:/quotes/" + revision.getId() + "/edit";
		}
		catch (ConflictException conflict) {
			redirect.addFlashAttribute("errorMessage", conflict.getMessage());
			return "redirect:/quotes/" + id;
		}
	}

}
