package io.chancery.tenancy.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.tenancy.UserAccount;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	Optional<UserAccount> findByIdAndCompanyId(Long id, Long companyId);

	List<UserAccount> findByCompanyIdOrderByEmail(Long companyId);

	boolean existsByEmail(String email);

}
