package io.chancery.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An .xlsx written with POI's streaming SXSSF: only a window of rows stays in memory, the rest goes
 * to a compressed temporary file that {@link #close()} deletes. Cells are typed (numbers, dates,
 * money with the company's currency format), the header row is frozen and filtered, and a
 * "Filters" sheet says what the data was selected by.
 */
final class XlsxWriter implements AutoCloseable {

	/** Rows kept in memory per sheet before they are flushed to the temporary file. */
	private static final int ROW_WINDOW = 200;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);

	private final ZoneId zone;

	private final CellStyle header;

	private final Map<ColumnType, CellStyle> styles = new EnumMap<>(ColumnType.class);

	XlsxWriter(String currency, ZoneId zone) {
		this.zone = zone;
		workbook.setCompressTempFiles(true);
		Font bold = workbook.createFont();
		bold.setBold(true);
		header = workbook.createCellStyle();
		header.setFont(bold);
		int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
		String money = "#,##0" + (digits == 0 ? "" : "." + "0".repeat(digits)) + " \"" + currency + "\"";
		// text gets the workbook's default style explicitly: for a cell without a style SXSSF looks up its
		// column's style through XMLBeans, for every cell written (a quarter of an export's time)
		styles.put(ColumnType.TEXT, workbook.getCellStyleAt(0));
		styles.put(ColumnType.MONEY, style(money));
		styles.put(ColumnType.DECIMAL, style("#,##0.00##"));
		styles.put(ColumnType.INTEGER, style("#,##0"));
		styles.put(ColumnType.PERCENT, style("0.0%"));
		styles.put(ColumnType.DATE, style("yyyy-mm-dd"));
		styles.put(ColumnType.DATE_TIME, style("yyyy-mm-dd hh:mm"));
	}

	private CellStyle style(String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	SheetWriter sheet(String name, List<Column> columns) {
		SXSSFSheet sheet = workbook.createSheet(name);
		Row row = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(columns.get(i).label());
			cell.setCellStyle(header);
			sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
		}
		sheet.createFreezePane(0, 1);
		return new SheetWriter(sheet, columns);
	}

	/** The "Filters" sheet: one row per filter, as the user chose it. */
	void filters(Map<String, String> filters) {
		SheetWriter sheet = sheet("Filters", List.of(Column.text("filter", "Filter", 24), Column.text("value", "Value", 48)));
		filters.forEach((name, value) -> sheet.row(new Object[] { name, value }));
		sheet.finish();
	}

	void write(OutputStream out) {
		try {
			workbook.write(out);
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		try {
			workbook.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			workbook.dispose();
		}
	}

	/** Appends typed rows to one sheet. */
	final class SheetWriter {

		private final SXSSFSheet sheet;

		private final List<Column> columns;

		private int next = 1;

		private SheetWriter(SXSSFSheet sheet, List<Column> columns) {
			this.sheet = sheet;
			this.columns = columns;
		}

		void row(Object[] values) {
			Row row = sheet.createRow(next++);
			for (int i = 0; i < values.length; i++) {
				Object value = values[i];
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(i);
				ColumnType type = columns.get(i).type();
				cell.setCellStyle(styles.get(type));
				switch (value) {
					case LocalDate date -> cell.setCellValue(date);
					case OffsetDateTime time -> cell.setCellValue(time.atZoneSameInstant(zone).toLocalDateTime());
					case Instant instant -> cell.setCellValue(instant.atZone(zone).toLocalDateTime());
					case BigDecimal number -> cell.setCellValue(number.doubleValue());
					case Number number -> cell.setCellValue(number.doubleValue());
					case Boolean flag -> cell.setCellValue(flag);
					default -> cell.setCellValue(value.toString());
				}
			}
		}

		/** Rows written so far, header excluded. */
		long rows() {
			return next - 1L;
		}

		/** The autofilter covers the header and every row written. */
		void finish() {
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns.size() - 1));
		}

	}

}
