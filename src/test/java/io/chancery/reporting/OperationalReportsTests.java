package io.chancery.reporting;

import static io.chancery.reporting.ReportApiTests.DUBAI;
import static io.chancery.reporting.ReportApiTests.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
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
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.tenancy.CompanyService;
import io.chancery.tenancy.UserAccountService;

/**
 * The rentals, process-health, staff-performance and purchasing dashboards over a company of their
 * own, each figure checked against plain SQL written here apart from the reports' queries (one count
 * or sum per figure, ratios and medians worked out in Java). The rows are written directly: they are
 * what the rentals, monitoring, task and purchasing modules write, whose own tests cover how.
 */
@ChanceryIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationalReportsTests {

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

	OperationalData data;

	LocalDate today;

	@BeforeAll
	void companyWithOperations() {
		company = ReportingCompany.create(companies, users, jdbc, port);
		today = documents.today(company.id());
		data = new OperationalData(jdbc, company, today);
		data.rentals();
		data.processInstances();
		data.staffWork();
		data.purchaseOrders();
	}

	@Test
	void rentalsUtilisationLateFeesAndOverdueMatchIndependentSql() {
		LocalDate from = today.minusDays(9);
		JsonNode report = company.asAnalyst(port).get("/api/v1/reports/rentals?from=" + from + "&to=" + today).json();
		OffsetDateTime fromAt = from.atStartOfDay(DUBAI).toOffsetDateTime();
		OffsetDateTime toAt = today.plusDays(1).atStartOfDay(DUBAI).toOffsetDateTime();

		JsonNode categories = table(report, "by-category").get("rows");
		assertThat(categories).hasSize(2);
		for (JsonNode row : categories) {
			String category = row.get(0).asText();
			long items = jdbc.sql("select count(*) from equipment where company_id = ? and category = ?")
				.params(company.id(), category).query(Long.class).single();
			long booked = jdbc.sql("""
					select count(*) from equipment_booking b join equipment e on e.id = b.equipment_id
					where e.company_id = ? and e.category = ? and b.booked_on >= ? and b.booked_on <= ?""")
				.params(company.id(), category, from, today).query(Long.class).single();
			BigDecimal fees = jdbc.sql("""
					select coalesce(sum(f.amount), 0) from rental_late_fee f join rental_item i on i.id = f.rental_item_id
					join equipment e on e.id = i.equipment_id
					where e.company_id = ? and e.category = ? and f.charged_at >= ? and f.charged_at < ?""")
				.params(company.id(), category, fromAt, toAt).query(BigDecimal.class).single();
			assertThat(row.get(1).asLong()).as(category + " items").isEqualTo(items);
			assertThat(row.get(2).asLong()).as(category + " booked days").isEqualTo(booked);
			assertThat(new BigDecimal(row.get(3).asText()).setScale(4, RoundingMode.HALF_UP)).as(category + " utilisation")
				.isEqualByComparingTo(BigDecimal.valueOf(booked).divide(BigDecimal.valueOf(items * 10), 4, RoundingMode.HALF_UP));
			assertThat(new BigDecimal(row.get(4).asText())).as(category + " late fees").isEqualByComparingTo(fees);
		}
		long bookedEver = jdbc.sql("select count(*) from equipment_booking where company_id = ?").param(company.id())
			.query(Long.class).single();
		assertThat(categories.get(0).get(2).asLong() + categories.get(1).get(2).asLong()).as("bookings outside the range left out")
			.isLessThan(bookedEver);

		List<String> overdue = jdbc.sql("select number from rental where company_id = ? and status = 'RENTED' and due_date < ? order by number")
			.params(company.id(), today).query(String.class).list();
		assertThat(overdue).hasSize(1);
		JsonNode overdueRows = table(report, "overdue").get("rows");
		assertThat(overdueRows).hasSize(overdue.size());
		JsonNode late = overdueRows.get(0);
		assertThat(late.get(0).asText()).isEqualTo(overdue.get(0));
		assertThat(late.get(3).asLong()).isEqualTo(jdbc.sql("""
				select count(*) from rental_item i join rental r on r.id = i.rental_id where r.company_id = ? and r.number = ?""")
			.params(company.id(), overdue.get(0)).query(Long.class).single());
		assertThat(new BigDecimal(late.get(4).asText())).isEqualByComparingTo(jdbc.sql("""
				select sum(f.amount) from rental_late_fee f join rental_item i on i.id = f.rental_item_id
				join rental r on r.id = i.rental_id where r.company_id = ? and r.number = ?""")
			.params(company.id(), overdue.get(0)).query(BigDecimal.class).single());
	}

	@Test
	void processHealthMatchesIndependentSqlOverInstancesAndIncidents() {
		LocalDate from = today.minusDays(30);
		JsonNode rows = table(company.asAnalyst(port).get("/api/v1/reports/process-health?from=" + from + "&to=" + today).json(),
				"by-process").get("rows");
		OffsetDateTime fromAt = from.atStartOfDay(DUBAI).toOffsetDateTime();
		OffsetDateTime toAt = today.plusDays(1).atStartOfDay(DUBAI).toOffsetDateTime();
		List<String> processes = jdbc.sql("""
				select distinct bpmn_process_id from process_instance where company_id = ? and started_at >= ? and started_at < ?
				order by bpmn_process_id""").params(company.id(), fromAt, toAt).query(String.class).list();
		assertThat(processes).hasSize(2);
		assertThat(rows).hasSize(processes.size());
		String inRange = "select count(*) from process_instance where company_id = ? and bpmn_process_id = ?"
				+ " and started_at >= ? and started_at < ?";
		for (int i = 0; i < processes.size(); i++) {
			String process = processes.get(i);
			JsonNode row = rows.get(i);
			assertThat(row.get(0).asText()).isEqualTo(process);
			assertThat(row.get(1).asLong()).as("started").isEqualTo(count(inRange, process, fromAt, toAt));
			assertThat(row.get(2).asLong()).as("active").isEqualTo(count(inRange + " and state = 'ACTIVE'", process, fromAt, toAt));
			assertThat(row.get(3).asLong()).as("completed")
				.isEqualTo(count(inRange + " and state = 'COMPLETED'", process, fromAt, toAt));
			assertThat(row.get(4).asLong()).as("terminated")
				.isEqualTo(count(inRange + " and state = 'TERMINATED'", process, fromAt, toAt));
			// from the incidents themselves, not the instance's flag the report reads
			assertThat(row.get(5).asLong()).as("with open incident").isEqualTo(count("""
					select count(distinct p.id) from process_instance p join incident x
					  on x.process_instance_key = p.process_instance_key and x.engine_run = p.engine_run
					where p.company_id = ? and p.bpmn_process_id = ? and p.started_at >= ? and p.started_at < ?
					  and x.state = 'ACTIVE'""", process, fromAt, toAt));
		}
		assertThat(rows.get(0).get(5).asLong()).isEqualTo(1);
	}

	@Test
	void staffPerformanceMatchesIndependentSqlAndStaffSeeTheirOwn() {
		LocalDate from = today.minusDays(6);
		String range = "?from=" + from + "&to=" + today;
		JsonNode all = company.asAnalyst(port).get("/api/v1/reports/staff-performance" + range).json();
		JsonNode own = company.asStaff(port).get("/api/v1/reports/staff-performance" + range).json();
		OffsetDateTime fromAt = from.atStartOfDay(DUBAI).toOffsetDateTime();
		OffsetDateTime toAt = today.plusDays(1).atStartOfDay(DUBAI).toOffsetDateTime();

		JsonNode people = table(all, "by-person").get("rows");
		List<String> emails = jdbc.sql("select email from app_user where company_id = ? order by full_name, email")
			.param(company.id()).query(String.class).list();
		assertThat(people).hasSize(emails.size());
		for (int i = 0; i < emails.size(); i++) {
			assertThat(figures(people.get(i))).as(emails.get(i)).isEqualTo(staffFigures(emails.get(i), fromAt, toAt));
		}
		assertThat(staffFigures(company.staff(), fromAt, toAt)).as("the data gives every figure something to count")
			.doesNotContain(0L);

		JsonNode mine = table(own, "by-person").get("rows");
		assertThat(own.get("ownFiguresOnly").asBoolean()).isTrue();
		assertThat(mine).hasSize(1);
		assertThat(mine.get(0).get(1).asText()).isEqualTo(company.staff());
		assertThat(figures(mine.get(0))).isEqualTo(staffFigures(company.staff(), fromAt, toAt));

		// cycle time: the staff member's own tasks only; the company's over everyone's
		assertThat(cycleTimes(table(own, "cycle-time"))).isEqualTo(medianHours(company.staff(), fromAt, toAt));
		assertThat(cycleTimes(table(all, "cycle-time"))).isEqualTo(medianHours(null, fromAt, toAt));
		assertThat(medianHours(company.staff(), fromAt, toAt)).isNotEqualTo(medianHours(null, fromAt, toAt));
	}

	@Test
	void purchasingDashboardMatchesIndependentSqlForTheOrdersExpectedInTheRange() throws Exception {
		LocalDate from = today.minusDays(30);
		HttpResponse<Path> file = ReportingCompany.download(port, company.analyst(),
				"/api/v1/reports/purchasing.xlsx?from=" + from + "&to=" + today);
		assertThat(file.statusCode()).isEqualTo(200);
		Map<String, List<Object>> bySupplier = new HashMap<>();
		try (InputStream in = Files.newInputStream(file.body()); Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				List<Object> values = new ArrayList<>();
				for (int c = 1; c <= 6; c++) {
					values.add(BigDecimal.valueOf(row.getCell(c).getNumericCellValue()).setScale(4, RoundingMode.HALF_UP));
				}
				bySupplier.put(row.getCell(0).getStringCellValue(), values);
			}
		}
		List<String> suppliers = jdbc.sql("select name from supplier where company_id = ? order by name").param(company.id())
			.query(String.class).list();
		assertThat(bySupplier.keySet()).containsExactlyInAnyOrderElementsOf(suppliers);
		for (String supplier : suppliers) {
			assertThat(bySupplier.get(supplier)).as(supplier).isEqualTo(supplierFigures(supplier, from, today));
		}
	}

	/** orders, receipts, on-time rate, short rate, over rate, price variance — as the sheet's columns. */
	private List<Object> supplierFigures(String supplier, LocalDate from, LocalDate to) {
		String orders = """
				from purchase_order o join supplier s on s.id = o.supplier_id
				where s.company_id = :c and s.name = :s and o.sent_at is not null
				  and o.expected_delivery_date >= :f and o.expected_delivery_date <= :t""";
		long orderCount = count(jdbc.sql("select count(*) " + orders), supplier, from, to);
		long receipts = count(jdbc.sql("select count(*) from goods_receipt g where g.purchase_order_id in (select o.id "
				+ orders + ")"), supplier, from, to);
		long onTime = count(jdbc.sql("""
				select count(*) from goods_receipt g join purchase_order p on p.id = g.purchase_order_id
				where g.received_on <= p.expected_delivery_date and p.id in (select o.id %s)""".formatted(orders)), supplier, from, to);
		long received = count(jdbc.sql("select count(distinct g.purchase_order_id) from goods_receipt g where g.purchase_order_id in"
				+ " (select o.id " + orders + ")"), supplier, from, to);
		long shortOrders = count(jdbc.sql("""
				select count(distinct v.purchase_order_id) from purchase_variance v where v.kind = 'QUANTITY_SHORT'
				  and v.purchase_order_id in (select g.purchase_order_id from goods_receipt g)
				  and v.purchase_order_id in (select o.id %s)""".formatted(orders)), supplier, from, to);
		long overOrders = count(jdbc.sql("""
				select count(distinct v.purchase_order_id) from purchase_variance v where v.kind = 'QUANTITY_OVER'
				  and v.purchase_order_id in (select g.purchase_order_id from goods_receipt g)
				  and v.purchase_order_id in (select o.id %s)""".formatted(orders)), supplier, from, to);
		BigDecimal price = jdbc.sql("""
				select coalesce(sum(v.amount), 0) from purchase_variance v where v.kind = 'PRICE_DIFFERENCE'
				  and v.purchase_order_id in (select o.id %s)""".formatted(orders))
			.param("c", company.id()).param("s", supplier).param("f", from).param("t", to).query(BigDecimal.class).single();
		return List.of(scaled(orderCount), scaled(receipts), ratio(onTime, receipts), ratio(shortOrders, received),
				ratio(overOrders, received), price.setScale(4, RoundingMode.HALF_UP));
	}

	private long count(JdbcClient.StatementSpec sql, String supplier, LocalDate from, LocalDate to) {
		return sql.param("c", company.id()).param("s", supplier).param("f", from).param("t", to).query(Long.class).single();
	}

	private static BigDecimal scaled(long count) {
		return BigDecimal.valueOf(count).setScale(4, RoundingMode.HALF_UP);
	}

	private static BigDecimal ratio(long count, long of) {
		return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP);
	}

	/** completed, completed after due, open and overdue now, renewals recorded, invoices issued. */
	private List<Long> staffFigures(String email, OffsetDateTime fromAt, OffsetDateTime toAt) {
		String completed = "select count(*) from user_task where company_id = ? and completed_by = ? and state = 'COMPLETED'"
				+ " and completed_at >= ? and completed_at < ?";
		return List.of(count(completed, email, fromAt, toAt), count(completed + " and completed_at > due_at", email, fromAt, toAt),
				jdbc.sql("select count(*) from user_task where company_id = ? and assignee = ? and state = 'OPEN' and due_at < ?")
					.params(company.id(), email, OffsetDateTime.now(clock)).query(Long.class).single(),
				count("""
						select count(*) from document where company_id = ? and created_by = ? and previous_id is not null
						  and created_at >= ? and created_at < ?""", email, fromAt, toAt),
				count("""
						select count(*) from billing_audit where company_id = ? and actor = ? and document_kind = 'INVOICE'
						  and to_status = 'SENT' and at >= ? and at < ?""", email, fromAt, toAt));
	}

	private static List<Long> figures(JsonNode person) {
		List<Long> figures = new ArrayList<>();
		for (int column = 2; column <= 6; column++) {
			figures.add(person.get(column).asLong());
		}
		return figures;
	}

	/** Per task name, the median of completion − creation in hours (to two places), of one person or everyone. */
	private Map<String, BigDecimal> medianHours(String email, OffsetDateTime fromAt, OffsetDateTime toAt) {
		Map<String, List<Long>> seconds = new HashMap<>();
		jdbc.sql("""
				select name, created_at, completed_at, completed_by from user_task
				where company_id = ? and state = 'COMPLETED' and completed_at >= ? and completed_at < ?""")
			.params(company.id(), fromAt, toAt)
			.query((rs, n) -> {
				if (email == null || email.equals(rs.getString(4))) {
					seconds.computeIfAbsent(rs.getString(1), name -> new ArrayList<>())
						.add(java.time.Duration.between(rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class))
							.toSeconds());
				}
				return null;
			})
			.list();
		Map<String, BigDecimal> medians = new HashMap<>();
		seconds.forEach((name, values) -> {
			List<Long> sorted = values.stream().sorted().toList();
			int middle = sorted.size() / 2;
			BigDecimal median = sorted.size() % 2 == 1 ? BigDecimal.valueOf(sorted.get(middle))
					: BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.TWO);
			medians.put(name, median.divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP));
		});
		return medians;
	}

	private static Map<String, BigDecimal> cycleTimes(JsonNode table) {
		Map<String, BigDecimal> medians = new HashMap<>();
		table.get("rows").forEach(row -> medians.put(row.get(0).asText(), new BigDecimal(row.get(2).asText()).setScale(2)));
		return medians;
	}

	private long count(String sql, String key, Object from, Object to) {
		return jdbc.sql(sql).params(company.id(), key, from, to).query(Long.class).single();
	}

}
