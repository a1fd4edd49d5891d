package io.chancery.notifications.internal;

import java.time.Instant;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.expiry.EscalationLevel;
import io.chancery.notifications.Notification;
import io.chancery.notifications.NotificationService;
import io.chancery.shared.PageView;
import io.chancery.tenancy.ChanceryUser;

/** The current user's notifications and e-mail preferences; nobody sees anyone else's. */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationApiController {

	private final NotificationService notifications;

	NotificationApiController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	PageView<NotificationView> list(@AuthenticationPrincipal ChanceryUser me,
			@RequestParam(defaultValue = "false") boolean unreadOnly, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return PageView.of(notifications.list(me.id(), unreadOnly, Math.max(page, 0), Math.clamp(size, 1, 200)),
				NotificationView::of);
	}

	@GetMapping("/unread-count")
	UnreadCount unreadCount(@AuthenticationPrincipal ChanceryUser me) {
		return new UnreadCount(notifications.unreadCount(me.id()));
	}

	@PostMapping("/{id}/read")
	NotificationView markRead(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return NotificationView.of(notifications.markRead(me.id(), id));
	}

	@PostMapping("/read-all")
	UnreadCount markAllRead(@AuthenticationPrincipal ChanceryUser me) {
		notifications.markAllRead(me.id());
		return new UnreadCount(notifications.unreadCount(me.id()));
	}

	/** {@code {"WARNING":true,"URGENT":false,"CRITICAL":true,"EXPIRED":true}}: whether each level is also e-mailed. */
	@GetMapping("/preferences")
	Map<EscalationLevel, Boolean> preferences(@AuthenticationPrincipal ChanceryUser me) {
		return notifications.emailPreferences(me.id());
	}

	/** Only the levels given change; turning off CRITICAL or EXPIRED is a 400 naming the level. */
	@PutMapping("/preferences")
	Map<EscalationLevel, Boolean> changePreferences(@AuthenticationPrincipal ChanceryUser me,
			@RequestBody Map<EscalationLevel, Boolean> email) {
		return notifications.changeEmailPreferences(me.id(), email);
	}

	record UnreadCount(long unread) {
	}

	record NotificationView(long id, EscalationLevel level, String title, String message, Long documentId, String link,
			Instant createdAt, Instant readAt) {

		static NotificationView of(Notification n) {
			return new NotificationView(n.getId(), n.getLevel(), n.getTitle(), n.getMessage(), n.getDocumentId(),
					n.getLink(), n.getCreatedAt(), n.getReadAt());
		}

	}

}
