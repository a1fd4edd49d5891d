package io.chancery.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every report's and list export's SQL runs on H2 in PostgreSQL mode (the embedded runtime's
 * database) after the migrations: once on a company with no rows, once with an invoice, a payment and
 * an approved quote, so aggregates over rows (the median, the ageing cases) run too. The purchasing
 * report's SQL is purchasing's own and not run here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportSqlOnH2Tests {

	static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");

	static final LocalDate DAY = LocalDate.of(2026, 3, 15);

	Connection keepAlive;

	JdbcClient jdbc;

	long empty;

	long busy;

	@BeforeAll
	void migrateH2() throws Exception {
		String url = "jdbc:h2:mem:report-sql;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		keepAlive = DriverManager.getConnection(url, "sa", "");
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
		jdbc = JdbcClient.create(new SingleConnectionDataSource(url, "sa", "", true));
		empty = company("Empty");
		busy = company("Busy");
		var at = DAY.atStartOfDay(DUBAI).toOffsetDateTime();
		insert("""
				insert into app_user (company_id, email, full_name, password_hash, enabled, locked, created_at)
				values (:c, 'a', 'A Person', 'x', true, false, :at)""", busy, at);
		long customer = insert("""
				insert into customer (company_id, kind, name, preferred_language, archived, created_at, updated_at, version)
				values (:c, 'ORGANISATION', 'Customer', 'en', false, :at, :at, 0)""", busy, at);
		long invoice = insert("""
				insert into invoice (company_id, customer_id, number, status, currency, issue_date, due_date, payment_terms_days,
				    subtotal, discount_total, tax_total, total, amount_paid, review_required, created_by, created_at, updated_at, version)
				values (:c, %d, 'INV-1', 'SENT', 'AED', cast('2026-01-02' as date), cast('2026-02-01' as date), 30,
				    100, 0, 5, 105, 5, false, 'a', :at, :at, 0)""".formatted(customer), busy, at);
		jdbc.sql("""
				insert into invoice_line (invoice_id, position, description, quantity, unit_price, tax_rate, net_amount,
				    line_discount, tax_amount) values (?, 1, 'Work', 1, 100, 5, 100, 0, 5)""").param(invoice).update();
		insert("""
				insert into payment (company_id, invoice_id, amount, paid_on, method, recorded_by, recorded_at)
				values (:c, %d, 5, cast('2026-01-10' as date), 'CASH', 'a', :at)""".formatted(invoice), busy, at);
		insert("""
				insert into expense (company_id, invoice_id, description, amount, recorded_by, recorded_at)
				values (:c, %d, 'Courier', 12, 'a', :at)""".formatted(invoice), busy, at);
		long quote = insert("""
				insert into quote (company_id, customer_id, number, revision, status, currency, valid_until, subtotal,
				    discount_total, tax_total, total, sent_by, sent_at, created_by, created_at, updated_at, version)
				values (:c, %d, 'QUO-1', 1, 'APPROVED', 'AED', cast('2026-04-01' as date), 100, 0, 5, 105, 'a',
				    :at, 'a', :at, :at, 0)""".formatted(customer), busy, at.minusDays(3));
		insert("""
				insert into billing_audit (company_id, document_kind, document_id, from_status, to_status, actor, at)
				values (:c, 'QUOTE', %d, 'SENT', 'APPROVED', 'customer', :at)""".formatted(quote), busy, at.minusDays(1));
		insert("""
				insert into billing_audit (company_id, document_kind, document_id, from_status, to_status, actor, at)
				values (:c, 'INVOICE', %d, 'DRAFT', 'SENT', 'a', :at)""".formatted(invoice), busy, at);
	}

	@AfterAll
	void close() throws Exception {
		keepAlive.close();
	}

	private long company(String name) {
		return insert("""
				insert into company (name, country, currency, time_zone, created_at) values (:name, 'AE', 'AED', 'Asia/Dubai', :at)""",
				0, Instant.EPOCH.atOffset(ZoneOffset.UTC), name);
	}

	private long insert(String sql, long company, java.time.OffsetDateTime at, String... name) {
		var statement = jdbc.sql(sql).param("at", at);
		if (sql.contains(":c,") || sql.contains(":c ")) {
			statement = statement.param("c", company);
		}
		if (name.length > 0) {
			statement = statement.param("name", name[0]);
		}
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		statement.update(keys, "id");
		return keys.getKey().longValue();
	}

	private List<Report> reports() {
		return List.of(new DocumentHealthReport(jdbc), new StaffPerformanceReport(jdbc), new RentalsReport(jdbc),
				new ProcessHealthReport(jdbc), new RevenueReport(jdbc));
	}

	private static ReportQuery query(long company, String onlyFor) {
		return new ReportQuery(company, "AED", DUBAI, DAY, DAY.minusMonths(11).withDayOfMonth(1), DAY,
				DAY.atStartOfDay(DUBAI).toInstant(), onlyFor);
	}

	@Test
	void everyReportRunsOnAnEmptyCompanyAndOnOneWithBillingRows() {
		for (long company : new long[] { empty, busy }) {
			for (Report report : reports()) {
				for (String onlyFor : new String[] { null, "a" }) {
					ReportResult result = report.run(query(company, onlyFor));
					assertThat(result.tables()).as(report.name()).isNotEmpty();
				}
			}
		}
	}

	@Test
	void revenueFiguresOnH2() {
		ReportResult revenue = new RevenueReport(jdbc).run(query(busy, null));
		Map<String, List<List<Object>>> tables = new HashMap<>();
		revenue.tables().forEach(table -> tables.put(table.id(), table.rows()));
		assertThat(tables.get("totals")).extracting(row -> new BigDecimal(row.get(1).toString()).intValueExact())
			.containsExactly(105, 5, 100);
		// due 2026-02-01, 42 days before the range's end
		assertThat(tables.get("ageing")).hasSize(1);
		assertThat(tables.get("ageing").get(0).get(0)).isEqualTo("2 · 31–60");
		List<Object> quotes = tables.get("quotes").get(0);
		assertThat(quotes.get(0)).isEqualTo(1L);
		assertThat(new BigDecimal(quotes.get(4).toString())).isEqualByComparingTo("1");
		assertThat(new BigDecimal(quotes.get(5).toString())).isEqualByComparingTo("2.00");
		List<Object> person = new StaffPerformanceReport(jdbc).run(query(busy, null)).tables().get(0).rows().get(0);
		assertThat(person.get(1)).isEqualTo("a");
		assertThat(person.get(6)).as("invoices issued").isEqualTo(1L);
	}

	@Test
	void everyListExportRunsWithAndWithoutARange() {
		for (ListExport list : new ListExports().all()) {
			for (DateRange range : new DateRange[] { new DateRange(null, null), new DateRange(DAY.minusYears(1), DAY) }) {
				Map<String, Object> params = new HashMap<>();
				String sql = ListExporter.sql(list, range, DUBAI, busy, DAY, params);
				List<Object[]> rows = jdbc.sql(sql).params(params)
					.query((rs, n) -> ListExporter.values(rs, list.columns())).list();
				if (List.of("invoices", "payments", "expenses", "quotes").contains(list.name())) {
					assertThat(rows).as(list.name()).hasSize(1);
				}
			}
		}
	}

}
