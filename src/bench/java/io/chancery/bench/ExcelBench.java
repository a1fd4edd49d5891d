package io.chancery.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.chancery.reporting.internal.SynchronousExport;

/**
 * The invoice list with 100 000 rows exported to .xlsx by the synchronous exporter (the one the export
 * endpoint streams), time and heap. Rows are seeded with SQL, not through JPA.
 */
final class ExcelBench {

	private static final int ROWS = 100_000;

	private final ApplicationContext context;

	private final JdbcTemplate jdbc;

	ExcelBench(ApplicationContext context, JdbcTemplate jdbc) {
		this.context = context;
		this.jdbc = jdbc;
	}

	void run(BenchReport report, long companyId, long customerId) throws Exception {
		jdbc.update("""
				insert into invoice (company_id, customer_id, source, number, status, currency, issue_date, due_date,
				    payment_terms_days, subtotal, discount_total, tax_total, total, amount_paid, review_required,
				    created_by, created_at, updated_at, version)
				select ?, ?, 'bench', 'BENCH-' || g, case when g % 3 = 0 then 'PAID' else 'SENT' end, 'AED',
				    current_date - (g % 700), current_date - (g % 700) + 30, 30, 1000 + g % 997, 0, 50 + (g % 997) / 20.0,
				    1050 + g % 997 + (g % 997) / 20.0, case when g % 3 = 0 then 1050 + g % 997 + (g % 997) / 20.0 else 0 end,
				    false, 'bench@chancery', current_timestamp, current_timestamp, 0
				from generate_series(1, ?) g""", companyId, customerId, ROWS);
		jdbc.execute("analyze invoice");

		Path file = Files.createTempFile("bench-invoices", ".xlsx");
		export(companyId, file);
		System.gc();
		long baseline = heapUsed();
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
		long rows;
		double seconds;
		long start = System.nanoTime();
		rows = export(companyId, file);
		seconds = (System.nanoTime() - start) / 1e9;
		long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
		long size = Files.size(file);
		long liveDuringExport = liveHeapPeak(companyId, file);
		Files.deleteIfExists(file);

		double growthMb = Math.max(0, liveDuringExport - baseline) / 1048576.0;
		String writerInSmallHeap = writerIn256Mb();
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("rows", rows);
		metrics.put("seconds", seconds);
		metrics.put("rowsPerSecond", rows / seconds);
		metrics.put("liveHeapGrowthMb", growthMb);
		metrics.put("heapBaselineMb", baseline / 1048576.0);
		metrics.put("allocatedMb", allocated / 1048576.0);
		metrics.put("fileBytes", size);
		metrics.put("writerAlone100kRowsInXmx256m", writerInSmallHeap);
		report.add("excel: 100 k invoice rows to .xlsx", metrics, "≤ 2 s with heap ≤ 256 MB", seconds <= 2 && growthMb <= 256,
				"second export timed (the first warms the code); heap = a third, untimed export with a full GC every"
						+ " 200 ms: the most heap live after those GCs minus the heap live after a full GC before it (the app"
						+ " shares this JVM: an upper bound for the export); allocated = bytes the exporting thread allocated"
						+ " in the timed export, nearly all short-lived.");
	}

	/**
	 * Peak heap still live while an export runs: a full GC every 200 ms leaves only what is reachable, so
	 * garbage waiting in the young generation does not count. Slows the export, so it is not the timed one.
	 */
	private long liveHeapPeak(long companyId, Path file) throws Exception {
		AtomicLong peak = new AtomicLong();
		AtomicBoolean exporting = new AtomicBoolean(true);
		Thread sampler = Thread.ofPlatform().name("bench-heap-sampler").start(() -> {
			while (exporting.get()) {
				System.gc();
				peak.accumulateAndGet(heapUsed(), Math::max);
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException e) {
					return;
				}
			}
		});
		try {
			export(companyId, file);
		}
		finally {
			exporting.set(false);
			sampler.join();
		}
		return peak.get();
	}

	/** The Excel writer alone, 100 000 rows, in a JVM of its own limited to 256 MB: it either fits or fails. */
	private static String writerIn256Mb() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		try {
			List<String> out = PdfBench.run(List.of(java, "-Xmx256m", "-cp", classPath,
					"io.chancery.reporting.internal.ExportHeapBenchmark", "100000"));
			return out.isEmpty() ? "no output" : out.getLast();
		}
		catch (IllegalStateException failed) {
			return "failed: " + failed.getMessage();
		}
	}

	private long export(long companyId, Path file) throws Exception {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
			return SynchronousExport.export(context, companyId, "invoices", out);
		}
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getUsage().getUsed()).sum();
	}

}
