package io.chancery.signatures;

import java.util.List;

/**
 * The signing page's view of a document: a title ("Delivery order RNT-2026-00001"), who it is for,
 * its lines (e.g. each item with its serial) and a closing total or terms line, all as display text.
 */
public record SignableSummary(String title, String partyName, List<Line> lines, List<String> notes) {

	public SignableSummary {
		lines = List.copyOf(lines);
		notes = List.copyOf(notes);
	}

	public record Line(String label, String detail, String amount) {
	}

}
