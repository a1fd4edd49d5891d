package io.chancery.purchasing.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.purchasing.PurchasingReport;
import io.chancery.purchasing.PurchasingReport.SupplierPerformance;
import io.chancery.tenancy.ChanceryUser;

@RestController
class PurchasingReportApiController {

	static final String READERS = "hasAnyRole('ADMIN','MANAGER','ANALYST')";

	private final PurchasingReport report;

	PurchasingReportApiController(PurchasingReport report) {
		this.report = report;
	}

	/** Optional {@code from} and {@code to} (ISO dates, both included) pick orders by their expected delivery date. */
	@GetMapping("/api/v1/reports/purchasing")
	@PreAuthorize(READERS)
	List<SupplierPerformance> perSupplier(@AuthenticationPrincipal ChanceryUser me,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
		return report.perSupplier(me.companyId(), from, to);
	}

}
