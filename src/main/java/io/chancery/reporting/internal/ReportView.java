package io.chancery.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A report as the dashboard page shows it: each cell's text, and for numbers the raw value the chart
 * reads from the table (the chart is drawn from the table, so both always show the same data).
 */
record ReportView(ReportResult result, List<TableView> tables) {

	record CellView(String text, String value, boolean number) {
	}

	record TableView(String id, String title, List<Column> columns, List<List<CellView>> rows, String chart) {
	}

	static ReportView of(ReportResult result, ObjectMapper json) {
		List<TableView> tables = new ArrayList<>();
		for (ReportTable table : result.tables()) {
			List<List<CellView>> rows = table.rows().stream()
				.map(row -> {
					List<CellView> cells = new ArrayList<>();
					for (int i = 0; i < row.size(); i++) {
						cells.add(cell(table.columns().get(i), row.get(i), result.currency()));
					}
					return cells;
				})
				.toList();
			try {
				tables.add(new TableView(table.id(), table.title(), table.columns(), rows,
						table.chart() == null ? null : json.writeValueAsString(table.chart())));
			}
			catch (JsonProcessingException e) {
				throw new IllegalStateException(e);
			}
		}
		return new ReportView(result, tables);
	}

	private static CellView cell(Column column, Object value, String currency) {
		if (value == null || "".equals(value)) {
			return new CellView("—", "", false);
		}
		return switch (column.type()) {
			case INTEGER -> new CellView(String.format(Locale.ROOT, "%,d", ((Number) value).longValue()), value.toString(), true);
			case DECIMAL -> new CellView(decimal(value), new BigDecimal(value.toString()).toPlainString(), true);
			case MONEY -> new CellView(decimal(value) + " " + currency, new BigDecimal(value.toString()).toPlainString(), true);
			case PERCENT -> {
				BigDecimal percent = new BigDecimal(value.toString()).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
				yield new CellView(percent.toPlainString() + " %", percent.toPlainString(), true);
			}
			default -> new CellView(value.toString(), value.toString(), false);
		};
	}

	private static String decimal(Object value) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(new BigDecimal(value.toString()));
	}

}
