package io.chancery.tenancy.internal;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import io.chancery.tenancy.UserAccount;
import io.chancery.tenancy.internal.LoginLockout.Standing;

/**
 * Password logins (form and HTTP Basic) through the usual provider, refused before the password is
 * even checked while the email is locked, with every wrong password counted.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginLockout lockout;

	LockoutAuthenticationProvider(AuthenticationProvider passwords, LoginLockout lockout) {
		this.passwords = passwords;
		this.lockout = lockout;
	}

	@Override
	public Authentication authenticate(Authentication login) {
		String email = UserAccount.normalizeEmail(login.getName());
		Optional<Standing> standing = lockout.standing(email);
		if (standing.isPresent() && standing.get().locked()) {
			throw new AccountLockedException(standing.get().remainingLock());
		}
		try {
			Authentication authenticated = passwords.authenticate(login);
			if (standing.isPresent()) {
				lockout.succeeded(email);
			}
			return authenticated;
		}
		catch (BadCredentialsException wrong) {
			lockout.failed(email);
			throw wrong;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
