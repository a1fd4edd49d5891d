package io.chancery.expiry.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.expiry.EscalationLevel;

interface EscalationRepository extends JpaRepository<Escalation, Long> {

	boolean existsByDocumentIdAndLevel(Long documentId, EscalationLevel level);

	long countByDocumentId(Long documentId);

	List<Escalation> findByDocumentIdOrderByDecidedAt(Long documentId);

}
