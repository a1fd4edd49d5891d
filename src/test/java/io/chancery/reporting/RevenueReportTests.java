package io.chancery.reporting;

import static io.chancery.reporting.ReportApiTests.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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

/**
 * The revenue report over a company of its own whose invoices and payments go through billing's REST
 * API, checked against plain SQL written apart from the report's (one query per figure, the ageing
 * worked out in Java from each invoice's due date and payments).
 */
@ChanceryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevenueReportTests {

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

	ReportingCompany company;

	LocalDate today;

	LocalDate to;

	@BeforeAll
	void companyWithInvoicesAndPayments() {
		company = ReportingCompany.create(companies, users, jdbc, port);
		today = documents.today(company.id());
		// ageing is looked at 100 days ahead: invoices due today, in 30, 45, 75 and 120 days are then
		// 100, 70, 55 and 25 days past due, and not yet due
		to = today.plusDays(100);
		RevenueData.invoices(port, users, company, today);
		RevenueData.quotes(jdbc, company);
	}

	@Test
	void totalsMatchIndependentSql() {
		JsonNode report = company.asAnalyst(port).get("/api/v1/reports/revenue?from=" + today + "&to=" + to).json();
		List<BigDecimal> totals = money(table(report, "totals"), 1);
		BigDecimal invoiced = sum("select coalesce(sum(total), 0) from invoice where company_id = :c and status = 'SENT'"
				+ " and issue_date between :f and :t").add(sum(
						"select coalesce(sum(total), 0) from invoice where company_id = :c and status = 'PAID'"
								+ " and issue_date between :f and :t"));
		BigDecimal collected = sum("select coalesce(sum(amount), 0) from payment where company_id = :c and paid_on between :f and :t");
		Map<String, BigDecimal> ageing = RevenueData.ageing(jdbc, company.id(), to);
		BigDecimal outstanding = ageing.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);

		assertThat(invoiced).isPositive();
		assertThat(totals).usingElementComparator(BigDecimal::compareTo).containsExactly(invoiced, collected, outstanding);
		Map<String, BigDecimal> buckets = new HashMap<>();
		table(report, "ageing").get("rows").forEach(row -> buckets.put(row.get(0).asText(), new BigDecimal(row.get(2).asText())));
		assertThat(buckets.keySet()).isEqualTo(ageing.keySet());
		ageing.forEach((bucket, balance) -> assertThat(buckets.get(bucket)).as(bucket).isEqualByComparingTo(balance));
		assertThat(buckets).hasSize(5);

		// by month: the range's four months, every amount in the month of today
		JsonNode months = table(report, "by-month").get("rows");
		assertThat(months.get(0).get(0).asText()).isEqualTo(today.toString().substring(0, 7));
		assertThat(new BigDecimal(months.get(0).get(1).asText())).isEqualByComparingTo(invoiced);
		assertThat(new BigDecimal(months.get(0).get(2).asText())).isEqualByComparingTo(collected);

		BigDecimal byService = BigDecimal.ZERO;
		for (JsonNode row : table(report, "by-service").get("rows")) {
			byService = byService.add(new BigDecimal(row.get(2).asText()));
		}
		assertThat(byService).isEqualByComparingTo(sum("""
				select sum(l.net_amount) from invoice_line l join invoice i on i.id = l.invoice_id
				where i.company_id = :c and i.status in ('SENT', 'PAID') and i.issue_date between :f and :t"""));

		JsonNode customer = table(report, "by-customer").get("rows");
		BigDecimal customersOutstanding = BigDecimal.ZERO;
		for (JsonNode row : customer) {
			customersOutstanding = customersOutstanding.add(new BigDecimal(row.get(3).asText()));
		}
		assertThat(customersOutstanding).isEqualByComparingTo(outstanding);
	}

	@Test
	void ageingOnAnotherDayAndNothingIssuedInALaterRange() {
		LocalDate day = today.plusDays(40);
		JsonNode report = company.asAnalyst(port).get("/api/v1/reports/revenue?from=" + day + "&to=" + day).json();
		Map<String, BigDecimal> expected = RevenueData.ageing(jdbc, company.id(), day);
		Map<String, BigDecimal> buckets = new HashMap<>();
		table(report, "ageing").get("rows").forEach(row -> buckets.put(row.get(0).asText(), new BigDecimal(row.get(2).asText())));
		assertThat(buckets.keySet()).isEqualTo(expected.keySet());
		expected.forEach((bucket, balance) -> assertThat(buckets.get(bucket)).as(bucket).isEqualByComparingTo(balance));
		List<BigDecimal> totals = money(table(report, "totals"), 1);
		assertThat(totals.get(0)).isEqualByComparingTo("0");
		assertThat(totals.get(1)).isEqualByComparingTo("0");
	}

	@Test
	void quoteConversionAndMedianTimeToApproval() {
		OffsetDateTime sent = RevenueData.QUOTES_SENT;
		LocalDate day = sent.toLocalDate();
		JsonNode row = table(company.asAnalyst(port).get("/api/v1/reports/revenue?from=" + day + "&to=" + day.plusDays(1)).json(),
				"quotes").get("rows").get(0);
		long sentCount = jdbc.sql("select count(*) from quote where company_id = ? and sent_at >= ? and sent_at < ?")
			.params(company.id(), day.atStartOfDay(ReportApiTests.DUBAI).toOffsetDateTime(),
					day.plusDays(2).atStartOfDay(ReportApiTests.DUBAI).toOffsetDateTime())
			.query(Long.class).single();
		assertThat(row.get(0).asLong()).isEqualTo(sentCount).isEqualTo(4);
		assertThat(row.get(1).asLong()).isEqualTo(2);
		assertThat(row.get(2).asLong()).isEqualTo(1);
		assertThat(row.get(3).asLong()).isEqualTo(1);
		// approved / (approved + rejected); approvals after 1 and 3 days: median 2
		assertThat(new BigDecimal(row.get(4).asText()).setScale(4, RoundingMode.HALF_UP))
			.isEqualByComparingTo(new BigDecimal(2).divide(new BigDecimal(3), 4, RoundingMode.HALF_UP));
		assertThat(new BigDecimal(row.get(5).asText())).isEqualByComparingTo("2.00");
	}

	@Test
	void invoicesIssuedPerStaffMemberAndExcel() throws Exception {
		JsonNode people = table(company.asAnalyst(port).get("/api/v1/reports/staff-performance?from=" + today + "&to=" + today)
			.json(), "by-person").get("rows");
		long issuedByStaff = jdbc.sql("""
				select count(*) from billing_audit where company_id = ? and document_kind = 'INVOICE' and to_status = 'SENT'
				and actor = ?""").params(company.id(), company.staff()).query(Long.class).single();
		assertThat(issuedByStaff).isEqualTo(RevenueData.ISSUED);
		for (JsonNode person : people) {
			if (person.get(1).asText().equals(company.staff())) {
				assertThat(person.get(6).asLong()).isEqualTo(issuedByStaff);
			}
		}
		JsonNode own = company.asStaff(port).get("/api/v1/reports/staff-performance?from=" + today + "&to=" + today).json();
		assertThat(table(own, "by-person").get("rows").get(0).get(6).asLong()).isEqualTo(issuedByStaff);
		assertThat(company.asStaff(port).get("/api/v1/reports/revenue").status()).isEqualTo(403);

		HttpResponse<Path> file = ReportingCompany.download(port, company.analyst(),
				"/api/v1/reports/revenue.xlsx?from=" + today + "&to=" + to);
		assertThat(file.statusCode()).isEqualTo(200);
		try (InputStream in = Files.newInputStream(file.body()); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet totals = workbook.getSheetAt(0);
			assertThat(totals.getRow(1).getCell(1).getCellStyle().getDataFormatString()).contains("AED");
			assertThat(BigDecimal.valueOf(totals.getRow(1).getCell(1).getNumericCellValue()))
				.isEqualByComparingTo(money(table(company.asAnalyst(port).get("/api/v1/reports/revenue?from=" + today + "&to=" + to)
					.json(), "totals"), 1).get(0));
			assertThat(workbook.getSheet("Filters")).isNotNull();
		}
	}

	@Test
	void anotherCompanysAnalystSeesNoneOfIt() {
		JsonNode demo = ApiClient.as(port, "analyst@demo.chancery", "demo")
			.get("/api/v1/reports/revenue?from=" + today + "&to=" + to).json();
		assertThat(table(demo, "by-customer").get("rows").toString()).doesNotContain(company.tag());
	}

	private BigDecimal sum(String sql) {
		return jdbc.sql(sql).param("c", company.id()).param("f", today).param("t", to).query(BigDecimal.class).single();
	}

	private static List<BigDecimal> money(JsonNode table, int column) {
		return java.util.stream.StreamSupport.stream(table.get("rows").spliterator(), false)
			.map(row -> new BigDecimal(row.get(column).asText()))
			.toList();
	}

}
