package io.chancery.documents.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import io.chancery.documents.DocumentType;

public interface DocumentTypeRepository extends JpaRepository<DocumentType, Long> {

	List<DocumentType> findByCompanyIdOrderByName(Long companyId);

	Optional<DocumentType> findByCompanyIdAndCode(Long companyId, String code);

	boolean existsByCompanyIdAndCode(Long companyId, String code);

	/** Adds a type unless the company has one with that code: two callers at once (start-up seeding and the new-company listener) both succeed. */
	@Modifying
	@Query(value = """
			insert into document_type (company_id, code, name, expires, number_pattern, number_hint, expiring_window_days, created_at)
			values (:companyId, :code, :name, true, :numberPattern, :numberHint, :windowDays, :createdAt)
			on conflict do nothing""", nativeQuery = true)
	int insertExpiringTypeIfAbsent(long companyId, String code, String name, String numberPattern, String numberHint,
			int windowDays, Instant createdAt);

}
