package io.chancery.tenancy.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.UserAccount;

@Service
class ChanceryUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	ChanceryUserDetailsService(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		return users.findByEmail(UserAccount.normalizeEmail(email))
			.map(ChanceryUser::of)
			.orElseThrow(() -> new UsernameNotFoundException("No user " + email));
	}

}
