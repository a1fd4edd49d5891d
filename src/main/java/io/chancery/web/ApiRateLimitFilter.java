package io.chancery.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.chancery.web.RateLimiter.Verdict;

/**
 * Limits API requests per logged-in user. It runs after Spring Security (a higher order), when the
 * user is known; requests that did not authenticate never get here.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 1)
class ApiRateLimitFilter extends OncePerRequestFilter {

	private final RateLimiter limiter;

	private final TooManyRequests refusal;

	ApiRateLimitFilter(RateLimiter limiter, TooManyRequests refusal) {
		this.limiter = limiter;
		this.refusal = refusal;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		Verdict verdict = limiter.take(RateLimit.API, user.getName());
		if (!verdict.allowed()) {
			refusal.refuse(verdict, "Too many API requests for your account.", request, response);
			return;
		}
		TooManyRequests.describe(verdict, response);
		chain.doFilter(request, response);
	}

}
