package io.chancery.tenancy.internal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.UserAccountService;

@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
class UserApiController {

	private final UserAccountService users;

	UserApiController(UserAccountService users) {
		this.users = users;
	}

	@GetMapping
	List<UserView> list(@AuthenticationPrincipal ChanceryUser me) {
		return users.list(me.companyId()).stream().map(UserView::of).toList();
	}

	@GetMapping("/{id}")
	UserView get(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return UserView.of(users.get(me.companyId(), id));
	}

	@PostMapping
	ResponseEntity<UserView> create(@AuthenticationPrincipal ChanceryUser me, @Valid @RequestBody UserForm form) {
		if (form.getPassword() == null) {
			throw new IllegalArgumentException("password is required for a new user (at least 8 characters)");
		}
		var user = users.create(me.companyId(), form.getEmail(), form.getFullName(), form.getPassword(), form.getRoles());
		return ResponseEntity.created(URI.create("/api/v1/users/" + user.getId())).body(UserView.of(user));
	}

	@PutMapping("/{id}")
	UserView update(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @Valid @RequestBody UserForm form) {
		return UserView.of(users.update(me.companyId(), id, form.getFullName(), form.getRoles(), form.isEnabled(), me.id()));
	}

}
