package io.chancery.expiry.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.chancery.expiry.DocumentEnteredWindow;
import io.chancery.expiry.EscalationLevel;

/**
 * Records an escalation and announces it in one transaction, once per document and level: the
 * unique key on (document, level) turns a second scan, or a concurrent one, into a no-op.
 */
@Component
public class EscalationRecorder {

	/** A document a scan found at a level, with the rule the escalation-windows decision gave. */
	public record Reached(long documentId, LocalDate expiryDate, long daysLeft, EscalationRule rule) {
	}

	private static final String INSERT = """
			insert into document_escalation (company_id, document_id, level, days_left, notify_staff, notify_customer,
			    notify_manager, channels, decided_at)
			values (:companyId, :documentId, :level, :daysLeft, :notifyStaff, :notifyCustomer, :notifyManager, :channels,
			    :decidedAt)""";

	private final EscalationRepository escalations;

	private final NamedParameterJdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EscalationRecorder(EscalationRepository escalations, DataSource dataSource, TransactionTemplate transaction,
			ApplicationEventPublisher events, Clock clock) {
		this.escalations = escalations;
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.transaction = transaction;
		this.events = events;
		this.clock = clock;
	}

	/** Returns true when this call recorded the escalation, false when it was recorded before. */
	public boolean recordIfNew(long companyId, long documentId, LocalDate expiryDate, long daysLeft, EscalationRule rule) {
		if (escalations.existsByDocumentIdAndLevel(documentId, rule.level())) {
			return false;
		}
		try {
			return transaction.execute(status -> {
				Escalation escalation = escalations.saveAndFlush(
						new Escalation(companyId, documentId, Math.toIntExact(daysLeft), rule, clock.instant()));
				announce(companyId, escalation.getId(), new Reached(documentId, expiryDate, daysLeft, rule));
				if (escalations.countByDocumentId(documentId) == 1) {
					events.publishEvent(new RenewalNeeded(companyId, documentId));
				}
				return true;
			});
		}
		catch (DataIntegrityViolationException concurrentScanWasFirst) {
			return false;
		}
	}

	/**
	 * Records the escalations of one page of a scan that were not recorded before, with their events, in one
	 * transaction: one query for what is recorded already, one batch insert, one query for the documents'
	 * first escalations. A concurrent scan that recorded some of them first makes the batch fail on the unique
	 * key; then each is recorded on its own, and the key decides. Returns the ones this call recorded.
	 */
	public Set<Reached> recordNew(long companyId, List<Reached> reached) {
		if (reached.isEmpty()) {
			return Set.of();
		}
		Set<Reached> fresh = notRecordedYet(reached);
		if (fresh.isEmpty()) {
			return Set.of();
		}
		try {
			return transaction.execute(status -> {
				insert(companyId, fresh);
				return fresh;
			});
		}
		catch (DataIntegrityViolationException concurrentScanRecordedSome) {
			Set<Reached> recorded = new HashSet<>();
			for (Reached r : fresh) {
				if (recordIfNew(companyId, r.documentId(), r.expiryDate(), r.daysLeft(), r.rule())) {
					recorded.add(r);
				}
			}
			return recorded;
		}
	}

	private Set<Reached> notRecordedYet(List<Reached> reached) {
		Set<String> recorded = new HashSet<>();
		jdbc.query("select document_id, level from document_escalation where document_id in (:ids)",
				Map.of("ids", reached.stream().map(Reached::documentId).toList()),
				row -> {
					recorded.add(row.getLong(1) + ":" + row.getString(2));
				});
		Set<Reached> fresh = new LinkedHashSet<>();
		for (Reached r : reached) {
			if (!recorded.contains(r.documentId() + ":" + r.rule().level().name())) {
				fresh.add(r);
			}
		}
		return fresh;
	}

	private void insert(long companyId, Set<Reached> fresh) {
		Timestamp decidedAt = Timestamp.from(clock.instant());
		List<Reached> rows = List.copyOf(fresh);
		SqlParameterSource[] batch = rows.stream().map(r -> new MapSqlParameterSource()
			.addValue("companyId", companyId)
			.addValue("documentId", r.documentId())
			.addValue("level", r.rule().level().name())
			.addValue("daysLeft", Math.toIntExact(r.daysLeft()))
			.addValue("notifyStaff", r.rule().notifyStaff())
			.addValue("notifyCustomer", r.rule().notifyCustomer())
			.addValue("notifyManager", r.rule().notifyManager())
			.addValue("channels", String.join(",", r.rule().channels()))
			.addValue("decidedAt", decidedAt)).toArray(SqlParameterSource[]::new);
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.batchUpdate(INSERT, batch, keys, new String[] { "id" });
		List<Map<String, Object>> ids = keys.getKeyList();
		for (int i = 0; i < rows.size(); i++) {
			announce(companyId, ((Number) ids.get(i).get("id")).longValue(), rows.get(i));
		}
		// a document's first escalation starts its renewal; a scan reaches one level per document
		jdbc.queryForList("""
				select document_id from document_escalation where document_id in (:ids)
				group by document_id having count(*) = 1""",
				Map.of("ids", rows.stream().map(Reached::documentId).toList()), Long.class)
			.forEach(documentId -> events.publishEvent(new RenewalNeeded(companyId, documentId)));
	}

	private void announce(long companyId, long escalationId, Reached r) {
		EscalationRule rule = r.rule();
		EscalationLevel level = rule.level();
		events.publishEvent(new DocumentEnteredWindow(companyId, r.documentId(), escalationId, level, r.daysLeft(),
				r.expiryDate(), rule.notifyStaff(), rule.notifyCustomer(), rule.notifyManager(), rule.channels()));
	}

}
