package io.chancery.signatures.internal;

import java.io.IOException;
import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Answers 429 with Retry-After, as a small page a phone can show, once a limit is reached. */
@Configuration
class SigningRateLimitInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final SigningRateLimits limits;

	SigningRateLimitInterceptor(SigningRateLimits limits) {
		this.limits = limits;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/s/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String token = path.startsWith("/s/") ? path.substring(3) : null;
		OptionalLong wait = limits.take(request.getRemoteAddr(), token);
		if (wait.isEmpty()) {
			return true;
		}
		response.setStatus(429);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.getAsLong()));
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write("""
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1"><title>Please wait</title></head>
				<body style="font-family: system-ui, sans-serif; padding: 1.5rem; max-width: 32rem; margin: auto">
				<h1 style="font-size: 1.4rem">Please wait a moment</h1>
				<p>Too many attempts on this page. Try again in %d seconds.</p></body></html>
				""".formatted(wait.getAsLong()));
		return false;
	}

}
