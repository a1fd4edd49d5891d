package io.chancery.reporting.internal;

/** A column of a report table or export: key (JSON), label (header) and width in characters. */
record Column(String key, String label, ColumnType type, int width) {

	static Column text(String key, String label, int width) {
		return new Column(key, label, ColumnType.TEXT, width);
	}

	static Column integer(String key, String label) {
		return new Column(key, label, ColumnType.INTEGER, Math.max(10, label.length() + 2));
	}

	static Column money(String key, String label) {
		return new Column(key, label, ColumnType.MONEY, Math.max(16, label.length() + 2));
	}

	static Column decimal(String key, String label) {
		return new Column(key, label, ColumnType.DECIMAL, Math.max(12, label.length() + 2));
	}

	static Column percent(String key, String label) {
		return new Column(key, label, ColumnType.PERCENT, Math.max(10, label.length() + 2));
	}

	static Column date(String key, String label) {
		return new Column(key, label, ColumnType.DATE, Math.max(12, label.length() + 2));
	}

	static Column dateTime(String key, String label) {
		return new Column(key, label, ColumnType.DATE_TIME, Math.max(18, label.length() + 2));
	}

}
