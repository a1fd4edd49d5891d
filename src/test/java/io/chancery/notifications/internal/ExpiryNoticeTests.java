package io.chancery.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.chancery.expiry.EscalationLevel;

class ExpiryNoticeTests {

	@Test
	void saysHowCloseTheExpiryIs() {
		assertThat(notice("Priya Raman", 5).subject()).isEqualTo("[URGENT] Passport N1234567 of Priya Raman expires in 5 days");
		assertThat(notice("Priya Raman", 1).when()).isEqualTo("expires in 1 day");
		assertThat(notice("Priya Raman", 0).when()).isEqualTo("expires today");
		assertThat(notice("Priya Raman", -1).when()).isEqualTo("expired 1 day ago");
		assertThat(notice("Priya Raman", -12).when()).isEqualTo("expired 12 days ago");
	}

	@Test
	void aNameCannotBreakTheSubjectLine() {
		assertThat(notice("Priya\r\nBcc: someone@example.com", 5).subject()).doesNotContain("\r", "\n");
	}

	@Test
	void customersGetTheirLanguageWhereThereIsATemplateForIt() {
		assertThat(ExpiryMail.languageFor("en")).isEqualTo("en");
		assertThat(ExpiryMail.languageFor("ar")).as("no Arabic template yet").isEqualTo("en");
		assertThat(ExpiryMail.languageFor("../../application")).isEqualTo("en");
		assertThat(ExpiryMail.languageFor(null)).isEqualTo("en");
	}

	private static ExpiryNotice notice(String holder, long daysLeft) {
		return new ExpiryNotice(EscalationLevel.URGENT, "Passport", "N1234567", holder, null, "Demo Services FZ-LLC", null,
				LocalDate.of(2026, 12, 1), daysLeft, URI.create("http://localhost:8080/documents/1"));
	}

}
