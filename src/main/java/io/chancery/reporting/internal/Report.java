package io.chancery.reporting.internal;

/** One report: a bean per report, found by {@link #name()} ({@code /api/v1/reports/{name}}). */
interface Report {

	String name();

	String title();

	/** Whether staff may open it, seeing only their own figures ({@link ReportQuery#onlyFor()}). */
	default boolean openToStaff() {
		return false;
	}

	ReportResult run(ReportQuery query);

	default ReportResult result(ReportQuery query, java.util.List<ReportTable> tables) {
		return new ReportResult(name(), title(), query.from(), query.to(), query.currency(), query.onlyFor() != null, tables);
	}

}
