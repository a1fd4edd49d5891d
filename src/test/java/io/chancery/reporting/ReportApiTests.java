package io.chancery.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.documents.DocumentService;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.tenancy.CompanyService;
import io.chancery.tenancy.UserAccountService;

@ChanceryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiTests {

	static final java.time.ZoneId DUBAI = java.time.ZoneId.of("Asia/Dubai");

	@LocalServerPort
	int port;

	@Autowired
	CompanyService companies;

	@Autowired
	UserAccountService users;

	@Autowired
	DocumentService documents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	ReportingCompany company;

	LocalDate today;

	String taskName;

	@BeforeAll
	void companyWithDocumentsAndTasks() {
		company = ReportingCompany.create(companies, users, jdbc, port);
		today = documents.today(company.id());
		ReportData.documents(jdbc, company, today);
		taskName = "Check papers " + company.tag();
		ReportData.completedTasks(jdbc, company, taskName, company.staff(), clock);
	}

	@Test
	void documentHealthMatchesIndependentCountsOnTheRangeEnd() {
		for (LocalDate day : new LocalDate[] { today, today.minusDays(25) }) {
			JsonNode report = company.asAnalyst(port).get("/api/v1/reports/document-health?from=" + day.minusMonths(3) + "&to=" + day).json();
			Map<String, Long> expected = ReportData.statusCounts(jdbc, company.id(), day, DUBAI);
			assertThat(countsByLabel(table(report, "status"))).as("status on " + day).isEqualTo(expected);

			JsonNode trend = table(report, "trend").get("rows");
			assertThat(trend).hasSize(12);
			assertThat(trend.get(11).get(0).asText()).isEqualTo(day.toString());
			// every point, each month end as it stood then
			for (JsonNode point : trend) {
				LocalDate pointDay = LocalDate.parse(point.get(0).asText());
				Map<String, Long> then = ReportData.statusCounts(jdbc, company.id(), pointDay, DUBAI);
				assertThat(List.of(point.get(1).asLong(), point.get(2).asLong(), point.get(3).asLong(), point.get(4).asLong()))
					.as("trend on " + pointDay)
					.containsExactly(then.getOrDefault("VALID", 0L), then.getOrDefault("EXPIRING", 0L),
							then.getOrDefault("EXPIRED", 0L), then.getOrDefault("IN_RENEWAL", 0L));
			}

			java.time.OffsetDateTime end = day.plusDays(1).atStartOfDay(DUBAI).toOffsetDateTime();
			long critical = ReportData.count(jdbc, """
					select count(*) from document where company_id = :c and created_at < :e
					  and (superseded_at is null or superseded_at >= :e) and (renewal_started_at is null or renewal_started_at >= :e)
					  and expiry_date >= :d and expiring_from <= :d and expiry_date <= cast(:d as date) + 1""", company.id(), day, end);
			assertThat(countsByLabel(table(report, "expiring"))).containsEntry("1 · Critical (1 day or less)", critical);

			long byTypeTotal = 0;
			for (JsonNode row : table(report, "by-type").get("rows")) {
				byTypeTotal += row.get(5).asLong();
			}
			assertThat(byTypeTotal).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
		}
	}

	@Test
	void anotherCompanySeesNoneOfIt() {
		JsonNode demo = ApiClient.as(port, "analyst@demo.chancery", "demo").get("/api/v1/reports/document-health").json();
		assertThat(table(demo, "by-customer").get("rows").toString()).doesNotContain(company.tag());
	}

	@Test
	void staffSeeOnlyTheirOwnPerformance() {
		ApiClient staff = company.asStaff(port);
		assertThat(staff.get("/api/v1/reports/document-health").status()).isEqualTo(403);
		JsonNode own = staff.get("/api/v1/reports/staff-performance").json();
		assertThat(own.get("ownFiguresOnly").asBoolean()).isTrue();
		JsonNode people = table(own, "by-person").get("rows");
		assertThat(people).hasSize(1);
		assertThat(people.get(0).get(1).asText()).isEqualTo(company.staff());
		assertThat(people.get(0).get(2).asLong()).isEqualTo(3);

		JsonNode all = company.asAnalyst(port).get("/api/v1/reports/staff-performance").json();
		assertThat(table(all, "by-person").get("rows")).hasSize(2);
		JsonNode cycle = table(all, "cycle-time").get("rows").get(0);
		assertThat(cycle.get(0).asText()).isEqualTo(taskName);
		assertThat(cycle.get(1).asLong()).isEqualTo(3);
		assertThat(new BigDecimal(cycle.get(2).asText())).isEqualByComparingTo("2.00");
	}

	@Test
	void reportExcelHasASheetPerTableWithNumbersAndTheFilters() throws Exception {
		HttpResponse<Path> file = ReportingCompany.download(port, company.analyst(),
				"/api/v1/reports/document-health.xlsx?to=" + today);
		assertThat(file.statusCode()).isEqualTo(200);
		Map<String, Long> expected = ReportData.statusCounts(jdbc, company.id(), today, DUBAI);
		try (InputStream in = Files.newInputStream(file.body()); Workbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
			assertThat(workbook.getSheetName(5)).isEqualTo("Filters");
			Sheet status = workbook.getSheetAt(0);
			Map<String, Long> counts = new HashMap<>();
			for (int i = 1; i <= status.getLastRowNum(); i++) {
				counts.put(status.getRow(i).getCell(0).getStringCellValue(), (long) status.getRow(i).getCell(1).getNumericCellValue());
			}
			assertThat(counts).isEqualTo(expected);
		}
	}

	@Test
	void unknownReportAndBackwardsRange() {
		assertThat(company.asAnalyst(port).get("/api/v1/reports/nothing").status()).isEqualTo(404);
		assertThat(company.asAnalyst(port).get("/api/v1/reports/rentals?from=2027-02-01&to=2027-01-01").status()).isEqualTo(400);
		assertThat(company.asAnalyst(port).get("/api/v1/reports/rentals").status()).isEqualTo(200);
		assertThat(company.asAnalyst(port).get("/api/v1/reports/process-health").status()).isEqualTo(200);
	}

	static JsonNode table(JsonNode report, String id) {
		for (JsonNode table : report.get("tables")) {
			if (table.get("id").asText().equals(id)) {
				return table;
			}
		}
		throw new AssertionError("no table " + id + " in " + report);
	}

	static Map<String, Long> countsByLabel(JsonNode table) {
		Map<String, Long> counts = new HashMap<>();
		table.get("rows").forEach(row -> counts.put(row.get(0).asText(), row.get(1).asLong()));
		return counts;
	}

}
