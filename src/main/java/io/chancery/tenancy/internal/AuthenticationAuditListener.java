package io.chancery.tenancy.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Every login attempt leaves a line in the log: who, from where, and why it failed. */
@Component
class AuthenticationAuditListener {

	private static final Logger log = LoggerFactory.getLogger("io.chancery.security.audit");

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		log.warn("Login failed for '{}' from {}: {}", event.getAuthentication().getName(),
				remoteAddress(event.getAuthentication().getDetails()), event.getException().getMessage());
	}

	@EventListener
	void onSuccess(InteractiveAuthenticationSuccessEvent event) {
		log.info("Login succeeded for '{}' from {}", event.getAuthentication().getName(),
				remoteAddress(event.getAuthentication().getDetails()));
	}

	private static String remoteAddress(Object details) {
		return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown address";
	}

}
