package io.chancery.documents.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.documents.DocumentAudit;

public interface DocumentAuditRepository extends JpaRepository<DocumentAudit, Long> {

	List<DocumentAudit> findByDocumentIdOrderByAtDescIdDesc(Long documentId);

}
