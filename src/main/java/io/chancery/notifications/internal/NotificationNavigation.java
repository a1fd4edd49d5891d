package io.chancery.notifications.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

import io.chancery.notifications.NotificationService;
import io.chancery.tenancy.ChanceryUser;

/** The navbar's unread count: one indexed count, and only when a page for a logged-in user shows it. */
@ControllerAdvice
class NotificationNavigation {

	private final NotificationService notifications;

	NotificationNavigation(NotificationService notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	LazyContextVariable<Long> unreadNotifications(@AuthenticationPrincipal ChanceryUser me) {
		return new LazyContextVariable<>() {

			@Override
			protected Long loadValue() {
				return me == null ? 0L : notifications.unreadCount(me.id());
			}

		};
	}

}
