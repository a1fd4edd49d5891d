package io.chancery.tenancy.internal;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import io.chancery.tenancy.Role;
import io.chancery.tenancy.UserAccount;

/** What an admin enters to create or change a user; also the JSON body of the users API. */
class UserForm {

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@NotBlank
	@Size(max = 200)
	private String fullName;

	/** Only for new users; at least 8 characters. */
	@Size(min = 8, max = 200)
	private String password;

	@NotEmpty
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private boolean enabled = true;

	static UserForm of(UserAccount user) {
		UserForm form = new UserForm();
		form.email = user.getEmail();
		form.fullName = user.getFullName();
		form.roles = user.getRoles();
		form.enabled = user.isEnabled();
		return form;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
