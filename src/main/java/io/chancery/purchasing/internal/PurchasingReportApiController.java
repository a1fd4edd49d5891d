package io.chancery.purchasing.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
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

	@GetMapping("/api/v1/reports/purchasing")
	@PreAuthorize(READERS)
	List<SupplierPerformance> perSupplier(@AuthenticationPrincipal ChanceryUser me) {
		return report.perSupplier(me.companyId());
	}

}
