package io.chancery.reporting.internal;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Peak heap while 100 000 invoice-like rows go through the Excel writer (not a test: surefire runs
 * only *Tests). Run it with a small heap to see the bound, e.g. from the project folder:
 * {@code java -Xmx64m -cp target/classes:target/test-classes:$(cat cp.txt) io.chancery.reporting.internal.ExportHeapBenchmark}
 * where cp.txt comes from {@code ./mvnw -o dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class ExportHeapBenchmark {

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP).toList();
		System.gc();
		long before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		List<Column> columns = List.of(Column.text("number", "Number", 16), Column.text("customer", "Customer", 32),
				Column.date("issued", "Issued"), Column.date("due", "Due"), Column.money("total", "Total"),
				Column.money("paid", "Paid"), Column.integer("lines", "Lines"), Column.text("status", "Status", 10));
		Path file = Files.createTempFile("benchmark", ".xlsx");
		LocalDate day = LocalDate.of(2026, 1, 1);
		try (XlsxWriter xlsx = new XlsxWriter("AED", ZoneId.of("Asia/Dubai")); OutputStream out = Files.newOutputStream(file)) {
			XlsxWriter.SheetWriter sheet = xlsx.sheet("Invoices", columns);
			for (int i = 0; i < rows; i++) {
				sheet.row(new Object[] { "INV-2026-" + i, "Customer " + (i % 5000), day.plusDays(i % 365),
						day.plusDays(i % 365 + 30), BigDecimal.valueOf(i % 10_000, 2).add(BigDecimal.TEN),
						BigDecimal.valueOf(i % 7_000, 2), (long) (i % 9 + 1), i % 3 == 0 ? "PAID" : "SENT" });
			}
			sheet.finish();
			xlsx.filters(Map.of("Rows", Integer.toString(rows)));
			xlsx.write(out);
		}
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		long after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		System.out.printf("rows=%d file=%d KB heap before=%d MB after=%d MB peak (sum of pool peaks)=%d MB max=%d MB%n", rows,
				Files.size(file) / 1024, before >> 20, after >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
		Files.delete(file);
	}

}
