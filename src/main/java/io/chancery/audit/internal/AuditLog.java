package io.chancery.audit.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.chancery.tenancy.CompanyService;

/**
 * Appends to the audit log and reads it back for one company. Appending joins the transaction of the
 * change it records (listeners run in it), so the entry exists exactly when the change does.
 */
@Service
@Transactional(readOnly = true)
class AuditLog {

	/** Longer texts are cut: an entry says what happened, it does not copy the data. */
	static final int MAX_TEXT = 500;

	private final AuditEntryRepository entries;

	private final CompanyService companies;

	private final ObjectMapper json;

	private final Clock clock;

	AuditLog(AuditEntryRepository entries, CompanyService companies, ObjectMapper json, Clock clock) {
		this.entries = entries;
		this.companies = companies;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	public AuditEntry append(Long companyId, Actor actor, String action, String entityType, Long entityId,
			String summary, Map<String, ?> details) {
		return entries.save(new AuditEntry(companyId, clock.instant(), actor, action, entityType, entityId,
				cut(summary), json(details), Actors.sourceIp()));
	}

	public Page<AuditEntry> search(long companyId, AuditFilter filter, Pageable pageable) {
		return entries.findAll(AuditEntrySpecifications.matching(companyId, filter, zone(companyId)), pageable);
	}

	/** The entity types the company's log holds, for the filter's choices. */
	public List<String> entityTypes(long companyId) {
		return entries.entityTypes(companyId);
	}

	public List<String> actions(long companyId) {
		return entries.actions(companyId);
	}

	/** Days and times of the log are the company's. */
	public ZoneId zone(long companyId) {
		return companies.get(companyId).getTimeZone();
	}

	private String json(Map<String, ?> details) {
		if (details == null || details.isEmpty()) {
			return null;
		}
		Map<String, Object> cut = new LinkedHashMap<>();
		details.forEach((key, value) -> cut.put(key, value instanceof String text ? cut(text) : value));
		try {
			return json.writeValueAsString(cut);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException("Audit details of " + details.keySet() + " are not JSON", e);
		}
	}

	private static String cut(String text) {
		return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
	}

}
