package io.chancery.web;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import io.chancery.shared.InvalidFieldException;
import io.chancery.shared.InvalidValuesException;

/** Errors of the JSON API as RFC 9457 problem details; 400s list the offending fields. */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MultipartProperties multipart;

	ApiExceptionHandler(MultipartProperties multipart) {
		this.multipart = multipart;
	}

	/** Any module's exception that declares its status ({@code @ResponseStatus}) becomes a problem with that status. */
	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<ProblemDetail> declaredStatus(RuntimeException e) throws RuntimeException {
		ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
		if (declared == null) {
			throw e;
		}
		return ResponseEntity.status(declared.code()).body(ProblemDetail.forStatusAndDetail(declared.code(), e.getMessage()));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else changed this at the same time; reload and try again");
	}

	/** A unique constraint caught a race the service's own check could not see (two requests at once). */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail conflictingData(DataIntegrityViolationException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"This conflicts with data saved at the same moment (a duplicate); reload and try again");
	}

	@ExceptionHandler(InvalidFieldException.class)
	ProblemDetail invalidField(InvalidFieldException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
		return problem;
	}

	@ExceptionHandler(InvalidValuesException.class)
	ProblemDetail invalidValues(InvalidValuesException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setProperty("errors", e.errors().entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.map(error -> Map.of("field", error.getKey(), "message", error.getValue()))
			.toList());
		return problem;
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badRequest(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	/** A file endpoint called with a JSON or broken body: the client's mistake, not the server's (was a 500). */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail notMultipart(MultipartException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Send the file as multipart/form-data (" + e.getMostSpecificCause().getMessage() + ")");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some fields are not valid");
		List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream()
			.map(error -> Map.<String, Object>of("field", error.getField(), "message",
					String.valueOf(error.getDefaultMessage())))
			.toList();
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * JSON over a payload limit ({@link JsonPayloadLimits}) says which limit; other unreadable JSON
	 * keeps Spring's answer.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof JsonTooLargeException tooLarge) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage());
				return handleExceptionInternal(e, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
			}
			if (cause instanceof StreamConstraintsException overLimit) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
						"The JSON goes beyond the server's limits: " + overLimit.getOriginalMessage());
				return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
			}
		}
		return super.handleHttpMessageNotReadable(e, headers, status, request);
	}

	/**
	 * An upload over Spring's multipart limit. Spring reports no size here (-1), so the limit comes from
	 * the settings. This advice sees the exception only because multipart requests are resolved lazily
	 * (application.properties): resolved eagerly, it is thrown before any handler is chosen.
	 */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"The upload is larger than the server accepts (" + multipart.getMaxFileSize().toMegabytes()
						+ " MB per file)");
		return handleExceptionInternal(e, problem, headers, status, request);
	}

}
