package io.chancery.einvoice.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConsolidationRepository extends JpaRepository<Consolidation, Long> {

	Optional<Consolidation> findByCompanyIdAndPeriod(long companyId, String period);

	List<Consolidation> findByCompanyIdOrderByPeriodDesc(long companyId);

	Optional<Consolidation> findByCompanyIdAndId(long companyId, long id);

}
