package io.chancery.web;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.chancery.web.RateLimiter.Verdict;

/**
 * Limits what anyone can reach without a login, per client address, before Spring Security spends
 * a password hash on it: login attempts, the customers' links (also per link) and file URLs. A
 * link or file request that ends in 401/403/404/410 (unknown, expired, withdrawn token; bad
 * signature) is a failure and shrinks the address's budget. HTTP Basic requests to the API are
 * refused while the address's login budget is spent on failed logins.
 *
 * <p>The client address is the servlet's remote address: the proxy's, unless
 * {@code server.forward-headers-strategy} is set, in which case Tomcat takes it from
 * X-Forwarded-For when the request comes from a trusted proxy
 * ({@code server.tomcat.remoteip.internal-proxies}).
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
class PublicRateLimitFilter extends OncePerRequestFilter {

	private static final Pattern LINK_PATH = Pattern.compile("^/([qsp])/([^/]+)");

	private static final Set<Integer> FAILURES = Set.of(401, 403, 404, 410);

	private final RateLimiter limiter;

	private final TooManyRequests refusal;

	PublicRateLimitFilter(RateLimiter limiter, TooManyRequests refusal) {
		this.limiter = limiter;
		this.refusal = refusal;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String address = request.getRemoteAddr();
		Matcher link = LINK_PATH.matcher(path);
		if (link.find()) {
			Verdict perAddress = limiter.take(RateLimit.LINKS, address);
			if (!perAddress.allowed()) {
				refusal.refuse(perAddress, "Too many requests from your network.", request, response);
				return;
			}
			Verdict perLink = limiter.take(RateLimit.LINK, link.group(1) + "/" + link.group(2));
			if (!perLink.allowed()) {
				refusal.refuse(perLink, "Too many attempts on this link.", request, response);
				return;
			}
			limited(RateLimit.LINKS, address, perAddress, request, response, chain);
		}
		else if (path.startsWith("/files/")) {
			Verdict verdict = limiter.take(RateLimit.FILES, address);
			if (!verdict.allowed()) {
				refusal.refuse(verdict, "Too many file requests from your network.", request, response);
				return;
			}
			limited(RateLimit.FILES, address, verdict, request, response, chain);
		}
		else if (path.equals("/login") && "POST".equals(request.getMethod())) {
			// failed logins are charged by LoginFailurePenalty, which sees form and Basic logins alike
			admitLogin(limiter.take(RateLimit.LOGIN, address), request, response, chain);
		}
		else if (carriesBasicCredentials(request) && (path.startsWith("/api/") || path.startsWith("/actuator/"))) {
			admitLogin(limiter.peek(RateLimit.LOGIN, address), request, response, chain);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private void limited(RateLimit limit, String address, Verdict verdict, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
		TooManyRequests.describe(verdict, response);
		chain.doFilter(request, response);
		if (FAILURES.contains(response.getStatus())) {
			limiter.penalise(limit, address);
		}
	}

	private void admitLogin(Verdict verdict, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		if (!verdict.allowed()) {
			refusal.refuse(verdict, "Too many login attempts from your network.", request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean carriesBasicCredentials(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

}
