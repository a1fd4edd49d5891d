package io.chancery.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.chancery.documents.DocumentService;
import io.chancery.support.Browser;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.tenancy.CompanyService;
import io.chancery.tenancy.UserAccountService;

@ChanceryIntegrationTest
class ReportDashboardBrowserTests {

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

	WebDriver browser;

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void analystChangesTheRangeSeesTheTableFollowAndDownloadsTheExcel() throws Exception {
		ReportingCompany company = ReportingCompany.create(companies, users, jdbc, port);
		LocalDate today = documents.today(company.id());
		ReportData.documents(jdbc, company, today);

		browser = Browser.start();
		Browser.logIn(browser, port, company.analyst(), ReportingCompany.PASSWORD);
		browser.findElement(By.id("nav-reports")).click();
		browser.findElement(By.id("report-document-health")).click();
		assertThat(statusTable()).isEqualTo(ReportData.statusCounts(jdbc, company.id(), today, DUBAI));
		assertThat(browser.findElements(By.cssSelector("canvas[data-chart-for]"))).isNotEmpty();

		LocalDate to = today.minusDays(25);
		LocalDate from = to.minusMonths(2);
		setDate("from", from);
		setDate("to", to);
		WebElement apply = browser.findElement(By.id("apply-range"));
		apply.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(apply));

		assertThat(browser.findElement(By.id("range-shown")).getText()).contains(from + " to " + to);
		Map<String, Long> then = ReportData.statusCounts(jdbc, company.id(), to, DUBAI);
		assertThat(then).isNotEqualTo(ReportData.statusCounts(jdbc, company.id(), today, DUBAI));
		assertThat(statusTable()).isEqualTo(then);
		var trendRows = browser.findElements(By.cssSelector("#table-trend tbody tr"));
		assertThat(trendRows.get(trendRows.size() - 1).findElement(By.tagName("td")).getText()).isEqualTo(to.toString());

		String excel = browser.findElement(By.id("excel")).getAttribute("href");
		assertThat(excel).contains("from=" + from).contains("to=" + to);
		HttpResponse<Path> file = ReportingCompany.download(port, company.analyst(),
				excel.substring(excel.indexOf("/api/")));
		assertThat(file.statusCode()).isEqualTo(200);
		try (InputStream in = Files.newInputStream(file.body()); Workbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Status on " + to);
			assertThat(workbook.getSheet("Filters").getRow(3).getCell(1).getStringCellValue()).isEqualTo(from.toString());
		}
	}

	@Test
	void analystChangesTheRevenueRangeSeesTheTotalsFollowAndDownloadsTheExcel() throws Exception {
		ReportingCompany company = ReportingCompany.create(companies, users, jdbc, port);
		LocalDate today = documents.today(company.id());
		RevenueData.invoices(port, users, company, today);
		BigDecimal invoiced = jdbc.sql("select sum(total) from invoice where company_id = ? and status in ('SENT', 'PAID')")
			.param(company.id()).query(BigDecimal.class).single();

		browser = Browser.start();
		Browser.logIn(browser, port, company.analyst(), ReportingCompany.PASSWORD);
		browser.findElement(By.id("nav-reports")).click();
		browser.findElement(By.id("report-revenue")).click();
		assertThat(totalsTable().get(0)).isEqualByComparingTo(invoiced);
		assertThat(browser.findElements(By.cssSelector("canvas[data-chart-for='table-ageing']"))).isNotEmpty();

		// a range that ends before anything was issued or paid: every total is zero
		LocalDate to = today.minusDays(1);
		LocalDate from = to.minusMonths(2);
		setDate("from", from);
		setDate("to", to);
		WebElement apply = browser.findElement(By.id("apply-range"));
		apply.click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(apply));
		assertThat(browser.findElement(By.id("range-shown")).getText()).contains(from + " to " + to);
		assertThat(totalsTable()).hasSize(3).allSatisfy(amount -> assertThat(amount).isZero());
		assertThat(browser.findElements(By.cssSelector("#table-by-month tbody tr"))).hasSize(3);

		String excel = browser.findElement(By.id("excel")).getAttribute("href");
		assertThat(excel).contains("from=" + from).contains("to=" + to);
		HttpResponse<Path> file = ReportingCompany.download(port, company.analyst(), excel.substring(excel.indexOf("/api/")));
		assertThat(file.statusCode()).isEqualTo(200);
		try (InputStream in = Files.newInputStream(file.body()); Workbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getNumericCellValue()).isZero();
			assertThat(workbook.getSheet("Filters").getRow(3).getCell(1).getStringCellValue()).isEqualTo(from.toString());
		}
	}

	private List<BigDecimal> totalsTable() {
		return browser.findElements(By.cssSelector("#table-totals tbody tr")).stream()
			.map(row -> new BigDecimal(row.findElements(By.tagName("td")).get(1).getAttribute("data-value")))
			.toList();
	}

	private void setDate(String id, LocalDate day) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)),
				day.toString());
	}

	private Map<String, Long> statusTable() {
		Map<String, Long> counts = new HashMap<>();
		for (WebElement row : browser.findElements(By.cssSelector("#table-status tbody tr"))) {
			var cells = row.findElements(By.tagName("td"));
			counts.put(cells.get(0).getText(), Long.parseLong(cells.get(1).getAttribute("data-value")));
		}
		return counts;
	}

}
