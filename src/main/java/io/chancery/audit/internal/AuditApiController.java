package io.chancery.audit.internal;

import java.time.LocalDate;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.shared.PageView;
import io.chancery.tenancy.ChanceryUser;

/** The company's audit log for admins, newest first. The Excel export is {@code /api/v1/exports/audit.xlsx}. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditApiController {

	static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "at", "id");

	private final AuditLog log;

	AuditApiController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/api/v1/audit")
	PageView<AuditEntryView> search(@AuthenticationPrincipal ChanceryUser me,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String action, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		var request = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200), NEWEST_FIRST);
		return PageView.of(log.search(me.companyId(), new AuditFilter(from, to, actor, entityType, action), request),
				AuditEntryView::of);
	}

}
