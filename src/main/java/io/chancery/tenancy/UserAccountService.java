package io.chancery.tenancy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.shared.AuditedChange;
import io.chancery.shared.ConflictException;
import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.internal.UserAccountRepository;

/** Users of one company. Every method takes the acting user's company, so ids of other tenants are not found. */
@Service
@Transactional(readOnly = true)
public class UserAccountService {

	private static final Logger log = LoggerFactory.getLogger(UserAccountService.class);

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	UserAccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	public List<UserAccount> list(long companyId) {
		return users.findByCompanyIdOrderByEmail(companyId);
	}

	public UserAccount get(long companyId, long userId) {
		return users.findByIdAndCompanyId(userId, companyId).orElseThrow(() -> new NotFoundException("User", userId));
	}

	/**
	 * The account an e-mail signs in to, whatever its company: for naming the company of a login
	 * attempt (e-mails are unique across companies). Never use it to act on another company's user.
	 */
	public Optional<UserAccount> accountFor(String email) {
		return email == null ? Optional.empty() : users.findByEmail(UserAccount.normalizeEmail(email));
	}

	@Transactional
	public UserAccount create(long companyId, String email, String fullName, String rawPassword, Set<Role> roles) {
		String normalized = UserAccount.normalizeEmail(email);
		if (users.existsByEmail(normalized)) {
			throw new ConflictException("A user with email " + normalized + " already exists");
		}
		requireRoles(roles);
		UserAccount user = users.save(new UserAccount(companyId, normalized, fullName.trim(),
				passwordEncoder.encode(rawPassword), roles, clock.instant()));
		log.info("User {} created in company {} with roles {}", normalized, companyId, roles);
		audited(user, "CREATED", "user " + normalized + " created with roles " + roles);
		return user;
	}

	/**
	 * For seeding: creates the user unless the email exists, and never touches an existing user. Takes
	 * a hash from {@link #hashPassword}, so seeding many users with one password hashes it once
	 * (a deliberately slow hash is most of a fresh start's seeding time).
	 */
	@Transactional
	public UserAccount ensureExists(long companyId, String email, String fullName, String passwordHash, Set<Role> roles) {
		String normalized = UserAccount.normalizeEmail(email);
		return users.findByEmail(normalized).orElseGet(() -> {
			requireRoles(roles);
			log.info("User {} created in company {} with roles {}", normalized, companyId, roles);
			return users.save(new UserAccount(companyId, normalized, fullName.trim(), passwordHash, roles, clock.instant()));
		});
	}

	public String hashPassword(String rawPassword) {
		return passwordEncoder.encode(rawPassword);
	}

	@Transactional
	public UserAccount update(long companyId, long userId, String fullName, Set<Role> roles, boolean enabled,
			long actingUserId) {
		UserAccount user = get(companyId, userId);
		requireRoles(roles);
		if (userId == actingUserId && (!enabled || !roles.contains(Role.ADMIN))) {
			throw new ConflictException("You cannot disable yourself or remove your own ADMIN role");
		}
		user.changeFullName(fullName.trim());
		user.changeRoles(roles);
		user.setEnabled(enabled);
		log.info("User {} updated: roles {}, enabled {}", user.getEmail(), roles, enabled);
		audited(user, "UPDATED", "user " + user.getEmail() + " updated: roles " + roles + (enabled ? "" : ", disabled"));
		return user;
	}

	@Transactional
	public void changePassword(long companyId, long userId, String currentPassword, String newPassword) {
		UserAccount user = get(companyId, userId);
		if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new WrongPasswordException();
		}
		user.changePasswordHash(passwordEncoder.encode(newPassword));
		log.info("User {} changed their password", user.getEmail());
		audited(user, "PASSWORD_CHANGED", "user " + user.getEmail() + " changed their password");
	}

	/** Who may sign in, as what, goes to the company's audit log (never a password or its hash). */
	private void audited(UserAccount user, String action, String summary) {
		events.publishEvent(new AuditedChange(user.getCompanyId(), "USER", user.getId(), action, null, summary,
				Map.of("roles", user.getRoles().stream().map(Role::name).sorted().toList(), "enabled", user.isEnabled())));
	}

	private static void requireRoles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new IllegalArgumentException("A user needs at least one role");
		}
	}

	public static class WrongPasswordException extends RuntimeException {

		WrongPasswordException() {
			super("The current password is not correct");
		}

	}

}
