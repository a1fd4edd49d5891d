package io.chancery.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.catalog.TaxRate;

public interface TaxRateRepository extends JpaRepository<TaxRate, Long> {

	List<TaxRate> findByCompanyIdOrderByRateDesc(Long companyId);

	Optional<TaxRate> findByCompanyIdAndCode(Long companyId, String code);

	boolean existsByCompanyIdAndCode(Long companyId, String code);

}
