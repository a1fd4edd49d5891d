package io.chancery.reporting.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.chancery.shared.InvalidFieldException;
import io.chancery.tenancy.ChanceryUser;

/** The Exports page: download a list now, or run it in the background and collect the file later. */
@Controller
@PreAuthorize(Readers.COMPANY)
class ExportPageController {

	private final ListExports lists;

	private final ExportJobs jobs;

	ExportPageController(ListExports lists, ExportJobs jobs) {
		this.lists = lists;
		this.jobs = jobs;
	}

	@GetMapping("/exports")
	String page(@AuthenticationPrincipal ChanceryUser me, Model model) {
		model.addAttribute("lists", lists.readableBy(me));
		model.addAttribute("jobs", jobs.of(me).stream().map(ExportApiController.JobView::of).toList());
		return "reports/exports";
	}

	@PostMapping("/exports")
	String start(@AuthenticationPrincipal ChanceryUser me, @RequestParam String list,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			RedirectAttributes redirect) {
		try {
			jobs.start(me, list, new DateRange(from, to));
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("rangeError", "“To” must not be before “from”.");
		}
		return "redirect:/exports";
	}

	@PostMapping("/exports/{id}/retry")
	String retry(@AuthenticationPrincipal ChanceryUser me, @PathVariable UUID id) {
		jobs.retry(me, id);
		return "redirect:/exports";
	}

}
