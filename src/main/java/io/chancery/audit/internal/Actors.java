package io.chancery.audit.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.UserAccountService;

/**
 * Works out who is behind a change. Audit listeners run on the thread that published the event, so
 * the signed-in user and the HTTP request are those of the change itself: a request without a user is
 * a customer's public link (quote approval, portal, signing); no request at all is a process or job.
 */
@Component
class Actors {

	private final UserAccountService users;

	Actors(UserAccountService users) {
		this.users = users;
	}

	/**
	 * @param named whom the publishing module names, e.g. "invoice process", a reviewer's e-mail or the
	 *     name a customer typed; kept when no user is signed in on this thread
	 */
	Actor current(long companyId, String named) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ChanceryUser user) {
			return of(user);
		}
		if (request().isPresent()) {
			return new Actor(ActorKind.CUSTOMER, null,
					named == null ? Actor.CUSTOMER_VIA_LINK : Actor.CUSTOMER_VIA_LINK + " (" + named + ")");
		}
		if (named == null) {
			return new Actor(ActorKind.SYSTEM, null, Actor.SYSTEM);
		}
		// a process acting on a person's decision (a reviewer's task) names that person by e-mail
		return users.accountFor(named)
			.filter(account -> account.getCompanyId() == companyId)
			.map(account -> new Actor(ActorKind.USER, account.getId(), account.getEmail()))
			.orElseGet(() -> new Actor(ActorKind.SYSTEM, null, named));
	}

	static Actor of(ChanceryUser user) {
		return new Actor(ActorKind.USER, user.id(), user.email());
	}

	/** The client's address as the servlet container sees it (behind a proxy, per server.forward-headers-strategy). */
	static String sourceIp() {
		return request().map(HttpServletRequest::getRemoteAddr).orElse(null);
	}

	private static Optional<HttpServletRequest> request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? Optional.of(attributes.getRequest()) : Optional.empty();
	}

}
