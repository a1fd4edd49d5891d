package io.chancery.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.chancery.web.RateLimiter.Verdict;

/**
 * Answers a request over its budget: 429 with Retry-After, as problem details for the API and as a
 * small page (readable on a phone) for people. Allowed requests carry their budget in
 * {@code X-RateLimit-*} headers, so a script can slow down before it is refused.
 */
@Component
class TooManyRequests {

	static final String LIMIT_HEADER = "X-RateLimit-Limit";

	static final String REMAINING_HEADER = "X-RateLimit-Remaining";

	private final ObjectMapper json;

	TooManyRequests(ObjectMapper json) {
		this.json = json;
	}

	static void describe(Verdict verdict, HttpServletResponse response) {
		if (verdict.limited()) {
			response.setHeader(LIMIT_HEADER, String.valueOf(verdict.limit()));
			response.setHeader(REMAINING_HEADER, String.valueOf(Math.max(0, verdict.remaining())));
		}
	}

	void refuse(Verdict verdict, String why, HttpServletRequest request, HttpServletResponse response) throws IOException {
		long seconds = Math.max(1, verdict.retryAfterSeconds());
		String detail = why + " Try again in " + seconds + " seconds.";
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
		describe(verdict, response);
		if (wantsProblem(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
			problem.setInstance(URI.create(request.getRequestURI()));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem);
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write("""
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1"><title>Please wait · Chancery</title>
				<link rel="stylesheet" href="%s/webjars/bootstrap/css/bootstrap.min.css"></head>
				<body><main class="container py-4"><h1 class="h4">Please wait a moment</h1>
				<p id="rate-limited">%s</p></main></body></html>
				""".formatted(HtmlUtils.htmlEscape(request.getContextPath()), HtmlUtils.htmlEscape(detail)));
	}

	private static boolean wantsProblem(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.startsWith("/actuator/");
	}

}
