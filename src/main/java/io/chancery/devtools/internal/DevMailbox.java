package io.chancery.devtools.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.stereotype.Component;

import org.springframework.web.util.HtmlUtils;

import com.icegreen.greenmail.util.GreenMail;

/** Reads what the dev SMTP server received, newest first. */
@Component
@ConditionalOnBean(GreenMail.class)
class DevMailbox {

	private final GreenMail smtp;

	DevMailbox(GreenMail smtp) {
		this.smtp = smtp;
	}

	List<MailboxMessage> messages() {
		try {
			List<MailboxMessage> messages = new ArrayList<>();
			for (MimeMessage message : smtp.getReceivedMessages()) {
				messages.add(toMailboxMessage(message));
			}
			messages.sort(Comparator.comparing(MailboxMessage::sentAt).reversed());
			return messages;
		}
		catch (MessagingException | IOException e) {
			throw new IllegalStateException("Cannot read the dev mailbox", e);
		}
	}

	private static MailboxMessage toMailboxMessage(MimeMessage message) throws MessagingException, IOException {
		List<String> attachments = new ArrayList<>();
		StringBuilder html = new StringBuilder();
		StringBuilder plain = new StringBuilder();
		collect(message, html, plain, attachments);
		String body = !html.isEmpty() ? html.toString()
				: plain.isEmpty() ? "" : "<pre>" + HtmlUtils.htmlEscape(plain.toString()) + "</pre>";
		var sent = message.getSentDate() != null ? message.getSentDate() : message.getReceivedDate();
		List<String> to = message.getRecipients(Message.RecipientType.TO) == null ? List.of()
				: Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
		return new MailboxMessage(to, message.getSubject(), body,
				sent == null ? java.time.Instant.EPOCH : sent.toInstant(), attachments);
	}

	private static void collect(Part part, StringBuilder html, StringBuilder plain, List<String> attachments)
			throws MessagingException, IOException {
		if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
			attachments.add(part.getFileName());
		}
		else if (part.isMimeType("text/html")) {
			html.append(part.getContent());
		}
		else if (part.isMimeType("text/plain")) {
			plain.append(part.getContent());
		}
		else if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				collect(multipart.getBodyPart(i), html, plain, attachments);
			}
		}
	}

}
