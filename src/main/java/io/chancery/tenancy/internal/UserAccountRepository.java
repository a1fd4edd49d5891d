package io.chancery.tenancy.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.NativeQuery;

import io.chancery.tenancy.UserAccount;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	Optional<UserAccount> findByIdAndCompanyId(Long id, Long companyId);

	List<UserAccount> findByCompanyIdOrderByEmail(Long companyId);

	/**
	 * Across every company: an email signs in to one account only. Native SQL, so the company filter
	 * of the admin's session does not hide another company's user.
	 */
	@NativeQuery("select count(*) > 0 from app_user where email = :email")
	boolean existsByEmail(String email);

}
