package io.chancery.reporting.internal;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.Company;
import io.chancery.tenancy.CompanyService;
import io.chancery.tenancy.Role;

/** Finds a report, decides what the caller may see of it, runs it, and writes it to Excel. */
@Service
@Transactional(readOnly = true)
class Reports {

	private final Map<String, Report> byName = new LinkedHashMap<>();

	private final CompanyService companies;

	private final Clock clock;

	Reports(List<Report> reports, CompanyService companies, Clock clock) {
		reports.forEach(report -> byName.put(report.name(), report));
		this.companies = companies;
		this.clock = clock;
	}

	/** The reports the user may open, in a stable order. */
	List<Report> available(ChanceryUser user) {
		return byName.values().stream().filter(report -> seesCompany(user) || report.openToStaff()).toList();
	}

	Report get(ChanceryUser user, String name) {
		Report report = byName.get(name);
		if (report == null) {
			throw new NotFoundException("Report", name);
		}
		if (!seesCompany(user) && !report.openToStaff()) {
			throw new AccessDeniedException("Only analysts, managers and admins see the " + name + " report");
		}
		return report;
	}

	/** Without dates: the last twelve months, this month included. */
	ReportResult run(ChanceryUser user, String name, DateRange range) {
		return get(user, name).run(query(user, range));
	}

	ReportQuery query(ChanceryUser user, DateRange range) {
		Company company = companies.get(user.companyId());
		LocalDate today = LocalDate.now(clock.withZone(company.getTimeZone()));
		LocalDate to = range.to() != null ? range.to() : today;
		LocalDate from = range.from() != null ? range.from() : to.withDayOfMonth(1).minusMonths(11);
		new DateRange(from, to);
		return new ReportQuery(company.getId(), company.getCurrency(), company.getTimeZone(), today, from, to,
				clock.instant(), seesCompany(user) ? null : user.email());
	}

	void writeXlsx(ChanceryUser user, ReportResult result, OutputStream out) {
		Company company = companies.get(user.companyId());
		try (XlsxWriter xlsx = new XlsxWriter(company.getCurrency(), company.getTimeZone())) {
			for (ReportTable table : result.tables()) {
				XlsxWriter.SheetWriter sheet = xlsx.sheet(sheetName(table.title()), table.columns());
				table.rows().forEach(row -> sheet.row(row.toArray()));
				sheet.finish();
			}
			Map<String, String> filters = new LinkedHashMap<>();
			filters.put("Report", result.title());
			filters.put("Company", company.getName());
			filters.put("From", result.from().toString());
			filters.put("To", result.to().toString());
			if (result.ownFiguresOnly()) {
				filters.put("Staff member", user.email());
			}
			filters.put("Exported at", OffsetDateTime.now(clock.withZone(company.getTimeZone())).withNano(0).toString());
			xlsx.filters(filters);
			xlsx.write(out);
		}
	}

	/** Excel allows 31 characters and no []:*?/\ in a sheet name. */
	private static String sheetName(String title) {
		String name = title.replaceAll("[\\[\\]:*?/\\\\]", "-");
		return name.length() > 31 ? name.substring(0, 31) : name;
	}

	private static boolean seesCompany(ChanceryUser user) {
		return user.hasRole(Role.ADMIN) || user.hasRole(Role.MANAGER) || user.hasRole(Role.ANALYST);
	}

}
