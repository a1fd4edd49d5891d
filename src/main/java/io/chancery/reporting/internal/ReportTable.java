package io.chancery.reporting.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** One table of a report (a sheet in Excel, a chart and its table on the dashboard). */
record ReportTable(String id, String title, List<Column> columns, List<List<Object>> rows, Chart chart) {

	/** Runs an aggregate query whose select list matches the columns, in order. */
	static ReportTable query(JdbcClient jdbc, String id, String title, List<Column> columns, Chart chart, String sql,
			Map<String, ?> params) {
		List<List<Object>> rows = jdbc.sql(sql).params(params)
			.query((rs, n) -> Arrays.asList(ListExporter.values(rs, columns)))
			.list();
		return new ReportTable(id, title, columns, rows, chart);
	}

}
