package io.chancery.web;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Every failed login, by form or HTTP Basic, shrinks the login budget of the address it came from. */
@Component
class LoginFailurePenalty {

	private final RateLimiter limiter;

	LoginFailurePenalty(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
			limiter.penalise(RateLimit.LOGIN, web.getRemoteAddress());
		}
	}

}
