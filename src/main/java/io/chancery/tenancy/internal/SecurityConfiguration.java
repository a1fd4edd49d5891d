package io.chancery.tenancy.internal;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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

	@Bean
	PasswordEncoder passwordEncoder() {
		return new RememberingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
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
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.build();
	}

}
