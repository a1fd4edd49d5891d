package io.chancery.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.chancery.links.InvalidLinkException.Reason;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.tenancy.CompanyService;

@ChanceryIntegrationTest
class PublicLinksTests {

	private static final String PURPOSE = "quote-approval";

	@LocalServerPort
	int port;

	@Autowired
	PublicLinks links;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	CompanyService companies;

	long companyId;

	long subjectId;

	@BeforeEach
	void pickCompanyAndSubject() {
		companyId = companies.all().get(0).getId();
		subjectId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
	}

	@Test
	void aSingleUseLinkWorksOnceAndThenShowsItWasUsed() {
		IssuedLink issued = links.issue(PURPOSE, companyId, subjectId, clock.instant().plus(Duration.ofDays(30)), true);

		PublicLink checked = links.check(issued.token(), PURPOSE);
		PublicLink redeemed = transaction.execute(status -> links.redeem(issued.token(), PURPOSE));

		assertThat(checked.companyId()).isEqualTo(companyId);
		assertThat(checked.subjectId()).isEqualTo(subjectId);
		assertThat(checked.used()).isFalse();
		assertThat(redeemed.used()).isTrue();
		assertRefused(() -> transaction.execute(status -> links.redeem(issued.token(), PURPOSE)), Reason.USED);
		InvalidLinkException again = refused(() -> links.check(issued.token(), PURPOSE));
		assertThat(again.reason()).isEqualTo(Reason.USED);
		assertThat(again.link().subjectId()).isEqualTo(subjectId);
	}

	@Test
	void aLinkRedeemedByAnActionThatRollsBackIsNotSpent() {
		IssuedLink issued = links.issue(PURPOSE, companyId, subjectId, clock.instant().plus(Duration.ofDays(1)), true);

		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			links.redeem(issued.token(), PURPOSE);
			throw new IllegalStateException("the approval could not be recorded");
		})).hasMessage("the approval could not be recorded");

		assertThat(links.check(issued.token(), PURPOSE).used()).isFalse();
	}

	@Test
	void ofTwoConcurrentRedeemersExactlyOneWins() {
		IssuedLink issued = links.issue(PURPOSE, companyId, subjectId, clock.instant().plus(Duration.ofDays(1)), true);

		List<Reason> outcomes;
		try (ExecutorService redeemers = Executors.newFixedThreadPool(2)) {
			List<CompletableFuture<Reason>> attempts = List.of(redeemAsync(issued.token(), redeemers),
					redeemAsync(issued.token(), redeemers));
			outcomes = attempts.stream().map(CompletableFuture::join).toList();
		}

		assertThat(outcomes).containsExactlyInAnyOrder(null, Reason.USED);
	}

	@Test
	void aMultiUseLinkWorksUntilItIsRevoked() {
		IssuedLink issued = links.issue("customer-portal", companyId, subjectId, clock.instant().plus(Duration.ofDays(90)),
				false);

		transaction.execute(status -> links.redeem(issued.token(), "customer-portal"));
		transaction.execute(status -> links.redeem(issued.token(), "customer-portal"));
		links.revoke(companyId, issued.id());

		assertRefused(() -> links.check(issued.token(), "customer-portal"), Reason.REVOKED);
		long otherCompany = companies.all().get(1).getId();
		assertThatThrownBy(() -> links.revoke(otherCompany, issued.id()))
			.isInstanceOf(io.chancery.shared.NotFoundException.class);
	}

	@Test
	void alteredForgedOrMisdirectedTokensGrantNothing() {
		IssuedLink issued = links.issue(PURPOSE, companyId, subjectId, clock.instant().plus(Duration.ofDays(1)), true);
		String[] parts = issued.token().split("\\.");
		String otherSubject = Base64.getUrlEncoder().withoutPadding().encodeToString(
				new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"" + subjectId + "\"", "\"1\"").getBytes());

		assertRefused(() -> links.check(parts[0] + "." + otherSubject + "." + parts[2], PURPOSE), Reason.MALFORMED);
		assertRefused(() -> links.check(forgedWithAnotherKey(), PURPOSE), Reason.MALFORMED);
		assertRefused(() -> links.check("not-a-token", PURPOSE), Reason.MALFORMED);
		assertRefused(() -> links.check(issued.token(), "delivery-signature"), Reason.WRONG_PURPOSE);
		assertThat(links.check(issued.token(), PURPOSE).used()).isFalse();
	}

	@Test
	void anExpiredLinkIsRefusedOnTheApplicationClock() {
		IssuedLink issued = links.issue(PURPOSE, companyId, subjectId, clock.instant().plus(Duration.ofMinutes(1)), true);
		assertThat(links.check(issued.token(), PURPOSE).used()).isFalse();

		ApiClient.as(port, "admin@demo.chancery", "demo").post("/api/v1/dev/clock", Map.of("advance", "PT2M"));

		assertRefused(() -> transaction.execute(status -> links.redeem(issued.token(), PURPOSE)), Reason.EXPIRED);
		assertThatThrownBy(() -> links.issue(PURPOSE, companyId, subjectId, clock.instant().minusSeconds(1), true))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void onlyTheTokensHashIsStored() {
		IssuedLink issued = links.issue(PURPOSE, companyId, subjectId, clock.instant().plus(Duration.ofDays(1)), true);

		String stored = jdbc.sql("select token_sha256 from public_link where id = ?").param(issued.id()).query(String.class).single();

		assertThat(stored).hasSize(64).doesNotContain(issued.token()).isNotEqualTo(issued.token());
		assertThat(jdbc.sql("select count(*) from public_link where token_sha256 = ?").param(stored).query(Long.class).single())
			.isEqualTo(1);
	}

	private CompletableFuture<Reason> redeemAsync(String token, ExecutorService executor) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				transaction.execute(status -> links.redeem(token, PURPOSE));
				return null;
			}
			catch (InvalidLinkException e) {
				return e.reason();
			}
		}, executor);
	}

	private String forgedWithAnotherKey() {
		try {
			byte[] otherKey = new byte[32];
			ThreadLocalRandom.current().nextBytes(otherKey);
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject("" + subjectId)
				.claim("pur", PURPOSE)
				.claim("cid", companyId)
				.expirationTime(java.util.Date.from(Instant.now().plusSeconds(3600)))
				.build());
			jwt.sign(new MACSigner(otherKey));
			return jwt.serialize();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static void assertRefused(Runnable action, Reason reason) {
		assertThat(refused(action).reason()).isEqualTo(reason);
	}

	private static InvalidLinkException refused(Runnable action) {
		try {
			action.run();
		}
		catch (InvalidLinkException e) {
			return e;
		}
		throw new AssertionError("expected the link to be refused");
	}

}
