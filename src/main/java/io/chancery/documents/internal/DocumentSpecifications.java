package io.chancery.documents.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

import io.chancery.documents.Document;
import io.chancery.documents.DocumentStatus;

/** The document list's filters as queries. Status conditions mirror {@link Document#status}. */
public final class DocumentSpecifications {

	private DocumentSpecifications() {
	}

	public static Specification<Document> matching(long companyId, Long typeId, Long customerId, Long employeeId,
			Integer expiringWithin, DocumentStatus status, LocalDate today) {
		return (document, query, cb) -> {
			List<Predicate> conditions = new ArrayList<>();
			conditions.add(cb.equal(document.get("companyId"), companyId));
			if (typeId != null) {
				conditions.add(cb.equal(document.get("typeId"), typeId));
			}
			if (customerId != null) {
				conditions.add(cb.equal(document.get("customerId"), customerId));
			}
			if (employeeId != null) {
				conditions.add(cb.equal(document.get("employeeId"), employeeId));
			}
			Predicate current = cb.isNull(document.get("supersededAt"));
			Predicate notInRenewal = cb.isNull(document.get("renewalStartedAt"));
			if (expiringWithin != null) {
				conditions.add(current);
				conditions.add(cb.between(document.get("expiryDate"), today, today.plusDays(expiringWithin)));
			}
			if (status != null) {
				conditions.add(switch (status) {
					case SUPERSEDED -> cb.isNotNull(document.get("supersededAt"));
					case IN_RENEWAL -> cb.and(current, cb.isNotNull(document.get("renewalStartedAt")));
					case EXPIRED -> cb.and(current, notInRenewal, cb.lessThan(document.get("expiryDate"), today));
					case EXPIRING -> cb.and(current, notInRenewal,
							cb.greaterThanOrEqualTo(document.get("expiryDate"), today),
							cb.lessThanOrEqualTo(document.get("expiringFrom"), today));
					case VALID -> cb.and(current, notInRenewal,
							cb.or(cb.isNull(document.get("expiryDate")), cb.greaterThan(document.get("expiringFrom"), today)));
				});
			}
			return cb.and(conditions.toArray(Predicate[]::new));
		};
	}

}
