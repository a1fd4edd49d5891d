package io.chancery.reporting.internal;

import java.util.List;

/** How a table is drawn: one label column and the value columns as series. */
record Chart(String type, String labelKey, List<String> valueKeys, boolean stacked) {

	static Chart bar(String labelKey, String... valueKeys) {
		return new Chart("bar", labelKey, List.of(valueKeys), false);
	}

	static Chart stacked(String labelKey, String... valueKeys) {
		return new Chart("bar", labelKey, List.of(valueKeys), true);
	}

	static Chart line(String labelKey, String... valueKeys) {
		return new Chart("line", labelKey, List.of(valueKeys), false);
	}

	static Chart doughnut(String labelKey, String valueKey) {
		return new Chart("doughnut", labelKey, List.of(valueKey), false);
	}

}
