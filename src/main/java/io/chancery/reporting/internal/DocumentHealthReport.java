package io.chancery.reporting.internal;

import static io.chancery.reporting.internal.Column.date;
import static io.chancery.reporting.internal.Column.integer;
import static io.chancery.reporting.internal.Column.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Current documents by status on the range's last day, by type and by customer, the expiring ones
 * by how close they are (the default escalation windows: 1, 5 and 10 days), and a twelve-month trend.
 */
@Component
class DocumentHealthReport implements Report {

	private static final String COUNTS = """
			sum(case when s = 'VALID' then 1 else 0 end), sum(case when s = 'EXPIRING' then 1 else 0 end),
			sum(case when s = 'EXPIRED' then 1 else 0 end), sum(case when s = 'IN_RENEWAL' then 1 else 0 end),
			count(*)""";

	/**
	 * Documents as they stood at the end of the day {@code :today} (the range's end): existing and not
	 * yet superseded then, in renewal if it had started by then. For today this is the current status;
	 * for a past day it agrees with the trend's point for that day.
	 */
	private static final String STATUSES = """
			(select d.*, case when d.renewal_started_at < :dayEnd then 'IN_RENEWAL'
			                  when d.expiry_date is null then 'VALID'
			                  when d.expiry_date < :today then 'EXPIRED'
			                  when d.expiring_from > :today then 'VALID'
			                  else 'EXPIRING' end as s
			 from document d where d.company_id = :company and d.created_at < :dayEnd
			   and (d.superseded_at is null or d.superseded_at >= :dayEnd)) x""";

	/** Points of the trend: month ends of the last twelve months. */
	private static final int POINTS = 12;

	private final JdbcClient jdbc;

	DocumentHealthReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "document-health";
	}

	@Override
	public String title() {
		return "Document health";
	}

	@Override
	public ReportResult run(ReportQuery query) {
		Map<String, Object> params = query.params();
		LocalDate day = query.to();
		params.put("today", day);
		params.put("dayEnd", day.plusDays(1).atStartOfDay(query.zone()).toOffsetDateTime());
		params.put("day1", day.plusDays(1));
		params.put("day5", day.plusDays(5));
		params.put("day10", day.plusDays(10));
		List<Column> counts = List.of(integer("valid", "Valid"), integer("expiring", "Expiring"),
				integer("expired", "Expired"), integer("inRenewal", "In renewal"), integer("total", "Total"));
		return result(query, List.of(
				ReportTable.query(jdbc, "status", "Status on " + day, List.of(text("status", "Status", 14), integer("documents", "Documents")),
						Chart.doughnut("status", "documents"),
						"select s, count(*) from " + STATUSES + " group by s order by s", params),
				ReportTable.query(jdbc, "expiring", "Expiring by escalation window",
						List.of(text("window", "Window", 28), integer("documents", "Documents")), Chart.bar("window", "documents"),
						"""
								select w, count(*) from (select case
								    when x.expiry_date <= :day1 then '1 · Critical (1 day or less)'
								    when x.expiry_date <= :day5 then '2 · Urgent (2–5 days)'
								    when x.expiry_date <= :day10 then '3 · Warning (6–10 days)'
								    else '4 · In window (over 10 days)' end as w
								  from %s where x.s = 'EXPIRING') y group by w order by w""".formatted(STATUSES),
						params),
				ReportTable.query(jdbc, "by-type", "By document type", concat(text("type", "Type", 24), counts),
						Chart.stacked("type", "valid", "expiring", "expired", "inRenewal"),
						"select t.name, " + COUNTS + " from " + STATUSES
								+ " join document_type t on t.id = x.type_id group by t.name order by t.name",
						params),
				ReportTable.query(jdbc, "by-customer", "Customers with most documents needing attention",
						concat(text("customer", "Customer", 32), counts),
						Chart.stacked("customer", "expiring", "expired", "inRenewal"),
						"select c.name, " + COUNTS + " from " + STATUSES + " join customer c on c.id = x.customer_id"
								+ " group by c.id, c.name having sum(case when s <> 'VALID' then 1 else 0 end) > 0"
								+ " order by sum(case when s <> 'VALID' then 1 else 0 end) desc, c.name limit 25",
						params),
				trend(query, params)));
	}

	/**
	 * Month ends of the last twelve months (the last point is the range's end). A document counts at
	 * a point if it existed then and was not yet superseded; its status there follows from its dates,
	 * as {@link DocumentStatusSql#STATUS} has it (in renewal, else expired, else expiring, else valid).
	 * <p>
	 * Each document is first reduced to five point numbers — from which point on it exists, is
	 * superseded, is in renewal, is expiring, is expired (12: never within the trend) — and documents
	 * are counted per combination; only those groups, a few hundred however many documents there are,
	 * are then spread over the twelve points. Joining every document to every point instead cost twelve
	 * rows per document. (The points' columns are not called "day": that is a keyword to H2.)
	 */
	private ReportTable trend(ReportQuery query, Map<String, Object> params) {
		StringJoiner points = new StringJoiner(", ");
		List<LocalDate> days = new ArrayList<>();
		LocalDate month = query.to().withDayOfMonth(1).minusMonths(11);
		for (int i = 0; i < POINTS; i++, month = month.plusMonths(1)) {
			LocalDate day = i == POINTS - 1 ? query.to() : month.withDayOfMonth(month.lengthOfMonth());
			days.add(day);
			params.put("d" + i, day);
			params.put("e" + i, day.plusDays(1).atStartOfDay(query.zone()).toOffsetDateTime());
			points.add("(" + i + ", cast(:d" + i + " as date))");
		}
		ReportTable found = ReportTable.query(jdbc, "trend", "Trend over twelve months",
				List.of(date("day", "Month end"), integer("valid", "Valid"), integer("expiring", "Expiring"),
						integer("expired", "Expired"), integer("inRenewal", "In renewal")),
				Chart.line("day", "valid", "expiring", "expired", "inRenewal"),
				"""
						select m.point_day,
						  sum(case when g.renewing > m.point_no and g.expired > m.point_no and g.expiring > m.point_no then g.n else 0 end),
						  sum(case when g.renewing > m.point_no and g.expired > m.point_no and g.expiring <= m.point_no then g.n else 0 end),
						  sum(case when g.renewing > m.point_no and g.expired <= m.point_no then g.n else 0 end),
						  sum(case when g.renewing <= m.point_no then g.n else 0 end)
						from (select k.created, k.superseded, k.renewing, k.expiring, k.expired, count(*) as n from (
						        select %s as created, %s as superseded, %s as renewing, %s as expiring, %s as expired
						        from document d where d.company_id = :company and d.created_at < :e%d
						          and (d.superseded_at is null or d.superseded_at >= :e0)) k
						      group by k.created, k.superseded, k.renewing, k.expiring, k.expired) g
						join (values %s) m(point_no, point_day) on g.created <= m.point_no and g.superseded > m.point_no
						group by m.point_no, m.point_day order by m.point_no"""
					.formatted(firstPoint("d.created_at < :e"), firstPoint("d.superseded_at < :e"),
							firstPoint("d.renewal_started_at < :e"),
							firstPoint("d.expiry_date is not null and d.expiring_from <= :d"), firstPoint("d.expiry_date < :d"),
							POINTS - 1, points),
				params);
		// a month without documents has no group: show it as zeros rather than leave a gap
		Map<Object, List<Object>> byDay = new java.util.HashMap<>();
		found.rows().forEach(row -> byDay.put(row.get(0), row));
		List<List<Object>> rows = days.stream()
			.map(day -> byDay.getOrDefault(day, List.<Object>of(day, 0L, 0L, 0L, 0L)))
			.toList();
		return new ReportTable(found.id(), found.title(), found.columns(), rows, found.chart());
	}

	/**
	 * The first point whose {@code :eN} (end) or {@code :dN} (day) makes the condition true, or
	 * {@link #POINTS} if none does (a null date never does). The points ascend, so once true it stays true.
	 */
	private static String firstPoint(String condition) {
		StringBuilder sql = new StringBuilder("case");
		for (int i = 0; i < POINTS; i++) {
			sql.append(" when ").append(condition).append(i).append(" then ").append(i);
		}
		return sql.append(" else ").append(POINTS).append(" end").toString();
	}

	private static List<Column> concat(Column first, List<Column> rest) {
		List<Column> all = new ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

}
