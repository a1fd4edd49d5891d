package io.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.chancery.support.ChanceryIntegrationTest;

/**
 * The limits wired into the running app, over real HTTP. Each test speaks from an address of its
 * own (X-Forwarded-For, trusted from 127.0.0.1 in the test context), so it neither drains nor is
 * drained by other tests. The test context's limits are high (see ChanceryIntegrationTest); the
 * filter tests check the small numbers.
 */
@ChanceryIntegrationTest
class RateLimitTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	RateLimitProperties limits;

	@Test
	void badLinkTokensFromOneAddressShrinkItsBudgetUntilItGets429() throws Exception {
		String address = address();
		long tries = triesUntilRefused(address, i -> "/" + "qsp".charAt(i % 3) + "/not-a-token-" + i, limits.linksPerMinute());

		assertThat(tries).as("far fewer tries than the " + limits.linksPerMinute() + " a clean address gets")
			.isLessThanOrEqualTo(fewTries(limits.linksPerMinute()));
		HttpResponse<String> refused = get("/q/not-a-token", address);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
		assertThat(refused.body()).contains("Please wait a moment").contains("Too many requests from your network");
		assertThat(get("/q/not-a-token", address()).statusCode()).as("another address").isEqualTo(410);
	}

	@Test
	void forgedFileSignaturesShrinkTheBudgetLikewise() throws Exception {
		String address = address();
		long tries = triesUntilRefused(address, i -> "/files/private/company-1/x" + i + ".pdf?expires=1&signature=forged",
				limits.filesPerMinute());

		assertThat(tries).isLessThanOrEqualTo(fewTries(limits.filesPerMinute()));
		assertThat(get("/files/private/company-1/x.pdf?expires=1&signature=forged", address()).statusCode()).isEqualTo(403);
	}

	/** Requests (each a failure) until the first 429; fails if none comes within the plain budget. */
	private long triesUntilRefused(String address, IntFunction<String> path, long budget) throws Exception {
		for (int i = 0; i < budget; i++) {
			HttpResponse<String> response = get(path.apply(i), address);
			if (response.statusCode() == 429) {
				return i;
			}
			assertThat(response.statusCode()).isIn(403, 410);
		}
		throw new AssertionError("no 429 within " + budget + " failed requests");
	}

	/** What a failing source gets: its budget divided by the cost of a failed request, plus the refill meanwhile. */
	private long fewTries(long perMinute) {
		return perMinute / (1 + limits.failureCost()) + 10;
	}

	@Test
	void failedBasicLoginsFromAnAddressShutItOutOfTheApiWhileOthersCarryOn() throws Exception {
		String address = address();
		HttpResponse<String> last = null;
		for (int i = 0; i < limits.loginPerMinute() && (last == null || last.statusCode() != 429); i++) {
			// a different unknown email each time: the account lockout stays out of it
			last = api("nobody-" + UUID.randomUUID() + "@example.com", "guess", address);
		}

		HttpResponse<String> rightPassword = api("staff@demo.chancery", "demo", address);
		assertThat(rightPassword.statusCode()).isEqualTo(429);
		assertThat(rightPassword.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(rightPassword.headers().firstValue("Retry-After")).isPresent();
		assertThat(JSON.readTree(rightPassword.body()).get("detail").asText()).contains("Too many login attempts");
		assertThat(api("staff@demo.chancery", "demo", address()).statusCode()).isEqualTo(200);
	}

	@Test
	void apiResponsesTellTheUsersBudget() throws Exception {
		HttpResponse<String> response = api("analyst@demo.chancery", "demo", address());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue(TooManyRequests.LIMIT_HEADER)).hasValue(String.valueOf(limits.apiPerMinute()));
		assertThat(remaining(response)).as("this request counted").isLessThan(limits.apiPerMinute());
	}

	private HttpResponse<String> get(String path, String address) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-For", address)
			.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> api(String email, String password, String address) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
			.header("X-Forwarded-For", address)
			.header("Accept", "application/json, application/problem+json")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static long remaining(HttpResponse<?> response) {
		return Long.parseLong(response.headers().firstValue(TooManyRequests.REMAINING_HEADER)
			.orElseThrow(() -> new AssertionError("no " + TooManyRequests.REMAINING_HEADER + " on " + response.uri())));
	}

	/** A random address, so that no other test shares its buckets. */
	private static String address() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "203.0." + random.nextInt(114, 255) + "." + random.nextInt(1, 255);
	}

}
