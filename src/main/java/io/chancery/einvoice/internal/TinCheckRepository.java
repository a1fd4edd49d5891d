package io.chancery.einvoice.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TinCheckRepository extends JpaRepository<TinCheck, Long> {

	Optional<TinCheck> findByCompanyIdAndCustomerId(long companyId, long customerId);

}
