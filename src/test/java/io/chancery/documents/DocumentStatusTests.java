package io.chancery.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentStatusTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

	static final DocumentType PASSPORT = new DocumentType(1, "PASSPORT", "Passport", true, null, null, 30, Instant.EPOCH);

	@ParameterizedTest
	@CsvSource({ "-1, EXPIRED", "0, EXPIRING", "1, EXPIRING", "30, EXPIRING", "31, VALID", "400, VALID" })
	void statusFollowsDaysLeftAgainstTheTypesWindow(int daysLeft, DocumentStatus expected) {
		Document document = document(TODAY.plusDays(daysLeft));

		assertThat(document.status(TODAY)).isEqualTo(expected);
		assertThat(document.daysLeft(TODAY)).isEqualTo(daysLeft);
	}

	@Test
	void renewalAndSupersessionOverrideTheDates() {
		Document expired = document(TODAY.minusDays(5));
		expired.startRenewal(Instant.EPOCH);
		assertThat(expired.status(TODAY)).isEqualTo(DocumentStatus.IN_RENEWAL);

		expired.supersede(Instant.EPOCH);
		assertThat(expired.status(TODAY)).isEqualTo(DocumentStatus.SUPERSEDED);
		assertThat(expired.isCurrent()).isFalse();
	}

	@Test
	void aDocumentWithoutExpiryIsValid() {
		DocumentType certificate = new DocumentType(1, "BIRTH_CERTIFICATE", "Birth certificate", false, null, null, 30, Instant.EPOCH);
		Document document = new Document(1, certificate, 1, null, null, "x", Instant.EPOCH);
		document.describe(certificate, "B1", null, null, null, null, null, Instant.EPOCH);

		assertThat(document.status(TODAY)).isEqualTo(DocumentStatus.VALID);
		assertThat(document.daysLeft(TODAY)).isNull();
	}

	private static Document document(LocalDate expiry) {
		Document document = new Document(1, PASSPORT, 1, null, null, "x", Instant.EPOCH);
		document.describe(PASSPORT, "N1234567", "AE", null, TODAY.minusYears(5), expiry, null, Instant.EPOCH);
		return document;
	}

}
