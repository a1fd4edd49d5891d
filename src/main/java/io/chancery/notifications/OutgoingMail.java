package io.chancery.notifications;

/**
 * An e-mail another module wants sent.
 * @param key the caller's name for this e-mail, e.g. "invoice-sent-42": queuing the same key for the
 *        same recipient again adds nothing, so a retried step never mails twice
 * @param attachment rendered when the e-mail is sent, or null
 */
public record OutgoingMail(long companyId, String key, String recipient, String subject, String htmlBody,
		MailAttachment attachment) {
}
