package io.chancery.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.chancery.support.ChanceryIntegrationTest;

/** Five wrong passwords lock an email for a while, by form and by HTTP Basic alike; it is logged, the password never. */
@ChanceryIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLockoutTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newHttpClient();

	/** An address of this test's own (X-Forwarded-For), so its failed logins shrink no other test's login budget. */
	private final String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService users;

	@Autowired
	CompanyService companies;

	@Test
	void fiveWrongPasswordsLockTheApiLoginEvenWithTheRightPasswordAndItIsLoggedWithoutThePassword(CapturedOutput output)
			throws Exception {
		String email = newUser("right-password-1");
		for (int i = 0; i < 5; i++) {
			assertThat(api(email, "Wrong-Guess-" + i).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> locked = api(email, "right-password-1");

		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(
				seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
		JsonNode problem = JSON.readTree(locked.body());
		assertThat(problem.get("detail").asText()).contains("Too many failed logins").contains("locked for 1 more minute");
		assertThat(output).contains("Login locked for '" + email + "' for PT1M after 5 failed logins in a row")
			.doesNotContain("Wrong-Guess-").doesNotContain("right-password-1");
	}

	@Test
	void anUnknownEmailIsLockedJustLikeARealOneSoTheLockTellsNothing() throws Exception {
		String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
		for (int i = 0; i < 5; i++) {
			assertThat(api(unknown, "guess").statusCode()).isEqualTo(401);
		}

		assertThat(api(unknown, "guess").statusCode()).isEqualTo(429);
	}

	@Test
	void aSuccessfulLoginForgetsEarlierFailures() throws Exception {
		String email = newUser("right-password-2");
		for (int i = 0; i < 4; i++) {
			assertThat(api(email, "wrong").statusCode()).isEqualTo(401);
		}
		assertThat(api(email, "right-password-2").statusCode()).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			assertThat(api(email, "wrong").statusCode()).isEqualTo(401);
		}

		assertThat(api(email, "right-password-2").statusCode()).as("4 + 4 failures, but not 5 in a row").isEqualTo(200);
	}

	@Test
	void theLoginPageSaysTheAccountIsLocked() throws Exception {
		String email = newUser("right-password-3");
		HttpResponse<String> last = null;
		for (int i = 0; i < 6; i++) {
			last = formLogin(email, i < 5 ? "wrong" : "right-password-3");
		}

		assertThat(last.statusCode()).isEqualTo(302);
		assertThat(last.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?locked=1"));
		HttpResponse<String> page = get("/login?locked=1", null);
		assertThat(page.body()).contains("id=\"login-locked\"").contains("this account is locked for <span>1</span> minute(s)");
	}

	private String newUser(String password) {
		long companyId = companies.all().getFirst().getId();
		String email = "lockout-" + UUID.randomUUID() + "@demo.chancery";
		users.create(companyId, email, "Lockout Test", password, Set.of(Role.STAFF));
		return email;
	}

	/** The login form as a browser submits it: page (session and CSRF token) first, then the post. */
	private HttpResponse<String> formLogin(String email, String password) throws Exception {
		HttpResponse<String> page = get("/login", null);
		String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		Matcher token = CSRF_INPUT.matcher(page.body());
		assertThat(token.find()).isTrue();
		String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + password + "&_csrf="
				+ token.group(1);
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Cookie", cookie)
			.header("X-Forwarded-For", address)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("X-Forwarded-For", address)
			.GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> api(String email, String password) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
			.header("Accept", "application/json, application/problem+json")
			.header("X-Forwarded-For", address)
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
