package io.chancery.devtools.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Captured mail for humans (ADMIN, as everything under /dev is guarded in the security setup). */
@Controller
@ConditionalOnBean(DevMailbox.class)
class DevMailboxPageController {

	private final DevMailbox mailbox;

	DevMailboxPageController(DevMailbox mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping("/dev/mailbox")
	String mailbox(Model model) {
		model.addAttribute("messages", mailbox.messages());
		return "dev/mailbox";
	}

}
