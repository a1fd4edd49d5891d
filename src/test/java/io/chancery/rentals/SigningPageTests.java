package io.chancery.rentals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.chancery.links.PublicLinks;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/** The public signing page refuses what it must, with a page saying why, and changes nothing. */
@ChanceryIntegrationTest
class SigningPageTests {

	@LocalServerPort
	int port;

	@Autowired
	RentalService rentals;

	@Autowired
	PublicLinks links;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	ApiClient staff;

	long rentalId;

	String link;

	@BeforeEach
	void checkedOutRental() {
		staff = ApiClient.as(port, "staff@demo-my.chancery", "demo");
		LocalDate today = rentals.today(staff.companyId());
		long item = RentalFixtures.equipment(staff, "TEST_WEIGHTS_M1", "12.00");
		long customer = RentalFixtures.customer(staff, "INDIVIDUAL");
		rentalId = RentalFixtures.reserve(staff, customer, List.of(item), today, today.plusDays(2)).json().get("id").asLong();
		link = RentalFixtures.checkOut(staff, rentalId);
	}

	@Test
	void aBadSignatureIsRefusedAndTheLinkStaysUsable() {
		var notPng = RentalFixtures.sign(port, link, "Someone", "data:image/png;base64,R0lGODlhAQABAAAAACw=");
		assertThat(notPng.statusCode()).isEqualTo(400);
		assertThat(notPng.body()).contains("The signature must be a PNG image");
		var noName = RentalFixtures.sign(port, link, " ", RentalFixtures.signaturePng());
		assertThat(noName.statusCode()).isEqualTo(400);
		assertThat(noName.body()).contains("Please type your name");
		assertThat(staff.get("/api/v1/rentals/" + rentalId).json().get("signature").isNull()).isTrue();

		var submissions = RentalFixtures.signRepeatedly(port, link, "Tan Mei Ling", RentalFixtures.signaturePng(), 2);
		assertThat(submissions.get(0).statusCode()).isEqualTo(200);
		assertThat(submissions.get(0).body()).contains("Thank you, it is signed");
		assertThat(submissions.get(1).body()).as("the replay").contains("Already signed").contains("Tan Mei Ling");
		assertThat(staff.get("/api/v1/rentals/" + rentalId).json().at("/signature/signerName").asText()).isEqualTo("Tan Mei Ling");
		// the company's audit log: one signature by the customer through the link; refusals and the replay left none
		assertThat(jdbc.sql("select actor_kind, actor_name from audit_entry where entity_type = ? and entity_id = ? and action = 'SIGNED'")
			.params("DELIVERY_ORDER", rentalId)
			.query((row, n) -> row.getString(1) + " " + row.getString(2))
			.list()).containsExactly("CUSTOMER customer via link (Tan Mei Ling)");
	}

	@Test
	void aNewLinkWithdrawsTheOldOneAndTokensOfOtherPurposesOrExpiredOnesAreRefused() throws Exception {
		var fresh = staff.post("/api/v1/rentals/" + rentalId + "/signing-link", "");
		assertThat(fresh.status()).isEqualTo(200);
		assertThat(get(link).body()).contains("Link withdrawn");
		assertThat(get(link).statusCode()).isEqualTo(410);

		var otherPurpose = links.issue("quote-approval", staff.companyId(), rentalId, clock.instant().plus(1, ChronoUnit.HOURS), true);
		var wrong = get("/s/" + otherPurpose.token());
		assertThat(wrong.statusCode()).isEqualTo(410);
		assertThat(wrong.body()).contains("not meant for this page");
		assertThat(get("/s/not-a-token").body()).contains("Link not valid");
		assertThat(get(URI.create(fresh.json().get("url").asText()).getPath()).statusCode()).isEqualTo(200);
	}

	@Test
	void hammeringOneLinkIsAnsweredWith429AndRetryAfter() throws Exception {
		HttpResponse<String> last = null;
		for (int i = 0; i < 25 && (last == null || last.statusCode() != 429); i++) {
			last = get(link);
		}
		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
		assertThat(last.body()).contains("Try again in");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
