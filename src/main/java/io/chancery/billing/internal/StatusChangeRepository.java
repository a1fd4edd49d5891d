package io.chancery.billing.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import io.chancery.billing.StatusChange;

public interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

	List<StatusChange> findByCompanyIdAndDocumentKindAndDocumentIdOrderByAtAscIdAsc(Long companyId, String kind,
			Long documentId);

}
