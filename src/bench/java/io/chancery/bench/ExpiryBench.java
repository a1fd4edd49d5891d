package io.chancery.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import io.chancery.expiry.ExpiryScanner;

/**
 * The expiry scan of every company (the 50 seeded ones and the demo data's) over the 1 000 000 seeded documents: finds every document in an
 * escalation window and records its escalations; then the same scan again, which must write nothing.
 */
final class ExpiryBench {

	private final ExpiryScanner scanner;

	private final JdbcTemplate jdbc;

	ExpiryBench(ExpiryScanner scanner, JdbcTemplate jdbc) {
		this.scanner = scanner;
		this.jdbc = jdbc;
	}

	void run(BenchReport report) {
		long escalationsBefore = escalations();
		Scan first = scan();
		long escalationsAfterFirst = escalations();
		long publicationsAfterFirst = publications();
		Scan second = scan();
		long written = escalations() - escalationsAfterFirst;
		long published = publications() - publicationsAfterFirst;

		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("documents", DocumentSeed.DOCUMENTS);
		metrics.put("companiesScanned", first.companies());
		metrics.put("escalationsWritten", escalationsAfterFirst - escalationsBefore);
		metrics.put("firstRunSeconds", first.seconds());
		metrics.put("secondRunSeconds", second.seconds());
		metrics.put("secondRunEscalationsWritten", written);
		metrics.put("secondRunEventsPublished", published);
		report.add("expiry scan: 1 M documents, 50 companies", metrics,
				"≤ 3 s; idempotent second run ≤ 3 s and writes nothing",
				first.seconds() <= 3 && second.seconds() <= 3 && written == 0 && published == 0,
				"ExpiryScanner.scanDueCompanies (the scheduled scan) with every company's slot due; escalation events"
						+ " go to the event publication table in the same transactions (their listeners run after, untimed).");
	}

	private record Scan(int companies, double seconds) {
	}

	/** The scheduled scan, with every company's slot made due again first. */
	private Scan scan() {
		jdbc.update("delete from expiry_scan_slot");
		long start = System.nanoTime();
		int companies = scanner.scanDueCompanies();
		return new Scan(companies, (System.nanoTime() - start) / 1e9);
	}

	private long escalations() {
		return jdbc.queryForObject("select count(*) from document_escalation", Long.class);
	}

	private long publications() {
		return jdbc.queryForObject("select count(*) from event_publication", Long.class)
				+ jdbc.queryForObject("select count(*) from event_publication_archive", Long.class);
	}

}
