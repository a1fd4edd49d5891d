package io.chancery.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * API requests that no controller takes (wrong method, content type or path) fail before one is
 * chosen, so {@link ApiExceptionHandler}, which advises API controllers, never sees them. Under
 * {@code /api/} they are problem details too; pages keep Spring's error page (rethrown).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingProblems {

	@ExceptionHandler({ HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
			HttpMediaTypeNotAcceptableException.class, NoResourceFoundException.class })
	ResponseEntity<ProblemDetail> noControllerTakesIt(Exception e, HttpServletRequest request) throws Exception {
		if (!request.getRequestURI().startsWith("/api/") || !(e instanceof ErrorResponse error)) {
			throw e;
		}
		return ResponseEntity.status(error.getStatusCode())
			.headers(error.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(error.getBody());
	}

}
