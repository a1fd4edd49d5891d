package io.chancery.notifications.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.chancery.notifications.AttachmentSource;
import io.chancery.notifications.AttachmentSource.Attachment;

/**
 * Sends the outbox. Each e-mail is first claimed (PENDING to SENDING, in its own transaction and only
 * if still PENDING), so two dispatchers, in this JVM or another instance, never both send it.
 *
 * <p>A failure to send is retried with a growing delay, up to {@code chancery.notifications.max-attempts}.
 * An e-mail still SENDING long after its claim belongs to a dispatcher that died between claiming and
 * recording the result: the SMTP server may or may not have taken it. It is marked FAILED and not sent
 * again, because a customer getting the same notice twice is worse than staff seeing a failure to
 * follow up (they still have the in-app notice).
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
public class OutboxDispatcher {

	private static final Duration SENDING_TIMEOUT = Duration.ofMinutes(10);

	private static final String INTERRUPTED = "interrupted while sending; not retried to avoid a duplicate";

	private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

	private static final Duration LONGEST_RETRY = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	/** Only carries defaults into messages; the mail sender has its own session for sending. */
	private static final Session SESSION = Session.getInstance(new Properties());

	private final OutboxEmailRepository outbox;

	private final JavaMailSender mail;

	private final NotificationProperties properties;

	private final String messageIdDomain;

	private final Clock clock;

	private final Map<String, AttachmentSource> attachmentSources;

	OutboxDispatcher(OutboxEmailRepository outbox, JavaMailSender mail, NotificationProperties properties,
			@Value("${chancery.public-url}") URI publicUrl, Clock clock, List<AttachmentSource> attachmentSources) {
		this.outbox = outbox;
		this.attachmentSources = attachmentSources.stream()
			.collect(Collectors.toMap(AttachmentSource::name, source -> source));
		this.mail = mail;
		this.properties = properties;
		this.messageIdDomain = publicUrl.getHost();
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${chancery.notifications.dispatch-interval:2s}")
	void dispatchOnSchedule() {
		dispatch();
	}

	/** Gives up on abandoned e-mail, then sends what is due. Returns how many were sent. */
	public int dispatch() {
		int abandoned = outbox.failAbandoned(clock.instant().minus(SENDING_TIMEOUT), INTERRUPTED);
		if (abandoned > 0) {
			log.warn("{} e-mail(s) were interrupted while sending and are marked FAILED, not sent again", abandoned);
		}
		int sent = 0;
		for (OutboxEmail email : outbox.findDue(clock.instant(), Limit.of(properties.batchSize()))) {
			if (outbox.claim(email.getId(), clock.instant()) == 1 && send(email)) {
				sent++;
			}
		}
		return sent;
	}

	private boolean send(OutboxEmail email) {
		try {
			mail.send(message(email));
			outbox.markSent(email.getId(), clock.instant());
			return true;
		}
		catch (MailException | MessagingException | AttachmentFailedException e) {
			int attempts = email.getAttempts() + 1;
			String error = abbreviate(e.getMessage());
			if (attempts >= properties.maxAttempts()) {
				outbox.markFailed(email.getId(), error);
				log.warn("E-mail {} to {} failed {} times, giving up: {}", email.getId(), email.getRecipient(), attempts, error);
			}
			else {
				Instant retryAt = clock.instant().plus(delayAfter(attempts));
				outbox.retryLater(email.getId(), retryAt, error);
				log.info("E-mail {} to {} failed (attempt {}), retrying at {}: {}", email.getId(), email.getRecipient(),
						attempts, retryAt, error);
			}
			return false;
		}
	}

	/** One minute after the first failure, doubling after each further one, at most an hour. */
	static Duration delayAfter(int attempts) {
		Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
		return delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay;
	}

	private MimeMessage message(OutboxEmail email) throws MessagingException {
		MimeMessage message = new OutboxMessage(messageId(email));
		Attachment attachment = attachment(email);
		MimeMessageHelper helper = new MimeMessageHelper(message, attachment != null, "UTF-8");
		helper.setFrom(properties.from());
		helper.setTo(email.getRecipient());
		helper.setSubject(email.getSubject());
		helper.setText(email.getHtmlBody(), true);
		helper.setSentDate(Date.from(clock.instant()));
		if (attachment != null) {
			helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
		}
		return message;
	}

	/** Made now, from current data: attachments are never stored. A failure counts as a failed attempt. */
	private Attachment attachment(OutboxEmail email) {
		if (email.getAttachmentSource() == null) {
			return null;
		}
		AttachmentSource source = attachmentSources.get(email.getAttachmentSource());
		if (source == null) {
			throw new AttachmentFailedException("no attachment source '" + email.getAttachmentSource() + "'", null);
		}
		try {
			return source.render(email.getCompanyId(), email.getAttachmentRef());
		}
		catch (RuntimeException e) {
			throw new AttachmentFailedException("the attachment could not be made: " + e.getMessage(), e);
		}
	}

	private static final class AttachmentFailedException extends RuntimeException {

		AttachmentFailedException(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/** Stable per outbox row: should a retry deliver what an earlier attempt already had, receivers can drop it. */
	String messageId(OutboxEmail email) {
		return "<notification-" + email.getId() + "@" + messageIdDomain + ">";
	}

	private static String abbreviate(String error) {
		String text = error == null ? "unknown error" : error;
		return text.length() > 1000 ? text.substring(0, 1000) : text;
	}

	/** JavaMail gives every message a random Message-ID when it is sent; this one keeps the outbox's. */
	private static final class OutboxMessage extends MimeMessage {

		private final String messageId;

		OutboxMessage(String messageId) {
			super(SESSION);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
