package io.chancery.expiry.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.chancery.expiry.DocumentEnteredWindow;

/**
 * Records an escalation and announces it in one transaction, once per document and level: the
 * unique key on (document, level) turns a second scan, or a concurrent one, into a no-op.
 */
@Component
public class EscalationRecorder {

	private final EscalationRepository escalations;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EscalationRecorder(EscalationRepository escalations, TransactionTemplate transaction,
			ApplicationEventPublisher events, Clock clock) {
		this.escalations = escalations;
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
				events.publishEvent(new DocumentEnteredWindow(companyId, documentId, escalation.getId(), rule.level(),
						daysLeft, expiryDate, rule.notifyStaff(),
						rule.notifyCustomer(), rule.notifyManager(), rule.channels()));
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

}
