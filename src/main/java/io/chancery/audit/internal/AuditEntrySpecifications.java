package io.chancery.audit.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.criteria.Predicate;

/** The audit page's and API's filters as a query, always inside one company. */
final class AuditEntrySpecifications {

	private AuditEntrySpecifications() {
	}

	static Specification<AuditEntry> matching(long companyId, AuditFilter filter, ZoneId zone) {
		return (entry, query, cb) -> {
			List<Predicate> conditions = new ArrayList<>();
			conditions.add(cb.equal(entry.get("companyId"), companyId));
			if (filter.from() != null) {
				conditions.add(cb.greaterThanOrEqualTo(entry.get("at"), filter.from().atStartOfDay(zone).toInstant()));
			}
			if (filter.to() != null) {
				conditions.add(cb.lessThan(entry.get("at"), filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			if (filter.actor() != null) {
				conditions.add(cb.like(cb.lower(entry.get("actorName")), "%" + escape(filter.actor()) + "%", '\\'));
			}
			if (filter.entityType() != null) {
				conditions.add(cb.equal(entry.get("entityType"), filter.entityType().toUpperCase(Locale.ROOT)));
			}
			if (filter.action() != null) {
				conditions.add(cb.equal(entry.get("action"), filter.action().toUpperCase(Locale.ROOT)));
			}
			return cb.and(conditions.toArray(Predicate[]::new));
		};
	}

	/** The actor text is matched literally: % and _ typed by the admin are not wildcards. */
	private static String escape(String text) {
		return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
