package io.chancery.tenancy;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal. Its {@link #companyId()} is the only source of the current tenant:
 * never a request parameter.
 */
public final class ChanceryUser implements UserDetails, CredentialsContainer {

	private final long id;

	private final long companyId;

	private final String email;

	private final String fullName;

	private final Set<Role> roles;

	private final boolean enabled;

	private final boolean locked;

	private String passwordHash;

	public static ChanceryUser of(UserAccount account) {
		return new ChanceryUser(account);
	}

	private ChanceryUser(UserAccount account) {
		this.id = account.getId();
		this.companyId = account.getCompanyId();
		this.email = account.getEmail();
		this.fullName = account.getFullName();
		this.roles = account.getRoles();
		this.enabled = account.isEnabled();
		this.locked = account.isLocked();
		this.passwordHash = account.getPasswordHash();
	}

	public long id() {
		return id;
	}

	public long companyId() {
		return companyId;
	}

	public String email() {
		return email;
	}

	public String fullName() {
		return fullName;
	}

	public Set<Role> roles() {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ChanceryUser user && user.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return email + " " + List.copyOf(roles);
	}

}
