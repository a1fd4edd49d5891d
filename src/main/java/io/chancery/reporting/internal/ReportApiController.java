package io.chancery.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.tenancy.ChanceryUser;

import jakarta.servlet.http.HttpServletResponse;

/** Reports as JSON and as Excel. {@code from}/{@code to} are the company's days, both included. */
@RestController
@PreAuthorize(Readers.ANYONE)
class ReportApiController {

	private final Reports reports;

	ReportApiController(Reports reports) {
		this.reports = reports;
	}

	record ReportSummary(String name, String title) {
	}

	@GetMapping("/api/v1/reports")
	List<ReportSummary> list(@AuthenticationPrincipal ChanceryUser me) {
		return reports.available(me).stream().map(r -> new ReportSummary(r.name(), r.title())).toList();
	}

	@GetMapping("/api/v1/reports/{name}")
	ReportResult report(@AuthenticationPrincipal ChanceryUser me, @PathVariable String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return reports.run(me, name, new DateRange(from, to));
	}

	@GetMapping("/api/v1/reports/{name}.xlsx")
	void xlsx(@AuthenticationPrincipal ChanceryUser me, @PathVariable String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		ReportResult result = reports.run(me, name, new DateRange(from, to));
		ExportApiController.attachment(response, name + "-" + result.from() + "-" + result.to() + ".xlsx");
		try (OutputStream out = response.getOutputStream()) {
			reports.writeXlsx(me, result, out);
		}
	}

}
