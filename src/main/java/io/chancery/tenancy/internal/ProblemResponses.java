package io.chancery.tenancy.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/** 401, 403 and 429 (a locked account) for the API as RFC 9457 problem details. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper json;

	ProblemResponses(ObjectMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		if (failure instanceof AccountLockedException locked) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, locked.remaining().toSeconds())));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, locked.getMessage());
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Chancery\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "Authentication is required: use HTTP Basic with your email and password");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "Your roles do not allow this request");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
