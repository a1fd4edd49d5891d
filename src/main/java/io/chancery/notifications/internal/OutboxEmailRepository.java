package io.chancery.notifications.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/** The outbox. Each state change is its own short transaction and says which state it expects. */
public interface OutboxEmailRepository extends JpaRepository<OutboxEmail, Long> {

	/** Like the notification insert: nothing happens when this address already has mail for this escalation. */
	@Transactional
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into email_outbox (company_id, escalation_id, recipient, subject, html_body, status, attempts,
			    next_attempt_at, created_at)
			values (:companyId, :escalationId, :recipient, :subject, :htmlBody, 'PENDING', 0, :createdAt, :createdAt)
			on conflict do nothing
			""")
	int insertIfAbsent(long companyId, long escalationId, String recipient, String subject, String htmlBody,
			Instant createdAt);

	/** Mail of other modules: one per caller-given key and address. */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into email_outbox (company_id, mail_key, recipient, subject, html_body, attachment_source,
			    attachment_ref, status, attempts, next_attempt_at, created_at)
			values (:companyId, :mailKey, :recipient, :subject, :htmlBody, :attachmentSource, :attachmentRef, 'PENDING', 0,
			    :createdAt, :createdAt)
			on conflict do nothing
			""")
	int insertKeyedIfAbsent(long companyId, String mailKey, String recipient, String subject, String htmlBody,
			String attachmentSource, Long attachmentRef, Instant createdAt);

	@Query("select e from OutboxEmail e where e.status = PENDING and e.nextAttemptAt <= :now order by e.nextAttemptAt, e.id")
	List<OutboxEmail> findDue(Instant now, Limit limit);

	/** PENDING to SENDING: 1 for the one dispatcher that gets the row, 0 for any other. */
	@Transactional
	@Modifying
	@Query(nativeQuery = true, value = """
			update email_outbox set status = 'SENDING', claimed_at = :now
			where id = :id and status = 'PENDING' and next_attempt_at <= :now
			""")
	int claim(long id, Instant now);

	@Transactional
	@Modifying
	@Query(nativeQuery = true, value = """
			update email_outbox set status = 'SENT', sent_at = :now
			where id = :id and status = 'SENDING'
			""")
	void markSent(long id, Instant now);

	/** After a failed attempt: PENDING again, to be tried at {@code retryAt}. */
	@Transactional
	@Modifying
	@Query(nativeQuery = true, value = """
			update email_outbox set status = 'PENDING', attempts = attempts + 1, next_attempt_at = :retryAt,
			    last_error = :error
			where id = :id and status = 'SENDING'
			""")
	void retryLater(long id, Instant retryAt, String error);

	/** After the last allowed attempt failed. */
	@Transactional
	@Modifying
	@Query(nativeQuery = true, value = """
			update email_outbox set status = 'FAILED', attempts = attempts + 1, last_error = :error
			where id = :id and status = 'SENDING'
			""")
	void markFailed(long id, String error);

	/** Rows claimed before {@code claimedBefore} and never finished: their dispatcher died mid-send. */
	@Transactional
	@Modifying
	@Query(nativeQuery = true, value = """
			update email_outbox set status = 'FAILED', last_error = :error
			where status = 'SENDING' and claimed_at < :claimedBefore
			""")
	int failAbandoned(Instant claimedBefore, String error);

}
