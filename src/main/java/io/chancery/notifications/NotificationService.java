package io.chancery.notifications;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.expiry.EscalationLevel;
import io.chancery.notifications.internal.NotificationPreference;
import io.chancery.notifications.internal.NotificationPreferenceRepository;
import io.chancery.notifications.internal.NotificationRepository;
import io.chancery.shared.InvalidFieldException;
import io.chancery.shared.NotFoundException;

/**
 * A user's notification centre and e-mail preferences. Every method takes the user: notifications
 * of someone else are not found.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt", "id");

	private final NotificationRepository notifications;

	private final NotificationPreferenceRepository preferences;

	private final Clock clock;

	NotificationService(NotificationRepository notifications, NotificationPreferenceRepository preferences,
			Clock clock) {
		this.notifications = notifications;
		this.preferences = preferences;
		this.clock = clock;
	}

	public Page<Notification> list(long userId, boolean unreadOnly, int page, int size) {
		PageRequest request = PageRequest.of(page, size, NEWEST_FIRST);
		return unreadOnly ? notifications.findByRecipientUserIdAndReadAtIsNull(userId, request)
				: notifications.findByRecipientUserId(userId, request);
	}

	public long unreadCount(long userId) {
		return notifications.countByRecipientUserIdAndReadAtIsNull(userId);
	}

	@Transactional
	public Notification markRead(long userId, long notificationId) {
		Notification notification = notifications.findByIdAndRecipientUserId(notificationId, userId)
			.orElseThrow(() -> new NotFoundException("Notification", notificationId));
		notification.markRead(clock.instant());
		return notification;
	}

	/** Returns how many were unread. */
	@Transactional
	public int markAllRead(long userId) {
		return notifications.markAllRead(userId, clock.instant());
	}

	/**
	 * An in-app notice from any module, e.g. "the customer approved quote QUO-2026-00004". Written in
	 * the caller's transaction; the same key for the same user adds nothing.
	 * @param link where the notice leads, relative to the app's root, e.g. /quotes/4
	 */
	@Transactional
	public void notify(long companyId, long userId, String key, String title, String message, String link) {
		notifications.insertKeyedIfAbsent(companyId, userId, key, abbreviate(title, 600), abbreviate(message, 1000), link,
				clock.instant());
	}

	private static String abbreviate(String text, int max) {
		return text.length() > max ? text.substring(0, max - 1) + "…" : text;
	}

	/** Per level, whether the user gets e-mail as well as the in-app notice. */
	public Map<EscalationLevel, Boolean> emailPreferences(long userId) {
		Map<EscalationLevel, Boolean> email = new EnumMap<>(EscalationLevel.class);
		for (EscalationLevel level : EscalationLevel.values()) {
			email.put(level, true);
		}
		for (NotificationPreference preference : preferences.findByUserId(userId)) {
			email.put(preference.getLevel(), preference.getLevel().mandatory() || preference.isEmail());
		}
		return email;
	}

	public boolean wantsEmail(long userId, EscalationLevel level) {
		return emailPreferences(userId).get(level);
	}

	/**
	 * Changes the levels given and leaves the others.
	 * @throws InvalidFieldException naming the level when asked to turn off a mandatory one
	 */
	@Transactional
	public Map<EscalationLevel, Boolean> changeEmailPreferences(long userId, Map<EscalationLevel, Boolean> email) {
		email.forEach((level, wanted) -> {
			if (wanted == null) {
				throw new InvalidFieldException(level.name(), "Say true or false for " + level);
			}
			if (level.mandatory() && !wanted) {
				throw new InvalidFieldException(level.name(), level + " notices are always e-mailed and cannot be turned off");
			}
		});
		email.forEach((level, wanted) -> {
			if (!level.mandatory()) {
				preferences.save(new NotificationPreference(userId, level, wanted));
			}
		});
		return emailPreferences(userId);
	}

}
