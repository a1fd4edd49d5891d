package io.chancery.notifications.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.chancery.expiry.EscalationLevel;
import io.chancery.notifications.NotificationService;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.CompanyService;

/** The notification centre and the e-mail preferences page. */
@Controller
class NotificationPageController {

	private static final int PAGE_SIZE = 25;

	private final NotificationService notifications;

	private final CompanyService companies;

	NotificationPageController(NotificationService notifications, CompanyService companies) {
		this.notifications = notifications;
		this.companies = companies;
	}

	@GetMapping("/notifications")
	String centre(@AuthenticationPrincipal ChanceryUser me, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("notifications", notifications.list(me.id(), false, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("zone", companies.get(me.companyId()).getTimeZone());
		return "notifications/list";
	}

	@PostMapping("/notifications/{id}/read")
	String markRead(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		notifications.markRead(me.id(), id);
		return "redirect:/notifications";
	}

	@PostMapping("/notifications/read-all")
	String markAllRead(@AuthenticationPrincipal ChanceryUser me, RedirectAttributes redirect) {
		int marked = notifications.markAllRead(me.id());
		redirect.addFlashAttribute("successMessage", marked == 1 ? "1 notification marked read." : marked + " notifications marked read.");
		return "redirect:/notifications";
	}

	@GetMapping("/account/notifications")
	String preferences(@AuthenticationPrincipal ChanceryUser me, Model model) {
		model.addAttribute("email", notifications.emailPreferences(me.id()));
		return "notifications/preferences";
	}

	/** Unticked boxes are not sent, and mandatory levels are disabled boxes: only the optional levels change. */
	@PostMapping("/account/notifications")
	String changePreferences(@AuthenticationPrincipal ChanceryUser me,
			@RequestParam(name = "email", required = false) Set<EscalationLevel> ticked, RedirectAttributes redirect) {
		Map<EscalationLevel, Boolean> email = new EnumMap<>(EscalationLevel.class);
		for (EscalationLevel level : EnumSet.allOf(EscalationLevel.class)) {
			if (!level.mandatory()) {
				email.put(level, ticked != null && ticked.contains(level));
			}
		}
		notifications.changeEmailPreferences(me.id(), email);
		redirect.addFlashAttribute("successMessage", "Your notification settings were saved.");
		return "redirect:/account/notifications";
	}

}
