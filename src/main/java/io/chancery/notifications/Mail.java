package io.chancery.notifications;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.notifications.internal.OutboxEmailRepository;
import io.chancery.tenancy.UserAccount;

/**
 * E-mail for any module, through the same outbox as the expiry notices: written in the caller's
 * transaction (so it goes out only if the caller's change commits) and sent after the commit, with
 * retries, by the outbox dispatcher.
 */
@Service
public class Mail {

	private final OutboxEmailRepository outbox;

	private final Clock clock;

	Mail(OutboxEmailRepository outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
	}

	/** @return whether it was queued now (false: this key already went to this recipient) */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueue(OutgoingMail mail) {
		MailAttachment attachment = mail.attachment();
		return outbox.insertKeyedIfAbsent(mail.companyId(), mail.key(), UserAccount.normalizeEmail(mail.recipient()),
				mail.subject(), mail.htmlBody(), attachment == null ? null : attachment.source(),
				attachment == null ? null : attachment.reference(), clock.instant()) == 1;
	}

}
