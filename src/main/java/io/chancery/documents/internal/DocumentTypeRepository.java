package io.chancery.documents.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.documents.DocumentType;

public interface DocumentTypeRepository extends JpaRepository<DocumentType, Long> {

	List<DocumentType> findByCompanyIdOrderByName(Long companyId);

	Optional<DocumentType> findByCompanyIdAndCode(Long companyId, String code);

	boolean existsByCompanyIdAndCode(Long companyId, String code);

}
