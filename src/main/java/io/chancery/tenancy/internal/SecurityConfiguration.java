package io.chancery.tenancy.internal;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

import io.chancery.tenancy.Role;

/**
 * Browsers log in with a form and keep a session protected by CSRF tokens; scripts call
 * {@code /api/v1/**} and the actuator with HTTP Basic. API errors are problem details, never a
 * login page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Requests that carry their own credentials cannot be forged by another site's page. */
	private static final RequestMatcher CARRIES_BASIC_CREDENTIALS = request -> {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	};

	/**
	 * Scripts only from the app itself (no inline scripts, no eval); styles may still be inline
	 * (style attributes in templates, and the BPMN/DMN/form editors inject style elements); images
	 * may come from the object store (S3 signed URLs) or be data URLs (signatures); nobody may frame
	 * a page.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final RedirectStrategy REDIRECTS = new DefaultRedirectStrategy();

	@Bean
	PasswordEncoder passwordEncoder() {
		return new RememberingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
	}

	/** The one provider both chains use: passwords of the user accounts, behind the login lockout. */
	@Bean
	AuthenticationProvider lockoutAuthenticationProvider(ChanceryUserDetailsService users, PasswordEncoder passwords,
			LoginLockout lockout) {
		DaoAuthenticationProvider byPassword = new DaoAuthenticationProvider(users);
		byPassword.setPasswordEncoder(passwords);
		return new LockoutAuthenticationProvider(byPassword, lockout);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
		return http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(EndpointRequest.to("health", "info")).permitAll()
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("Chancery").authenticationEntryPoint(problems))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.csrf(csrf -> csrf.ignoringRequestMatchers(CARRIES_BASIC_CREDENTIALS))
			.headers(SecurityConfiguration::securityHeaders)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico").permitAll()
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
				// files check their own access: a private file's signed URL is its authorisation
				.requestMatchers("/files/**").permitAll()
				// customers' public links (quote approval, portal) carry their own signed permission
				.requestMatchers("/q/**", "/p/**").permitAll()
				// signing pages: the single-use link in the URL is the authorisation
				.requestMatchers("/s/**").permitAll()
				.requestMatchers("/admin/**", "/dev/**").hasRole(Role.ADMIN.name())
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(SecurityConfiguration::loginFailed))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			// a new session id at login (the default, stated): a session fixed before login is useless after it
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(SecurityConfiguration::securityHeaders)
			.build();
	}

	/**
	 * On top of Spring Security's defaults (nosniff, X-Frame-Options DENY, no caching, HSTS on
	 * requests that arrived over TLS).
	 */
	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(Duration.ofDays(365).toSeconds()));
	}

	/** A locked account gets its own message (and the wait) on the login page, anything else the usual one. */
	private static void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		String target = failure instanceof AccountLockedException locked
				? "/login?locked=" + AccountLockedException.minutes(locked.remaining()) : "/login?error";
		REDIRECTS.sendRedirect(request, response, target);
	}

}
