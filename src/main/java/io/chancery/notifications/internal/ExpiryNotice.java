package io.chancery.notifications.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.chancery.expiry.EscalationLevel;

/**
 * What an escalation tells everyone, in English: which document, whose, and how close its expiry is.
 * Public for the mail templates, which call its methods.
 * @param employer the customer the holder works for, or null when the holder is the customer
 * @param logoUrl absolute, or null when the company has no logo
 * @param documentUrl the document's page, absolute
 */
public record ExpiryNotice(EscalationLevel level, String typeName, String number, String holder, String employer,
		String companyName, URI logoUrl, LocalDate expiryDate, long daysLeft, URI documentUrl) {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	/** "Passport N1234567 of Priya Raman expires in 5 days". */
	public String title() {
		return typeName + " " + number + " of " + holder + " " + when();
	}

	/** On one line whatever the names hold, so that no name can add a header to the mail. */
	public String subject() {
		return ("[" + level + "] " + title()).replaceAll("\\p{Cntrl}", " ");
	}

	public String message() {
		return "Expiry date " + expiryDateText() + (employer == null ? "" : " · " + holder + " works for " + employer);
	}

	public String when() {
		if (daysLeft > 0) {
			return "expires in " + daysLeft + (daysLeft == 1 ? " day" : " days");
		}
		if (daysLeft == 0) {
			return "expires today";
		}
		return "expired " + -daysLeft + (daysLeft == -1 ? " day" : " days") + " ago";
	}

	public String expiryDateText() {
		return DATE.format(expiryDate);
	}

}
