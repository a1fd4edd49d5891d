package io.chancery.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Limits on JSON that requests send: the body size (checked against Content-Length up front, and
 * while reading when the body is chunked) and, through Jackson's {@link StreamReadConstraints},
 * nesting depth and string length. Only the JSON the web layer reads is limited; the application's
 * own ObjectMapper (events, process variables) keeps Jackson's defaults.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PayloadLimitProperties.class)
class JsonPayloadLimits {

	@Bean
	MappingJackson2HttpMessageConverter limitedJsonConverter(ObjectMapper json, PayloadLimitProperties limits) {
		ObjectMapper limited = json.copy();
		limited.getFactory()
			.setStreamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(limits.maxJsonDepth())
				.maxStringLength(limits.maxJsonStringLength())
				.maxNameLength(limits.maxJsonStringLength())
				.build());
		return new MappingJackson2HttpMessageConverter(limited);
	}

	@Bean
	JsonBodySizeFilter jsonBodySizeFilter(ObjectMapper json, PayloadLimitProperties limits) {
		return new JsonBodySizeFilter(json, limits);
	}

	/** 413 before the controller for a declared size over the limit; a counting stream for the rest. */
	static class JsonBodySizeFilter extends OncePerRequestFilter {

		private final ObjectMapper json;

		private final PayloadLimitProperties limits;

		JsonBodySizeFilter(ObjectMapper json, PayloadLimitProperties limits) {
			this.json = json;
			this.limits = limits;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String type = request.getContentType();
			if (type == null) {
				return true;
			}
			try {
				MediaType media = MediaType.parseMediaType(type);
				return !(MediaType.APPLICATION_JSON.isCompatibleWith(media) || media.getSubtype().endsWith("+json"));
			}
			catch (IllegalArgumentException unreadable) {
				return true;
			}
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			long max = limits.maxJsonSize().toBytes();
			if (request.getContentLengthLong() > max) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
						new JsonTooLargeException(limits.maxJsonSize()).getMessage());
				response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				json.writeValue(response.getOutputStream(), problem);
				return;
			}
			chain.doFilter(new CountedRequest(request, limits), response);
		}

	}

	private static final class CountedRequest extends HttpServletRequestWrapper {

		private final PayloadLimitProperties limits;

		private ServletInputStream counted;

		CountedRequest(HttpServletRequest request, PayloadLimitProperties limits) {
			super(request);
			this.limits = limits;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (counted == null) {
				counted = new CountedStream(super.getInputStream(), limits);
			}
			return counted;
		}

	}

	private static final class CountedStream extends ServletInputStream {

		private final ServletInputStream in;

		private final PayloadLimitProperties limits;

		private long read;

		CountedStream(ServletInputStream in, PayloadLimitProperties limits) {
			this.in = in;
			this.limits = limits;
		}

		@Override
		public int read() throws IOException {
			int next = in.read();
			if (next >= 0) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws JsonTooLargeException {
			read += n;
			if (read > limits.maxJsonSize().toBytes()) {
				throw new JsonTooLargeException(limits.maxJsonSize());
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
