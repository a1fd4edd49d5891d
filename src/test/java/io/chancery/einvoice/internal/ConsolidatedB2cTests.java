package io.chancery.einvoice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.chancery.einvoice.B2cSale;
import io.chancery.einvoice.ConsolidatedB2c;
import io.chancery.einvoice.DocumentValidation;
import io.chancery.einvoice.EDocument;
import io.chancery.einvoice.EDocuments;
import io.chancery.einvoice.TestCertificates;
import io.chancery.einvoice.internal.MyInvoisClient.Credentials;
import io.chancery.einvoice.internal.MyInvoisClient.OutgoingDocument;

/** The monthly consolidated e-invoice of B2C sales: its content, its deadline, and the stand-in's verdict. */
class ConsolidatedB2cTests {

	static final List<B2cSale> MARCH = List.of(
			new B2cSale("INV-2026-00011", LocalDate.of(2026, 3, 4), new BigDecimal("100.00"), "02", new BigDecimal("8"),
					new BigDecimal("8.00")),
			new B2cSale("INV-2026-00017", LocalDate.of(2026, 3, 12), new BigDecimal("250.50"), "02", new BigDecimal("8"),
					new BigDecimal("20.04")),
			new B2cSale("INV-2026-00023", LocalDate.of(2026, 3, 30), new BigDecimal("40.00"), "06", BigDecimal.ZERO,
					BigDecimal.ZERO));

	@Test
	void theMonthsB2cSalesBecomeOneValidDocumentForTheGeneralPublic() {
		EDocument consolidated = ConsolidatedB2c.build("CON-2026-03", EDocuments.supplier(), MARCH,
				Instant.parse("2026-04-02T01:00:00Z"));

		assertThat(DocumentValidation.validate(consolidated)).isEmpty();
		assertThat(consolidated.buyer().tin()).isEqualTo("EI00000000010");
		assertThat(consolidated.lines()).hasSize(3)
			.allSatisfy(line -> assertThat(line.classifications()).extracting(c -> c.code()).containsExactly("004"));
		assertThat(consolidated.lines().get(1).description()).isEqualTo("INV-2026-00017 of 2026-03-12");
		assertThat(consolidated.totals().payableAmount()).isEqualByComparingTo("418.54");
		assertThat(consolidated.taxSubtotals()).hasSize(2);
		assertThat(consolidated.taxSubtotals().getFirst().taxableAmount()).isEqualByComparingTo("350.50");
		assertThat(UblJson.read(UblJson.write(consolidated))).isEqualTo(consolidated);
	}

	@Test
	void onlySalesWithoutATinAreB2cAndTheDeadlineIsTheSeventhOfTheNextMonth() {
		assertThat(ConsolidatedB2c.isB2c(null)).isTrue();
		assertThat(ConsolidatedB2c.isB2c(" ")).isTrue();
		assertThat(ConsolidatedB2c.isB2c("EI00000000010")).isTrue();
		assertThat(ConsolidatedB2c.isB2c("C20880050010")).isFalse();
		assertThat(ConsolidatedB2c.deadline(YearMonth.of(2026, 3))).isEqualTo(LocalDate.of(2026, 4, 7));
		assertThat(ConsolidatedB2c.deadline(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2027, 1, 7));
		assertThatThrownBy(() -> ConsolidatedB2c.build("CON-EMPTY", EDocuments.supplier(), List.of(), Instant.now()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theStandInValidatesASignedConsolidatedDocument() {
		Instant now = Instant.now();
		try (MyInvoisStandIn standIn = MyInvoisStandIn.start(Clock.systemUTC(), MyInvoisStandIn.Limits.documented())) {
			standIn.registerClient("consolidating", "secret", EDocuments.supplier().tin(), Set.of());
			MyInvoisClient client = new MyInvoisClient(standIn.baseUri(), new Credentials("consolidating", "secret", null),
					HttpClient.newHttpClient(), Clock.systemUTC(), MyInvoisClient.Pause.SLEEP);
			EDocument consolidated = ConsolidatedB2c.build("CON-" + System.nanoTime(), EDocuments.supplier(), MARCH, now);
			String signed = JsonSignature.sign(UblJson.write(consolidated),
					TestCertificates.signingKey("C=MY, O=Chancery Test, CN=Consolidated Signer"), now);

			var result = client.submit(List.of(new OutgoingDocument(consolidated.number(), "JSON", signed))).getFirst();

			String uuid = result.accepted().getFirst().uuid();
			var status = await().atMost(Duration.ofSeconds(60))
				.until(() -> client.getDocumentDetails(uuid), details -> !details.summary().status().equals("Submitted"));
			assertThat(status.errors()).isEmpty();
			assertThat(status.summary().status()).isEqualTo("Valid");
		}
	}

}
