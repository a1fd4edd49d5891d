package io.chancery.tenancy.internal;

import java.time.Instant;
import java.util.Set;

import io.chancery.tenancy.Role;
import io.chancery.tenancy.UserAccount;

/** A user as the API shows it: never the password hash. */
record UserView(long id, String email, String fullName, Set<Role> roles, boolean enabled, boolean locked,
		Instant createdAt) {

	static UserView of(UserAccount user) {
		return new UserView(user.getId(), user.getEmail(), user.getFullName(), user.getRoles(), user.isEnabled(),
				user.isLocked(), user.getCreatedAt());
	}

}
