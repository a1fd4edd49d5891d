package io.chancery.notifications.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import io.chancery.notifications.Notification;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	Page<Notification> findByRecipientUserId(Long userId, Pageable pageable);

	Page<Notification> findByRecipientUserIdAndReadAtIsNull(Long userId, Pageable pageable);

	long countByRecipientUserIdAndReadAtIsNull(Long userId);

	Optional<Notification> findByIdAndRecipientUserId(Long id, Long userId);

	@Modifying
	@Query("update Notification n set n.readAt = :at where n.recipientUserId = :userId and n.readAt is null")
	int markAllRead(Long userId, Instant at);

	/**
	 * Records the notice unless this user already has one for this escalation: 1 if inserted, 0 if not.
	 * A second handling of the same event, even at the same moment in another transaction, inserts
	 * nothing and does not fail (PostgreSQL makes it wait for the first to commit). H2 in PostgreSQL
	 * mode accepts the same statement.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into notification (company_id, recipient_user_id, document_id, escalation_id, level, title, message,
			    link, created_at)
			values (:companyId, :userId, :documentId, :escalationId, :level, :title, :message, :link, :createdAt)
			on conflict do nothing
			""")
	int insertIfAbsent(long companyId, long userId, long documentId, long escalationId, String level, String title,
			String message, String link, Instant createdAt);

	/** A notice of another module, once per caller-given key and user. */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into notification (company_id, recipient_user_id, notice_key, title, message, link, created_at)
			values (:companyId, :userId, :noticeKey, :title, :message, :link, :createdAt)
			on conflict do nothing
			""")
	int insertKeyedIfAbsent(long companyId, long userId, String noticeKey, String title, String message, String link,
			Instant createdAt);

}
