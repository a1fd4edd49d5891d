package io.chancery.audit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.UserAccount;
import io.chancery.tenancy.UserAccountService;

/**
 * Logins, failed logins, refused locked or disabled accounts, and logouts. Successful logins are
 * those of the login form: API calls authenticate on every request (HTTP Basic), and logging each
 * would bury the log, so only their failures are recorded. The password never reaches an entry: only
 * the e-mail typed and the kind of failure.
 */
@Component
class AuthenticationAuditor {

	static final String USER = "USER";

	private final AuditLog log;

	private final UserAccountService users;

	AuthenticationAuditor(AuditLog log, UserAccountService users) {
		this.log = log;
		this.users = users;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		signedIn(event.getAuthentication()).ifPresent(user -> log.append(user.companyId(), Actors.of(user),
				"LOGIN_SUCCEEDED", USER, user.id(), user.email() + " signed in", Map.of()));
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		signedIn(event.getAuthentication()).ifPresent(user -> log.append(user.companyId(), Actors.of(user),
				"LOGGED_OUT", USER, user.id(), user.email() + " signed out", Map.of()));
	}

	/**
	 * Someone failed to sign in as the e-mail they typed. The entry goes to the company of that
	 * e-mail's account; an e-mail no company knows gives an entry of no company (kept, shown to nobody).
	 */
	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String typed = event.getAuthentication().getName();
		Optional<UserAccount> account = users.accountFor(typed);
		String action = switch (event) {
			case AuthenticationFailureLockedEvent locked -> "LOGIN_LOCKED";
			case AuthenticationFailureDisabledEvent disabled -> "LOGIN_DISABLED";
			default -> "LOGIN_FAILED";
		};
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reason", event.getException().getClass().getSimpleName());
		details.put("knownAccount", account.isPresent());
		log.append(account.map(UserAccount::getCompanyId).orElse(null), new Actor(ActorKind.ANONYMOUS, null, typed),
				action, USER, account.map(UserAccount::getId).orElse(null),
				"Sign-in as " + typed + " refused: " + event.getException().getMessage(), details);
	}

	private static Optional<ChanceryUser> signedIn(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof ChanceryUser user
				? Optional.of(user) : Optional.empty();
	}

}
