package io.chancery.bench;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 1 000 000 current documents over 50 companies (the demo company and 49 more), seeded with set-based SQL.
 * Expiry dates spread evenly from 30 days ago to ten years ahead, so about 1 % are in an escalation window
 * (expired, or 10 days left or fewer) and about 3 % within the scan's 90-day horizon.
 */
final class DocumentSeed {

	static final int COMPANIES = 50;

	static final int DOCUMENTS = 1_000_000;

	private DocumentSeed() {
	}

	static void seed(JdbcTemplate jdbc, long demoCompanyId) {
		jdbc.update("""
				insert into company (name, country, currency, time_zone, created_at)
				select 'Bench company ' || g, 'AE', 'AED', 'Asia/Dubai', current_timestamp from generate_series(1, ?) g""",
				COMPANIES - 1);
		jdbc.update("""
				insert into document_type (company_id, code, name, expires, number_pattern, number_hint, expiring_window_days, created_at)
				select c.id, t.code, t.name, t.expires, null, null, t.expiring_window_days, current_timestamp
				from company c cross join document_type t
				where c.name like 'Bench company %' and t.company_id = ?""", demoCompanyId);
		jdbc.update("""
				insert into customer (company_id, kind, name, email, preferred_language, archived, created_at, updated_at, version)
				select c.id, 'INDIVIDUAL', 'Bench customer ' || g, 'bench-' || c.id || '-' || g || '@example.com', 'en', false,
				       current_timestamp, current_timestamp, 0
				from company c cross join generate_series(1, 20) g
				where c.name like 'Bench company %' or c.id = ?""", demoCompanyId);
		// fresh tables have no statistics: without them the planner joins a million rows by nested loops
		jdbc.execute("analyze company");
		jdbc.execute("analyze document_type");
		jdbc.execute("analyze customer");
		jdbc.update("""
				with c as (select id, row_number() over (order by id) - 1 as n from company
				           where name like 'Bench company %' or id = ?),
				     t as (select id, company_id, expiring_window_days,
				                  row_number() over (partition by company_id order by id) - 1 as n from document_type),
				     cu as (select id, company_id, row_number() over (partition by company_id order by id) - 1 as n
				            from customer where name like 'Bench customer %'),
				     d as (select g, current_date - 30 + ((g::bigint * 7919) % 3650)::int as expiry
				           from generate_series(0, ? - 1) g)
				insert into document (company_id, type_id, customer_id, number, active_number, issuing_country, issue_date,
				    expiry_date, expiring_from, created_at, created_by, updated_at, version)
				select c.id, t.id, cu.id, 'BENCH' || d.g, 'BENCH' || d.g, 'AE', d.expiry - 1825, d.expiry,
				       d.expiry - t.expiring_window_days, current_timestamp, 'bench@chancery', current_timestamp, 0
				from d
				join c on c.n = d.g % ?
				join t on t.company_id = c.id and t.n = (d.g / ?) % 8
				join cu on cu.company_id = c.id and cu.n = (d.g / (? * 8)) % 20""",
				demoCompanyId, DOCUMENTS, COMPANIES, COMPANIES, COMPANIES);
		jdbc.execute("analyze document");
	}

}
