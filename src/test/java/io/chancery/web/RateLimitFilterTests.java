package io.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The two filters with small limits (the shared test context raises them far above what a test can
 * reach): which requests count where, and what a refused request gets.
 */
class RateLimitFilterTests {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final RateLimiter limiter = new RateLimiter(new RateLimitProperties(true, 3, 5, 4, 5, 3, 10, 1000),
			new RateLimiterTests.MovableClock());

	private final TooManyRequests refusal = new TooManyRequests(JSON);

	private final PublicRateLimitFilter publicFilter = new PublicRateLimitFilter(limiter, refusal);

	private final ApiRateLimitFilter apiFilter = new ApiRateLimitFilter(limiter, refusal);

	@AfterEach
	void noUser() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void oneLinkIsLimitedForEveryoneAndEachAddressOverAllLinks() throws Exception {
		for (int i = 0; i < 4; i++) {
			assertThat(get("/s/token-a", "203.0.113." + i, 200).getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse perLink = get("/s/token-a/sign", "203.0.113.50", 200);
		assertThat(perLink.getStatus()).as("the fifth request on one link, from a fifth address").isEqualTo(429);
		assertThat(perLink.getContentAsString()).contains("Too many attempts on this link");

		for (String path : List.of("/q/x1", "/p/x2", "/s/x3", "/q/x4", "/s/x5")) {
			assertThat(get(path, "203.0.113.60", 200).getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse perAddress = get("/p/x6", "203.0.113.60", 200);
		assertThat(perAddress.getStatus()).isEqualTo(429);
		assertThat(perAddress.getHeader("Retry-After")).matches("[1-9][0-9]*");
		assertThat(perAddress.getContentType()).startsWith("text/html");
		assertThat(perAddress.getContentAsString()).contains("Please wait a moment").contains("Try again in");
	}

	@Test
	void unknownOrExpiredTokensAndBadFileSignaturesShrinkTheBudget() throws Exception {
		MockHttpServletResponse gone = get("/q/expired", "198.51.100.1", HttpServletResponse.SC_GONE);
		assertThat(gone.getHeader(TooManyRequests.REMAINING_HEADER)).isEqualTo("4");
		assertThat(get("/q/another", "198.51.100.1", 200).getStatus()).as("4 - 1 - 10: in debt").isEqualTo(429);

		assertThat(get("/files/private/k?signature=forged", "198.51.100.2", 403).getStatus()).isEqualTo(403);
		assertThat(get("/files/public/logo.png", "198.51.100.2", 200).getStatus()).isEqualTo(429);
		assertThat(get("/files/public/logo.png", "198.51.100.3", 200).getStatus()).as("another address").isEqualTo(200);
	}

	@Test
	void loginPostsAreCountedAndBasicCallsRefusedOnceFailedLoginsSpentTheBudget() throws Exception {
		assertThat(get("/login", "192.0.2.1", 200).getHeader(TooManyRequests.LIMIT_HEADER)).as("the page is free").isNull();
		for (int i = 0; i < 3; i++) {
			assertThat(post("/login", "192.0.2.1").getStatus()).isEqualTo(200);
		}
		assertThat(post("/login", "192.0.2.1").getStatus()).isEqualTo(429);

		assertThat(basic("/api/v1/me", "192.0.2.2").getStatus()).isEqualTo(200);
		limiter.penalise(RateLimit.LOGIN, "192.0.2.2");
		MockHttpServletResponse refused = basic("/api/v1/me", "192.0.2.2");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		assertThat(JSON.readTree(refused.getContentAsString()).get("detail").asText()).contains("Too many login attempts");
	}

	@Test
	void theApiCountsPerUserAndAnswersProblemDetails() throws Exception {
		for (int i = 0; i < 3; i++) {
			MockHttpServletResponse allowed = api("alice@example.com");
			assertThat(allowed.getStatus()).isEqualTo(200);
			assertThat(allowed.getHeader(TooManyRequests.REMAINING_HEADER)).isEqualTo(String.valueOf(2 - i));
		}
		MockHttpServletResponse refused = api("alice@example.com");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).matches("[1-9][0-9]*");
		JsonNode problem = JSON.readTree(refused.getContentAsString());
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("detail").asText()).contains("Too many API requests for your account");
		assertThat(api("bob@example.com").getStatus()).as("another user").isEqualTo(200);
	}

	private MockHttpServletResponse get(String path, String address, int outcome) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRemoteAddr(address);
		return run(publicFilter, request, outcome);
	}

	private MockHttpServletResponse post(String path, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
		request.setRemoteAddr(address);
		return run(publicFilter, request, 200);
	}

	private MockHttpServletResponse basic(String path, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRemoteAddr(address);
		request.addHeader("Authorization", "Basic c29tZW9uZTpzZWNyZXQ=");
		return run(publicFilter, request, 200);
	}

	private MockHttpServletResponse api(String user) throws Exception {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_STAFF"))));
		return run(apiFilter, new MockHttpServletRequest("GET", "/api/v1/me"), 200);
	}

	/** Runs the filter in front of a "controller" that answers with the given status. */
	private static MockHttpServletResponse run(Filter filter, MockHttpServletRequest request, int outcome)
			throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) {
				res.setStatus(outcome);
			}
		}));
		return response;
	}

}
