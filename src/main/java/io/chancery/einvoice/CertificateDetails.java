package io.chancery.einvoice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** What is shown of the company's signing certificate (never the key or the file). */
public record CertificateDetails(String subject, String issuer, String serialNumber, Instant notBefore,
		Instant notAfter) {

	/** Days until it expires (negative once expired). */
	public long daysLeft(Clock clock) {
		return Duration.between(clock.instant(), notAfter).toDays();
	}

	/** Whether the subject says it is a test certificate (the demo's self-signed one). */
	public boolean isTestCertificate() {
		return subject != null && subject.contains("TEST certificate");
	}

}
