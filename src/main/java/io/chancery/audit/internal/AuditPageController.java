package io.chancery.audit.internal;

import java.time.LocalDate;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.chancery.shared.InvalidFieldException;
import io.chancery.tenancy.ChanceryUser;

/** The Audit log page: filters, newest first, paged, and a link to the Excel export of the date range. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPageController {

	private static final int PAGE_SIZE = 50;

	private final AuditLog log;

	AuditPageController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String page(@AuthenticationPrincipal ChanceryUser me,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String action, @RequestParam(defaultValue = "0") int page, Model model) {
		AuditFilter filter;
		try {
			filter = new AuditFilter(from, to, actor, entityType, action);
		}
		catch (InvalidFieldException wrongRange) {
			model.addAttribute("rangeError", wrongRange.getMessage());
			filter = new AuditFilter(null, null, actor, entityType, action);
		}
		var request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, AuditApiController.NEWEST_FIRST);
		model.addAttribute("entries", log.search(me.companyId(), filter, request));
		model.addAttribute("filter", filter);
		model.addAttribute("entityTypes", log.entityTypes(me.companyId()));
		model.addAttribute("actions", log.actions(me.companyId()));
		model.addAttribute("zone", log.zone(me.companyId()));
		return "admin/audit";
	}

}
