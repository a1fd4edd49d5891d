package io.chancery.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for report tests in a company of their own, and the expected figures computed with plain SQL
 * written independently of the reports' queries (one where clause per status, no CASE).
 */
final class ReportData {

	private ReportData() {
	}

	/**
	 * 400 documents: expiry spread from 40 days ago to 79 days ahead of {@code today}, every 7th in
	 * renewal, every 11th superseded (history, not counted), every 3rd of another type.
	 */
	static void documents(JdbcClient jdbc, ReportingCompany company, LocalDate today) {
		long other = jdbc.sql("select id from document_type where company_id = ? and code = 'EMIRATES_ID'")
			.param(company.id()).query(Long.class).single();
		jdbc.sql("""
				insert into document (company_id, type_id, customer_id, number, active_number, issuing_country, issue_date,
				    expiry_date, expiring_from, renewal_started_at, superseded_at, created_at, created_by, updated_at, version)
				select :company, case when g % 3 = 0 then :other else :type end, :customer, 'R' || g,
				    case when g % 11 = 0 then null else 'R' || g end, 'AE', cast(:today as date) - 3000,
				    cast(:today as date) + (g % 120) - 40, cast(:today as date) + (g % 120) - 70,
				    case when g % 7 = 0 and g % 11 <> 0 then current_timestamp end,
				    case when g % 11 = 0 then current_timestamp end,
				    cast(:created as timestamp with time zone), 'seed', current_timestamp, 0
				from generate_series(1, 400) g""")
			.param("company", company.id()).param("type", company.passportTypeId()).param("other", other)
			.param("customer", company.customerId()).param("today", today)
			// created long before any day a test looks at, so every range sees all of them
			.param("created", OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
			.update();
	}

	/**
	 * Status counts of the company's documents as they stood at the end of a day, one plain query per
	 * status: existing and not superseded by then; in renewal if started by then.
	 */
	static Map<String, Long> statusCounts(JdbcClient jdbc, long companyId, LocalDate day, ZoneId zone) {
		OffsetDateTime end = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
		String then = "select count(*) from document where company_id = :c and created_at < :e"
				+ " and (superseded_at is null or superseded_at >= :e) ";
		String notRenewing = "and (renewal_started_at is null or renewal_started_at >= :e) ";
		Map<String, Long> counts = new HashMap<>();
		counts.put("IN_RENEWAL", count(jdbc, then + "and renewal_started_at < :e", companyId, day, end));
		counts.put("EXPIRED", count(jdbc, then + notRenewing + "and expiry_date < :d", companyId, day, end));
		counts.put("EXPIRING", count(jdbc, then + notRenewing + "and expiry_date >= :d and expiring_from <= :d",
				companyId, day, end));
		counts.put("VALID", count(jdbc, then + notRenewing + "and (expiry_date is null or expiring_from > :d)",
				companyId, day, end));
		counts.values().removeIf(n -> n == 0);
		return counts;
	}

	static long count(JdbcClient jdbc, String sql, long companyId, LocalDate day, OffsetDateTime end) {
		return jdbc.sql(sql).param("c", companyId).param("d", day).param("e", end).query(Long.class).single();
	}

	static long count(JdbcClient jdbc, String sql, long companyId, LocalDate day) {
		return jdbc.sql(sql).param("c", companyId).param("d", day).query(Long.class).single();
	}

	/** Three tasks completed by one person, taking 1, 2 and 4 hours; the median is 2 hours. */
	static void completedTasks(JdbcClient jdbc, ReportingCompany company, String taskName, String by, Clock clock) {
		OffsetDateTime done = clock.instant().atOffset(ZoneOffset.UTC).minusDays(1);
		int key = 0;
		for (int hours : new int[] { 1, 2, 4 }) {
			jdbc.sql("""
					insert into user_task (company_id, engine_run, engine_key, process_instance_key, bpmn_process_id, element_id,
					    name, variables, state, created_at, completed_at, completed_by, version)
					values (?, ?, ?, 1, 'report-test', 'task', ?, '{}', 'COMPLETED', ?, ?, ?, 0)""")
				.params(company.id(), "report-test-" + company.tag(), ++key, taskName, done.minusHours(hours), done, by)
				.update();
		}
	}

}
