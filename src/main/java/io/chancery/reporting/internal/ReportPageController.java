package io.chancery.reporting.internal;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.chancery.shared.InvalidFieldException;
import io.chancery.tenancy.ChanceryUser;

@Controller
@PreAuthorize(Readers.ANYONE)
class ReportPageController {

	private final Reports reports;

	private final ObjectMapper json;

	ReportPageController(Reports reports, ObjectMapper json) {
		this.reports = reports;
		this.json = json;
	}

	@GetMapping("/reports")
	String index(@AuthenticationPrincipal ChanceryUser me, Model model) {
		model.addAttribute("reports", reports.available(me));
		return "reports/index";
	}

	/** A range with "to" before "from" shows the message and the default range rather than failing. */
	@GetMapping("/reports/{name}")
	String dashboard(@AuthenticationPrincipal ChanceryUser me, @PathVariable String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		ReportResult result;
		try {
			result = reports.run(me, name, new DateRange(from, to));
		}
		catch (InvalidFieldException e) {
			model.addAttribute("rangeError", "“To” must not be before “from”.");
			result = reports.run(me, name, new DateRange(null, null));
		}
		model.addAttribute("reports", reports.available(me));
		model.addAttribute("report", ReportView.of(result, json));
		return "reports/dashboard";
	}

}
