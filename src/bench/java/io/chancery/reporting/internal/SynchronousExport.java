package io.chancery.reporting.internal;

import java.io.OutputStream;

import org.springframework.context.ApplicationContext;

/** Lets the benchmark suite call the synchronous list exporter, which is internal to reporting. */
public final class SynchronousExport {

	private SynchronousExport() {
	}

	/** Exports a whole list (no date range) of a company; returns the number of rows. */
	public static long export(ApplicationContext context, long companyId, String list, OutputStream out) {
		ListExporter exporter = context.getBean(ListExporter.class);
		return exporter.export(companyId, exporter.list(list), new DateRange(null, null), out, rows -> {
		});
	}

}
