package io.chancery.devtools.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout whether to show the dev mailbox link. */
@ControllerAdvice
class DevToolsNavigation {

	private final ObjectProvider<DevMailbox> mailbox;

	DevToolsNavigation(ObjectProvider<DevMailbox> mailbox) {
		this.mailbox = mailbox;
	}

	@ModelAttribute("devToolsEnabled")
	boolean devToolsEnabled() {
		return mailbox.getIfAvailable() != null;
	}

}
