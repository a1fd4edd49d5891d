package io.chancery.einvoice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.chancery.einvoice.DocumentType;
import io.chancery.einvoice.EDocument;
import io.chancery.einvoice.EDocuments;
import io.chancery.einvoice.SigningKey;
import io.chancery.einvoice.TestCertificates;
import io.chancery.einvoice.Totals;
import io.chancery.einvoice.internal.MyInvoisClient.Credentials;
import io.chancery.einvoice.internal.MyInvoisClient.OutgoingDocument;
import io.chancery.einvoice.internal.MyInvoisClient.SubmissionResult;
import io.chancery.einvoice.internal.MyInvoisClient.SubmissionStatus;

/** The client against the stand-in over real loopback HTTP, with a clock the tests move. */
class MyInvoisClientTests {

	static final String SUPPLIER_TIN = EDocuments.supplier().tin();

	static final String BUYER_TIN = EDocuments.buyer().tin();

	static MovableClock clock = new MovableClock(Instant.parse("2026-03-02T02:00:00Z"));

	static MyInvoisStandIn standIn;

	static SigningKey key;

	static HttpClient http = HttpClient.newHttpClient();

	static List<Duration> pauses = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void start() {
		standIn = MyInvoisStandIn.start(clock, new MyInvoisStandIn.Limits(12, 100, 300, 60, 12, 60));
		standIn.registerClient("supplier-client", "supplier-secret", SUPPLIER_TIN, Set.of());
		standIn.registerClient("buyer-client", "buyer-secret", BUYER_TIN, Set.of());
		standIn.registerClient("intermediary-client", "intermediary-secret", "C99999999990", Set.of(SUPPLIER_TIN));
		key = TestCertificates.signingKey("C=MY, O=Chancery Test, CN=Client Test Signer");
	}

	@AfterAll
	static void stop() {
		standIn.close();
	}

	static MyInvoisClient client(String clientId, String secret, String onBehalfOf) {
		return new MyInvoisClient(standIn.baseUri(), new Credentials(clientId, secret, onBehalfOf), http, clock,
				duration -> {
					pauses.add(duration);
					clock.advance(duration);
				});
	}

	static MyInvoisClient supplier() {
		return client("supplier-client", "supplier-secret", null);
	}

	static OutgoingDocument signed(EDocument document) {
		return new OutgoingDocument(document.number(), "JSON",
				JsonSignature.sign(UblJson.write(document), key, clock.instant()));
	}

	static String unique(String prefix) {
		return prefix + "-" + System.nanoTime();
	}

	static SubmissionStatus awaitDone(MyInvoisClient client, String submissionUid) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> client.getSubmission(submissionUid),
				status -> !status.overallStatus().equals("in progress"));
	}

	@Test
	void aSignedValidDocumentIsAcceptedThenValidatedAsynchronously() {
		MyInvoisClient client = supplier();
		OutgoingDocument document = signed(EDocuments.of(DocumentType.INVOICE, unique("INV")));

		SubmissionResult result = client.submit(List.of(document)).getFirst();

		assertThat(result.rejected()).isEmpty();
		assertThat(result.accepted()).singleElement().extracting(a -> a.codeNumber()).isEqualTo(document.codeNumber());
		SubmissionStatus status = awaitDone(client, result.submissionUid());
		assertThat(status.overallStatus()).isEqualTo("valid");
		String uuid = result.accepted().getFirst().uuid();
		var details = client.getDocumentDetails(uuid);
		assertThat(details.summary().status()).isEqualTo("Valid");
		assertThat(details.summary().longId()).hasSize(40);
		assertThat(details.errors()).isEmpty();
		assertThat(client.getDocumentRaw(uuid)).isEqualTo(document.content());
	}

	@Test
	void theValidationLinkOfAValidDocumentOpensAPageThatSaysItIsNotLhdn() throws Exception {
		MyInvoisClient client = supplier();
		OutgoingDocument document = signed(EDocuments.of(DocumentType.INVOICE, unique("SHARE")));
		SubmissionResult result = client.submit(List.of(document)).getFirst();
		awaitDone(client, result.submissionUid());
		String uuid = result.accepted().getFirst().uuid();
		String longId = client.getDocumentDetails(uuid).summary().longId();

		var page = http.send(java.net.http.HttpRequest.newBuilder(standIn.baseUri().resolve("/" + uuid + "/share/" + longId))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		var wrongLongId = http.send(java.net.http.HttpRequest.newBuilder(standIn.baseUri().resolve("/" + uuid + "/share/X"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("NOT the LHDN service").contains(document.codeNumber()).contains("Valid");
		assertThat(wrongLongId.statusCode()).isEqualTo(404);
	}

	@Test
	void anInvalidDocumentEndsInvalidWithItsFieldErrors() {
		MyInvoisClient client = supplier();
		EDocument base = EDocuments.of(DocumentType.CREDIT_NOTE, unique("CN"));
		EDocument wrongTotal = new EDocument(base.number(), base.type(), base.version(), base.issuedAt(), base.currency(),
				null, base.originalDocuments(), base.supplier(), base.buyer(), base.paymentMode(), base.allowanceCharges(),
				base.taxAmount(), base.taxSubtotals(),
				new Totals(new BigDecimal("320"), new BigDecimal("320"), new BigDecimal("341.6"), null, null, null,
						new BigDecimal("999")),
				base.lines());

		SubmissionResult result = client.submit(List.of(signed(wrongTotal))).getFirst();

		assertThat(awaitDone(client, result.submissionUid()).overallStatus()).isEqualTo("invalid");
		assertThat(client.getDocumentDetails(result.accepted().getFirst().uuid()).errors())
			.containsExactly("totals.payableAmount: is 999 but must be tax inclusive amount + rounding = 341.60");
	}

	@Test
	void aDocumentChangedAfterSigningIsInvalid() {
		MyInvoisClient client = supplier();
		OutgoingDocument document = signed(EDocuments.of(DocumentType.INVOICE, unique("TAMPER")));
		OutgoingDocument tampered = new OutgoingDocument(document.codeNumber(), "JSON",
				document.content().replace("Kilang Kalibrasi", "Kilang Lain"));

		SubmissionResult result = client.submit(List.of(tampered)).getFirst();

		assertThat(awaitDone(client, result.submissionUid()).overallStatus()).isEqualTo("invalid");
		assertThat(client.getDocumentDetails(result.accepted().getFirst().uuid()).errors())
			.contains("the document digest does not match: the document was changed after signing");
	}

	@Test
	void theSameDocumentIsNeverSubmittedTwiceWithinTheDuplicateWindow() {
		OutgoingDocument document = signed(EDocuments.of(DocumentType.INVOICE, unique("DUP")));
		MyInvoisClient client = supplier();
		client.submit(List.of(document));

		assertThatThrownBy(() -> client.submit(List.of(document))).isInstanceOfSatisfying(MyInvoisException.class,
				e -> assertThat(e.code()).isEqualTo("DuplicateSubmission"));
		// another client instance (e.g. after a restart) is refused by the service itself
		assertThatThrownBy(() -> supplier().submit(List.of(document))).isInstanceOfSatisfying(MyInvoisException.class,
				e -> {
					assertThat(e.status()).isEqualTo(422);
					assertThat(e.code()).isEqualTo("DuplicateSubmission");
				});
	}

	@Test
	void largeBatchesAreSplitAndOversizedDocumentsRefusedBeforeSending() {
		MyInvoisClient client = supplier();
		String prefix = unique("B");
		List<OutgoingDocument> documents = IntStream.range(0, 205)
			.mapToObj(i -> signed(EDocuments.of(DocumentType.INVOICE, prefix + "-" + i)))
			.toList();

		List<SubmissionResult> results = client.submit(documents);

		assertThat(results).hasSize(3);
		assertThat(results).extracting(r -> r.accepted().size()).containsExactly(100, 100, 5);
		OutgoingDocument huge = new OutgoingDocument("HUGE", "JSON", "x".repeat(301 * 1024));
		assertThatThrownBy(() -> client.submit(List.of(huge))).isInstanceOfSatisfying(MyInvoisException.class,
				e -> assertThat(e.code()).isEqualTo("MaximumSizeExceeded"));
	}

	@Test
	void batchesStayUnderFiveMegabytes() {
		var entries = new ArrayList<com.fasterxml.jackson.databind.node.ObjectNode>();
		for (int i = 0; i < 30; i++) {
			entries.add(UblJsonNodes.object().put("document", "y".repeat(290 * 1024)));
		}

		var batches = MyInvoisClient.batches(entries);

		assertThat(batches).hasSize(2);
		assertThat(batches.getFirst().toString().length()).isLessThanOrEqualTo(5 * 1024 * 1024);
	}

	@Test
	void tooManyRequestsAreRetriedAfterRetryAfter() {
		MovableClock ownClock = new MovableClock(clock.instant());
		List<Duration> waited = new ArrayList<>();
		try (MyInvoisStandIn strict = MyInvoisStandIn.start(ownClock, new MyInvoisStandIn.Limits(12, 100, 2, 60, 12, 60))) {
			strict.registerClient("c", "s", SUPPLIER_TIN, Set.of());
			MyInvoisClient client = new MyInvoisClient(strict.baseUri(), new Credentials("c", "s", null), http, ownClock,
					duration -> {
						waited.add(duration);
						ownClock.advance(duration);
					});
			String uid = client.submit(List.of(signed(EDocuments.of(DocumentType.INVOICE, unique("RL"))))).getFirst()
				.submissionUid();

			for (int i = 0; i < 3; i++) {
				assertThat(client.getSubmission(uid).submissionUid()).isEqualTo(uid);
			}

			assertThat(waited).containsExactly(Duration.ofSeconds(60));
			assertThat(strict.tokensIssued()).isEqualTo(1);
		}
	}

	@Test
	void theTokenIsCachedUntilItExpires() {
		MovableClock ownClock = new MovableClock(clock.instant());
		try (MyInvoisStandIn own = MyInvoisStandIn.start(ownClock, MyInvoisStandIn.Limits.documented())) {
			own.registerClient("c", "s", SUPPLIER_TIN, Set.of());
			MyInvoisClient client = new MyInvoisClient(own.baseUri(), new Credentials("c", "s", null), http, ownClock,
					ownClock::advance);
			client.validateTin(SUPPLIER_TIN, "BRN", "x");
			client.validateTin(SUPPLIER_TIN, "BRN", "x");
			assertThat(own.tokensIssued()).isEqualTo(1);

			ownClock.advance(Duration.ofMinutes(59).plusSeconds(1));
			client.validateTin(SUPPLIER_TIN, "BRN", "x");

			assertThat(own.tokensIssued()).isEqualTo(2);
		}
	}

	@Test
	void cancellationWorksWithin72HoursAndIsRefusedAfter() {
		MyInvoisClient client = supplier();
		SubmissionResult first = client.submit(List.of(signed(EDocuments.of(DocumentType.INVOICE, unique("C1")))))
			.getFirst();
		SubmissionResult second = client.submit(List.of(signed(EDocuments.of(DocumentType.INVOICE, unique("C2")))))
			.getFirst();
		awaitDone(client, first.submissionUid());
		awaitDone(client, second.submissionUid());

		client.cancel(first.accepted().getFirst().uuid(), "Wrong customer");
		assertThat(client.getDocumentDetails(first.accepted().getFirst().uuid()).summary().status()).isEqualTo("Cancelled");

		clock.advance(Duration.ofHours(73));
		try {
			assertThatThrownBy(() -> client.cancel(second.accepted().getFirst().uuid(), "Too late"))
				.isInstanceOfSatisfying(MyInvoisException.class, e -> {
					assertThat(e.status()).isEqualTo(400);
					assertThat(e.code()).isEqualTo("OperationPeriodOver");
				});
		}
		finally {
			clock.advance(Duration.ofHours(-73));
		}
	}

	@Test
	void theBuyerCanRejectButNotCancel() {
		MyInvoisClient client = supplier();
		SubmissionResult result = client.submit(List.of(signed(EDocuments.of(DocumentType.INVOICE, unique("R")))))
			.getFirst();
		awaitDone(client, result.submissionUid());
		String uuid = result.accepted().getFirst().uuid();
		MyInvoisClient buyer = client("buyer-client", "buyer-secret", null);

		assertThatThrownBy(() -> buyer.cancel(uuid, "Not ours")).isInstanceOfSatisfying(MyInvoisException.class,
				e -> assertThat(e.status()).isEqualTo(403));
		buyer.reject(uuid, "Quantity is wrong");
		assertThatThrownBy(() -> client.reject(uuid, "Own document")).isInstanceOfSatisfying(MyInvoisException.class,
				e -> assertThat(e.status()).isEqualTo(403));
	}

	@Test
	void anIntermediarySubmitsOnBehalfOfTheTaxpayersItRepresents() {
		MyInvoisClient intermediary = client("intermediary-client", "intermediary-secret", SUPPLIER_TIN);
		SubmissionResult result = intermediary
			.submit(List.of(signed(EDocuments.of(DocumentType.INVOICE, unique("IM"))))).getFirst();

		assertThat(awaitDone(intermediary, result.submissionUid()).overallStatus()).isEqualTo("valid");
		MyInvoisClient stranger = client("intermediary-client", "intermediary-secret", BUYER_TIN);
		assertThatThrownBy(() -> stranger.validateTin(BUYER_TIN, "BRN", "1"))
			.isInstanceOfSatisfying(MyInvoisException.class, e -> assertThat(e.status()).isEqualTo(403));
	}

	@Test
	void tinValidationAndBadCredentials() {
		assertThat(supplier().validateTin(BUYER_TIN, "BRN", "201901000005")).isTrue();
		assertThat(supplier().validateTin("C00000000001", "BRN", "201901000005")).isFalse();
		assertThatThrownBy(() -> client("supplier-client", "wrong", null).validateTin(BUYER_TIN, "BRN", "1"))
			.isInstanceOfSatisfying(MyInvoisException.class, e -> {
				assertThat(e.status()).isEqualTo(400);
				assertThat(e.code()).isEqualTo("invalid_client");
			});
	}

	/** A clock the tests move; the stand-in and the client read the same one. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant start) {
			this.now = start;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
