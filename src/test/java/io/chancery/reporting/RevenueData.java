package io.chancery.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.chancery.support.ApiClient;
import io.chancery.tenancy.Role;
import io.chancery.tenancy.UserAccountService;

/**
 * Billing rows for revenue tests, made through billing's REST API (so they are what billing itself
 * writes), and the ageing of a company's balances worked out in Java from plain SQL.
 */
final class RevenueData {

	/** Invoices the staff member issues: one per payment term below, and one later cancelled. */
	static final int ISSUED = 7;

	/** When the test quotes were sent (a day no other test's quotes of this company use). */
	static final OffsetDateTime QUOTES_SENT = OffsetDateTime.of(2025, 6, 10, 10, 0, 0, 0, ZoneOffset.ofHours(4));

	private RevenueData() {
	}

	/**
	 * Per payment term (0, 30, 35, 45, 75, 120 days) a customer and an invoice of 1 000 + term at 5 %
	 * tax, issued today by the staff member; the 30-day one paid in full, the 45-day one paid 100.00
	 * in part. Besides: a draft never issued and an invoice issued and then cancelled.
	 */
	static void invoices(int port, UserAccountService users, ReportingCompany company, LocalDate today) {
		String manager = "manager-" + company.tag() + "@reporting.test";
		users.create(company.id(), manager, "Manny " + company.tag(), ReportingCompany.PASSWORD, Set.of(Role.MANAGER));
		ApiClient managers = ApiClient.as(port, manager, ReportingCompany.PASSWORD);
		ApiClient staff = company.asStaff(port);
		for (int terms : new int[] { 0, 30, 35, 45, 75, 120 }) {
			long customer = customer(staff, company, "Revenue " + terms + " " + company.tag());
			var set = managers.put("/api/v1/customers/" + customer + "/payment-terms", Map.of("days", terms));
			assertThat(set.status()).as(set.body()).isEqualTo(200);
			long invoice = issued(staff, customer, (1000 + terms) + ".00");
			if (terms == 30) {
				BigDecimal total = new BigDecimal(staff.get("/api/v1/invoices/" + invoice).json().get("total").asText());
				pay(staff, invoice, total.toPlainString(), today);
			}
			if (terms == 45) {
				pay(staff, invoice, "100.00", today);
			}
		}
		long other = customer(staff, company, "Revenue excluded " + company.tag());
		draft(staff, other, "500.00");
		long cancelled = issued(staff, other, "700.00");
		var cancel = staff.post("/api/v1/invoices/" + cancelled + "/cancel", Map.of("reason", "issued in error"));
		assertThat(cancel.status()).as(cancel.body()).isEqualTo(200);
	}

	private static long customer(ApiClient staff, ReportingCompany company, String name) {
		var created = staff.post("/api/v1/customers", Map.of("kind", "ORGANISATION", "name", name,
				"email", "c" + Math.abs(name.hashCode()) + "-" + company.tag() + "@reporting.test"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static long draft(ApiClient staff, long customer, String price) {
		var created = staff.post("/api/v1/invoices", Map.of("customerId", customer, "lines",
				List.of(Map.of("description", "Work", "quantity", "1", "unitPrice", price, "taxRate", "5"))));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static long issued(ApiClient staff, long customer, String price) {
		long invoice = draft(staff, customer, price);
		var issued = staff.post("/api/v1/invoices/" + invoice + "/issue", "");
		assertThat(issued.status()).as(issued.body()).isEqualTo(200);
		return invoice;
	}

	private static void pay(ApiClient staff, long invoice, String amount, LocalDate day) {
		var paid = staff.post("/api/v1/invoices/" + invoice + "/payments",
				Map.of("amount", amount, "date", day.toString(), "method", "BANK"));
		assertThat(paid.status()).as(paid.body()).isEqualTo(201);
	}

	/**
	 * Quotes sent on {@link #QUOTES_SENT}'s day: approved after 1 day and after 3 days, one rejected,
	 * one expired; and one approved but sent ten days earlier. Written as billing's rows directly: their
	 * real path needs the customer's decision through an e-mailed link, which billing's tests cover.
	 */
	static void quotes(JdbcClient jdbc, ReportingCompany company) {
		quote(jdbc, company, 1, "APPROVED", QUOTES_SENT, 1);
		quote(jdbc, company, 2, "APPROVED", QUOTES_SENT.plusHours(2), 3);
		quote(jdbc, company, 3, "REJECTED", QUOTES_SENT, 0);
		quote(jdbc, company, 4, "EXPIRED", QUOTES_SENT, 0);
		quote(jdbc, company, 5, "APPROVED", QUOTES_SENT.minusDays(10), 1);
	}

	private static void quote(JdbcClient jdbc, ReportingCompany company, int n, String status, OffsetDateTime sent,
			int daysToApproval) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into quote (company_id, customer_id, number, revision, status, currency, valid_until, subtotal,
				    discount_total, tax_total, total, sent_by, sent_at, created_by, created_at, updated_at, version)
				values (:c, :customer, :number, 1, :status, 'AED', :valid, 100, 0, 5, 105, :by, :sent, :by, :sent, :sent, 0)""")
			.param("c", company.id()).param("customer", company.customerId()).param("number", "RQ-" + company.tag() + "-" + n)
			.param("status", status).param("valid", sent.toLocalDate().plusDays(30)).param("by", company.staff())
			.param("sent", sent)
			.update(keys, "id");
		if (daysToApproval > 0) {
			jdbc.sql("""
					insert into billing_audit (company_id, document_kind, document_id, from_status, to_status, actor, at)
					values (?, 'QUOTE', ?, 'SENT', 'APPROVED', 'Customer', ?)""")
				.params(company.id(), keys.getKey().longValue(), sent.plusDays(daysToApproval))
				.update();
		}
	}

	/** Balances on {@code day} above zero, summed by the report's bucket labels. */
	static Map<String, BigDecimal> ageing(JdbcClient jdbc, long companyId, LocalDate day) {
		Map<String, BigDecimal> buckets = new HashMap<>();
		jdbc.sql("select id, due_date, total from invoice where company_id = ? and status in ('SENT', 'PAID') and issue_date <= ?")
			.params(companyId, day)
			.query((rs, n) -> {
				BigDecimal paid = jdbc.sql("select coalesce(sum(amount), 0) from payment where invoice_id = ? and paid_on <= ?")
					.params(rs.getLong(1), day).query(BigDecimal.class).single();
				BigDecimal balance = rs.getBigDecimal(3).subtract(paid);
				if (balance.signum() > 0) {
					buckets.merge(bucket(ChronoUnit.DAYS.between(rs.getObject(2, LocalDate.class), day)), balance,
							BigDecimal::add);
				}
				return null;
			})
			.list();
		return buckets;
	}

	private static String bucket(long daysPastDue) {
		if (daysPastDue < 0) {
			return "0 · Not yet due";
		}
		if (daysPastDue <= 30) {
			return "1 · 0–30";
		}
		if (daysPastDue <= 60) {
			return "2 · 31–60";
		}
		return daysPastDue <= 90 ? "3 · 61–90" : "4 · Over 90";
	}

}
