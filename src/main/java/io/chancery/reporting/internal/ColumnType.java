package io.chancery.reporting.internal;

/** How a column's values are read from JDBC, shown in JSON and typed in Excel. */
enum ColumnType {

	TEXT, INTEGER, DECIMAL, MONEY,
	/** A fraction from 0 to 1, shown as a percentage. */
	PERCENT, DATE,
	/** An instant, shown in the company's time zone. */
	DATE_TIME

}
