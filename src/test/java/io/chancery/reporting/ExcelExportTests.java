package io.chancery.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.tenancy.CompanyService;
import io.chancery.tenancy.UserAccountService;

/**
 * One company with 100 000 invoices and 1 000 documents for all tests here (made once: they only
 * read it). The invoices are written with one insert … select over generate_series: billing's API
 * would take minutes for that many, and the export reads nothing but the rows.
 */
@ChanceryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExcelExportTests {

	static final int ROWS = 100_000;

	static final int DOCUMENTS = 1_000;

	@LocalServerPort
	int port;

	@Autowired
	CompanyService companies;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcClient jdbc;

	ReportingCompany company;

	/** Far enough ahead that no expiry window reaches these documents, however far other tests move the clock. */
	LocalDate base = LocalDate.of(2028, 1, 1);

	@BeforeAll
	void companyWithManyInvoices() {
		company = ReportingCompany.create(companies, users, jdbc, port);
		// one issue day per 100 invoices: day n holds invoices n*100 .. n*100+99; totals 105.00 + g mod 1000
		jdbc.sql("""
				insert into invoice (company_id, customer_id, number, status, currency, issue_date, due_date, payment_terms_days,
				    subtotal, discount_total, tax_total, total, amount_paid, review_required, created_by, created_at, updated_at, version)
				select :company, :customer, 'INV-B-' || g, 'SENT', 'AED', cast(:base as date) + g / 100, cast(:base as date) + g / 100 + 30,
				    30, 100 + g % 1000, 0, 5, 105 + g % 1000, 0, false, 'bulk', current_timestamp, current_timestamp, 0
				from generate_series(0, :rows - 1) g""")
			.param("company", company.id()).param("customer", company.customerId()).param("base", base).param("rows", ROWS)
			.update();
		// one statement, one expiry day per 100 documents: day n holds documents n*100 .. n*100+99
		jdbc.sql("""
				insert into document (company_id, type_id, customer_id, number, active_number, issuing_country, issue_date,
				    expiry_date, expiring_from, created_at, created_by, updated_at, version)
				select :company, :type, :customer, 'N' || g, 'N' || g, 'AE', cast(:base as date) - 3650,
				    cast(:base as date) + g / 100, cast(:base as date) + g / 100 - 30, current_timestamp, 'bulk', current_timestamp, 0
				from generate_series(0, :rows - 1) g""")
			.param("company", company.id()).param("type", company.passportTypeId()).param("customer", company.customerId())
			.param("base", base).param("rows", DOCUMENTS)
			.update();
	}

	@Test
	void hundredThousandInvoicesStreamIntoAWorkbookWithEveryRow() throws Exception {
		HttpResponse<Path> response = ReportingCompany.download(port, company.analyst(), "/api/v1/exports/invoices.xlsx");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.openxmlformats");
		Map<String, List<String>> firstRows = new HashMap<>();
		assertThat(dataRows(response.body(), firstRows)).isEqualTo(ROWS);
		// header, then the earliest issue date first, the date shown as a date and the total in AED
		assertThat(firstRows.get("A1")).containsExactly("Number");
		assertThat(firstRows.get("row2")).contains("INV-B-0", "2028-01-01", "105.00 AED");
	}

	@Test
	void invoiceRangeHasTypedMoneyInTheCompanyCurrency() throws Exception {
		HttpResponse<Path> response = ReportingCompany.download(port, company.analyst(),
				"/api/v1/exports/invoices.xlsx?from=2028-01-03&to=2028-01-04");
		assertThat(response.statusCode()).isEqualTo(200);
		try (InputStream in = Files.newInputStream(response.body()); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(200);
			Row header = sheet.getRow(0);
			assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Issued");
			assertThat(header.getCell(9).getStringCellValue()).isEqualTo("Total");
			Row first = sheet.getRow(1);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("INV-B-200");
			assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2028, 1, 3));
			assertThat(first.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(305.0);
			assertThat(first.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00 \"AED\"");
			assertThat(first.getCell(11).getNumericCellValue()).as("balance due").isEqualTo(305.0);
		}
	}

	@Test
	void typedCellsFrozenHeaderAutofilterAndFiltersSheet() throws Exception {
		HttpResponse<Path> response = ReportingCompany.download(port, company.analyst(),
				"/api/v1/exports/documents.xlsx?from=2028-01-03&to=2028-01-04");
		assertThat(response.statusCode()).isEqualTo(200);
		try (InputStream in = Files.newInputStream(response.body()); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(200);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getCTWorksheet().isSetAutoFilter()).isTrue();
			Row header = sheet.getRow(0);
			assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Expires");
			Row first = sheet.getRow(1);
			assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(first.getCell(7))).isTrue();
			assertThat(first.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2028, 1, 3));
			assertThat(first.getCell(8).getStringCellValue()).isEqualTo("VALID");
			Sheet filters = workbook.getSheet("Filters");
			DataFormatter text = new DataFormatter();
			Map<String, String> used = new HashMap<>();
			for (int i = 1; i <= filters.getLastRowNum(); i++) {
				used.put(text.formatCellValue(filters.getRow(i).getCell(0)), text.formatCellValue(filters.getRow(i).getCell(1)));
			}
			assertThat(used).containsEntry("Expires from", "2028-01-03").containsEntry("Expires to", "2028-01-04")
				.containsEntry("Rows", "200").containsEntry("Company", "Reporting " + company.tag());
		}
	}

	@Test
	void backgroundExportReportsProgressAndOffersTheFile() throws Exception {
		Response started = company.asAnalyst(port).post("/api/v1/exports/invoices?from=2028-01-01&to=2028-01-10", "");
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		String status = started.json().get("statusUrl").asText();
		await().atMost(Duration.ofSeconds(60)).until(() -> company.asAnalyst(port).get(status).json().get("status").asText(),
				"DONE"::equals);
		var job = company.asAnalyst(port).get(status).json();
		assertThat(job.get("rows").asLong()).isEqualTo(1000);
		// staff have no exports at all
		assertThat(company.asStaff(port).get(status).status()).isEqualTo(403);
		HttpResponse<Path> file = ReportingCompany.download(port, company.analyst(), job.get("downloadUrl").asText());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(dataRows(file.body(), new HashMap<>())).isEqualTo(1000);
	}

	@Test
	void badRequestsAreProblems() {
		assertThat(company.asAnalyst(port).get("/api/v1/exports/nothing.xlsx").status()).isEqualTo(404);
		Response backwards = company.asAnalyst(port).get("/api/v1/exports/documents.xlsx?from=2028-02-01&to=2028-01-01");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.isProblem()).isTrue();
		assertThat(company.asStaff(port).get("/api/v1/exports/customers.xlsx").status()).isEqualTo(403);
	}

	/**
	 * Reads the first sheet with POI's streaming reader (the file is too big to open comfortably as a
	 * whole) and returns its data rows; keeps the header cell A1 and the first data row's texts.
	 */
	static long dataRows(Path file, Map<String, List<String>> keep) throws Exception {
		long[] rows = { 0 };
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			XMLReader parser = XMLHelper.newXMLReader();
			List<String> second = new ArrayList<>();
			parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), new ReadOnlySharedStringsTable(pkg),
					new XSSFSheetXMLHandler.SheetContentsHandler() {
						int current;

						@Override
						public void startRow(int rowNum) {
							current = rowNum;
						}

						@Override
						public void endRow(int rowNum) {
							if (rowNum > 0) {
								rows[0]++;
							}
						}

						@Override
						public void cell(String ref, String value, XSSFComment comment) {
							if ("A1".equals(ref)) {
								keep.put("A1", List.of(value));
							}
							if (current == 1) {
								second.add(value);
							}
						}
					}, new DataFormatter(), false));
			try (InputStream sheet = reader.getSheetsData().next()) {
				parser.parse(new InputSource(sheet));
			}
			keep.put("row2", second);
		}
		return rows[0];
	}

}
