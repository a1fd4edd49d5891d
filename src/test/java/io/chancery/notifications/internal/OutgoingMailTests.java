package io.chancery.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import io.chancery.notifications.AttachmentSource;
import io.chancery.notifications.Mail;
import io.chancery.notifications.MailAttachment;
import io.chancery.notifications.OutgoingMail;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.tenancy.CompanyService;

/**
 * The generic e-mail API other modules use: queued in the caller's transaction, once per key and
 * address, with the attachment made by its named source when the e-mail is sent (and a failure to
 * make it retried like a failure to send).
 */
@ChanceryIntegrationTest
class OutgoingMailTests {

	@Autowired
	Mail mail;

	@Autowired
	OutboxEmailRepository outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JavaMailSender smtpSender;

	@Autowired
	GreenMail smtp;

	@Autowired
	CompanyService companies;

	/** The application's clock, which the dev clock may have moved ahead of the system's. */
	@Autowired
	Clock clock;

	/** Makes a small text file from the reference, as billing makes an invoice's PDF from its id. */
	static final AttachmentSource NOTES = new AttachmentSource() {

		@Override
		public String name() {
			return "test-notes";
		}

		@Override
		public Attachment render(long companyId, long reference) {
			return new Attachment("note-" + reference + ".txt", "text/plain",
					("note " + reference).getBytes(StandardCharsets.UTF_8));
		}

	};

	@Test
	void aKeyIsMailedOnceWithItsAttachmentMadeAtSendTime() throws Exception {
		String to = "generic-" + UUID.randomUUID() + "@example.com";
		long company = companies.all().get(0).getId();
		OutgoingMail outgoing = new OutgoingMail(company, "test-" + to, to, "Generic " + to, "<p>Hello</p>",
				new MailAttachment("test-notes", 42));

		assertThat((Boolean) transaction.execute(status -> mail.enqueue(outgoing))).isTrue();
		assertThat((Boolean) transaction.execute(status -> mail.enqueue(outgoing))).as("same key again").isFalse();
		assertThat(rowsTo(to)).hasSize(1);

		dispatcher().dispatch();

		MimeMessage received = Arrays.stream(smtp.getReceivedMessages())
			.filter(message -> subjectOf(message).equals("Generic " + to))
			.findFirst()
			.orElseThrow();
		MimeMultipart parts = (MimeMultipart) received.getContent();
		List<String> files = new java.util.ArrayList<>();
		collectFileNames(parts, files);
		assertThat(files).containsExactly("note-42.txt");
		assertThat(rowsTo(to).get(0).getStatus()).isEqualTo(OutboxEmail.Status.SENT);
	}

	@Test
	void anAttachmentThatCannotBeMadeIsRetriedLater() {
		String to = "missing-" + UUID.randomUUID() + "@example.com";
		long company = companies.all().get(0).getId();
		transaction.execute(status -> mail.enqueue(new OutgoingMail(company, "missing-" + to, to, "Missing " + to, "<p>x</p>",
				new MailAttachment("no-such-source", 7))));

		dispatcher().dispatch();

		OutboxEmail email = rowsTo(to).get(0);
		assertThat(email.getStatus()).isEqualTo(OutboxEmail.Status.PENDING);
		assertThat(email.getAttempts()).isEqualTo(1);
		assertThat(email.getLastError()).contains("no-such-source");
	}

	@Test
	void mailIsQueuedOnlyInsideTheCallersTransaction() {
		OutgoingMail outgoing = new OutgoingMail(companies.all().get(0).getId(), "no-tx", "no-tx@example.com", "x", "x", null);
		assertThatThrownBy(() -> mail.enqueue(outgoing)).isInstanceOf(IllegalTransactionStateException.class);
	}

	/** The real dispatcher's wiring plus the test's attachment source; a minute ahead so the new rows are due. */
	private OutboxDispatcher dispatcher() {
		return new OutboxDispatcher(outbox, smtpSender, new NotificationProperties(5, "Chancery <no-reply@localhost>", 100_000),
				URI.create("http://localhost:8080"), Clock.offset(clock, Duration.ofMinutes(1)), List.of(NOTES));
	}

	private List<OutboxEmail> rowsTo(String address) {
		return outbox.findAll().stream().filter(e -> e.getRecipient().equals(address)).toList();
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void collectFileNames(MimeMultipart multipart, List<String> files) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if (part.getFileName() != null) {
				files.add(part.getFileName());
			}
			else if (part.getContent() instanceof MimeMultipart nested) {
				collectFileNames(nested, files);
			}
		}
	}

}
