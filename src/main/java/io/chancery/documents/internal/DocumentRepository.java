package io.chancery.documents.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import io.chancery.documents.Document;
import io.chancery.documents.ExpiryCandidate;

public interface DocumentRepository extends JpaRepository<Document, Long>, JpaSpecificationExecutor<Document> {

	Optional<Document> findByIdAndCompanyId(Long id, Long companyId);

	/** Renewal and edits lock the version they change, so two renewals cannot both succeed. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select d from Document d where d.id = :id and d.companyId = :companyId")
	Optional<Document> lockByIdAndCompanyId(Long id, Long companyId);

	Optional<Document> findByCompanyIdAndTypeIdAndActiveNumber(Long companyId, Long typeId, String activeNumber);

	Optional<Document> findByPreviousId(Long previousId);

	/** Current documents expiring on or before a day, in id order after a given id (keyset paging). */
	@Query("""
			select new io.chancery.documents.ExpiryCandidate(d.id, t.code, d.expiryDate)
			from Document d join DocumentType t on t.id = d.typeId
			where d.companyId = :companyId and d.supersededAt is null and d.expiryDate <= :until and d.id > :afterId
			order by d.id
			""")
	List<ExpiryCandidate> expiryCandidates(Long companyId, LocalDate until, Long afterId, Pageable page);

}
