package io.chancery.reporting.internal;

import static io.chancery.reporting.internal.Column.decimal;
import static io.chancery.reporting.internal.Column.integer;
import static io.chancery.reporting.internal.Column.money;
import static io.chancery.reporting.internal.Column.percent;
import static io.chancery.reporting.internal.Column.text;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Billing's figures for a range of the company's days. The rules:
 * <ul>
 * <li><b>Invoiced</b>: the totals (tax included) of invoices issued in the range (issue date) that are
 * SENT or PAID now. Drafts have not been issued; CANCELLED invoices are void and REJECTED ones are
 * disputed by the customer (neither can carry payments), so all three are left out.</li>
 * <li><b>Collected</b>: payments dated in the range (payment date), whatever the invoice's issue date.</li>
 * <li><b>Outstanding</b> on the range's last day: per invoice issued by then and SENT or PAID now, its
 * total less the payments dated and the credit notes issued up to that day, where above zero. An invoice paid later counts as
 * outstanding on an earlier day.</li>
 * <li><b>Ageing</b> of those outstanding balances by due date, as days past due on the range's last
 * day: not yet due, 0–30, 31–60, 61–90 and over 90 days.</li>
 * <li><b>By service</b>: invoiced lines' net amounts (after line discounts, before tax) of the invoices
 * counted as invoiced, per catalogue service; free-text lines together as "Other (free text)".</li>
 * <li><b>Quotes</b>: quotes sent in the range (send time); decided = APPROVED or REJECTED now (an
 * expired quote was never decided); conversion rate = approved / decided; time to approval = from
 * sending to the audit's APPROVED entry, the median over the approved ones, in days.</li>
 * </ul>
 * Amounts are in the company's currency (billing invoices in it). Staff do not see this report.
 */
@Component
class RevenueReport implements Report {

	/** Invoices counted as invoiced, issued in the range. */
	private static final String INVOICED = """
			i.company_id = :company and i.status in ('SENT', 'PAID') and i.issue_date >= :from and i.issue_date <= :to""";

	/**
	 * Each invoice's balance on the range's last day (callers keep those above zero). The payments are
	 * summed per invoice once and joined, rather than summed in a subquery per invoice: at a few
	 * thousand invoices per company that was one index probe per invoice, twice (select and filter).
	 */
	private static final String OUTSTANDING = """
			(select i.id, i.customer_id, i.due_date, i.total - coalesce(p.paid, 0) - coalesce(c.credited, 0) as balance
			 from invoice i left join (select p.invoice_id, sum(p.amount) as paid from payment p
			     where p.company_id = :company and p.paid_on <= :to group by p.invoice_id) p on p.invoice_id = i.id
			 left join (select c.invoice_id, sum(c.total) as credited from credit_note c
			     where c.company_id = :company and c.issue_date <= :to group by c.invoice_id) c on c.invoice_id = i.id
			 where i.company_id = :company and i.status in ('SENT', 'PAID') and i.issue_date <= :to) o""";

	private final JdbcClient jdbc;

	RevenueReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "revenue";
	}

	@Override
	public String title() {
		return "Revenue";
	}

	@Override
	public ReportResult run(ReportQuery query) {
		Map<String, Object> params = query.params();
		// bucket edges as dates, so no date arithmetic happens in SQL (PostgreSQL and H2 differ there)
		params.put("due30", query.to().minusDays(30));
		params.put("due60", query.to().minusDays(60));
		params.put("due90", query.to().minusDays(90));
		params.put("outstandingLabel", "3 · Outstanding on " + query.to());
		return result(query, List.of(
				ReportTable.query(jdbc, "totals", "Invoiced, collected and outstanding",
						List.of(text("figure", "Figure", 28), money("amount", "Amount")), Chart.bar("figure", "amount"),
						"""
								select '1 · Invoiced', coalesce(sum(i.total), 0) from invoice i where %s
								union all
								select '2 · Collected', coalesce(sum(p.amount), 0) from payment p
								  where p.company_id = :company and p.paid_on >= :from and p.paid_on <= :to
								union all
								select cast(:outstandingLabel as varchar(40)), coalesce(sum(o.balance), 0) from %s
								  where o.balance > 0
								order by 1""".formatted(INVOICED, OUTSTANDING),
						params),
				byMonth(query, params),
				ReportTable.query(jdbc, "ageing", "Outstanding by days past due on " + query.to(),
						List.of(text("bucket", "Days past due", 20), integer("invoices", "Invoices"), money("balance", "Balance")),
						Chart.bar("bucket", "balance"),
						"""
								select b, count(*), sum(balance) from (select o.balance, case
								    when o.due_date > :to then '0 · Not yet due'
								    when o.due_date >= :due30 then '1 · 0–30'
								    when o.due_date >= :due60 then '2 · 31–60'
								    when o.due_date >= :due90 then '3 · 61–90'
								    else '4 · Over 90' end as b
								  from %s where o.balance > 0) x group by b order by b""".formatted(OUTSTANDING),
						params),
				ReportTable.query(jdbc, "by-customer", "By customer (top 25 by invoiced)",
						List.of(text("customer", "Customer", 32), money("invoiced", "Invoiced"), money("collected", "Collected"),
								money("outstanding", "Outstanding")),
						Chart.bar("customer", "invoiced", "collected", "outstanding"),
						"""
								select c.name, sum(x.invoiced), sum(x.collected), sum(x.outstanding) from (
								  select i.customer_id, i.total as invoiced, 0 as collected, 0 as outstanding from invoice i where %s
								  union all
								  select i.customer_id, 0, p.amount, 0 from payment p
								    join invoice i on i.id = p.invoice_id and i.company_id = p.company_id
								    where p.company_id = :company and p.paid_on >= :from and p.paid_on <= :to
								  union all
								  select o.customer_id, 0, 0, o.balance from %s where o.balance > 0) x
								join customer c on c.id = x.customer_id and c.company_id = :company
								group by c.id, c.name order by sum(x.invoiced) desc, c.name limit 25""".formatted(INVOICED, OUTSTANDING),
						params),
				ReportTable.query(jdbc, "by-service", "Invoiced by service (net of discounts, before tax)",
						List.of(text("service", "Service", 32), integer("lines", "Lines"), money("net", "Net amount")),
						Chart.bar("service", "net"),
						"""
								select coalesce(s.name, 'Other (free text)'), count(*), sum(l.net_amount)
								from invoice i join invoice_line l on l.invoice_id = i.id
								left join catalog_service s on s.id = l.service_id
								where %s group by s.name order by sum(l.net_amount) desc, 1""".formatted(INVOICED),
						params),
				ReportTable.query(jdbc, "quotes", "Quotes sent in the range",
						List.of(integer("sent", "Sent"), integer("approved", "Approved"), integer("rejected", "Rejected"),
								integer("expired", "Expired"), percent("conversion", "Conversion (approved / decided)"),
								decimal("medianDays", "Median days to approval")),
						null,
						"""
								select count(*),
								  sum(case when q.status = 'APPROVED' then 1 else 0 end),
								  sum(case when q.status = 'REJECTED' then 1 else 0 end),
								  sum(case when q.status = 'EXPIRED' then 1 else 0 end),
								  cast(sum(case when q.status = 'APPROVED' then 1 else 0 end) as numeric(19, 4))
								    / nullif(sum(case when q.status in ('APPROVED', 'REJECTED') then 1 else 0 end), 0),
								  (select cast(percentile_cont(0.5) within group (order by
								       (extract(epoch from a.at) - extract(epoch from q2.sent_at)) / 86400.0) as numeric(12, 2))
								   from quote q2 join billing_audit a on a.company_id = q2.company_id and a.document_kind = 'QUOTE'
								     and a.document_id = q2.id and a.to_status = 'APPROVED'
								   where q2.company_id = :company and q2.status = 'APPROVED'
								     and q2.sent_at >= :fromAt and q2.sent_at < :toAt)
								from quote q where q.company_id = :company and q.sent_at >= :fromAt and q.sent_at < :toAt""",
						params)));
	}

	/** Every month of the range, months without invoices or payments as zeros. */
	private ReportTable byMonth(ReportQuery query, Map<String, Object> params) {
		ReportTable found = ReportTable.query(jdbc, "by-month", "By month",
				List.of(text("month", "Month", 10), money("invoiced", "Invoiced"), money("collected", "Collected")),
				Chart.bar("month", "invoiced", "collected"),
				"""
						select m, sum(invoiced), sum(collected) from (
						  select to_char(i.issue_date, 'YYYY-MM') as m, i.total as invoiced, 0 as collected from invoice i where %s
						  union all
						  select to_char(p.paid_on, 'YYYY-MM'), 0, p.amount from payment p
						    where p.company_id = :company and p.paid_on >= :from and p.paid_on <= :to) x
						group by m order by m""".formatted(INVOICED),
				params);
		Map<Object, List<Object>> byMonth = new HashMap<>();
		found.rows().forEach(row -> byMonth.put(row.get(0), row));
		List<List<Object>> rows = new ArrayList<>();
		for (YearMonth month = YearMonth.from(query.from()); !month.isAfter(YearMonth.from(query.to())); month = month.plusMonths(1)) {
			String label = month.toString();
			rows.add(byMonth.getOrDefault(label, List.of(label, BigDecimal.ZERO, BigDecimal.ZERO)));
		}
		return new ReportTable(found.id(), found.title(), found.columns(), rows, found.chart());
	}

}
