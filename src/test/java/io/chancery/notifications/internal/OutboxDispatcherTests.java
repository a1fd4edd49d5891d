package io.chancery.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;

import io.chancery.notifications.internal.OutboxEmail.Status;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * The dispatcher against an SMTP server that is down, and racing another dispatcher. Its clock is set
 * in the year 2000, where only these tests' e-mail is due, so the rows of other tests are left alone.
 */
@ChanceryIntegrationTest
class OutboxDispatcherTests {

	static final Instant Y2K = Instant.parse("2000-01-01T00:00:00Z");

	@Autowired
	OutboxEmailRepository outbox;

	@Autowired
	JavaMailSender workingSmtp;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GreenMail smtp;

	@Test
	void aFailedSendIsRetriedWithGrowingDelaysThenGivenUp() throws IOException {
		OutboxEmail email = queued("retry");
		JavaMailSender down = smtpServerThatIsDown();

		dispatcher(down, Y2K).dispatch();
		assertThat(reload(email)).satisfies(e -> {
			assertThat(e.getStatus()).isEqualTo(Status.PENDING);
			assertThat(e.getAttempts()).isEqualTo(1);
			assertThat(e.getNextAttemptAt()).isEqualTo(Y2K.plus(Duration.ofMinutes(1)));
			assertThat(e.getLastError()).contains("Connection refused");
		});

		dispatcher(down, Y2K.plusSeconds(30)).dispatch();
		assertThat(reload(email).getAttempts()).as("not due yet").isEqualTo(1);

		dispatcher(down, Y2K.plus(Duration.ofMinutes(1))).dispatch();
		assertThat(reload(email).getAttempts()).isEqualTo(2);
		assertThat(reload(email).getNextAttemptAt()).isEqualTo(Y2K.plus(Duration.ofMinutes(3)));

		dispatcher(down, Y2K.plus(Duration.ofMinutes(3))).dispatch();
		assertThat(reload(email)).satisfies(e -> {
			assertThat(e.getStatus()).as("the third of three attempts").isEqualTo(Status.FAILED);
			assertThat(e.getAttempts()).isEqualTo(3);
		});

		dispatcher(workingSmtp, Y2K.plus(Duration.ofDays(1))).dispatch();
		assertThat(reload(email).getStatus()).as("given up for good").isEqualTo(Status.FAILED);
	}

	@Test
	void aRetryThatGetsThroughIsSentAndKeepsTheEarlierFailureOnRecord() throws IOException {
		OutboxEmail email = queued("recovers");

		dispatcher(smtpServerThatIsDown(), Y2K).dispatch();
		int sent = dispatcher(workingSmtp, Y2K.plus(Duration.ofMinutes(1))).dispatch();

		assertThat(sent).isEqualTo(1);
		assertThat(reload(email)).satisfies(e -> {
			assertThat(e.getStatus()).isEqualTo(Status.SENT);
			assertThat(e.getSentAt()).isEqualTo(Y2K.plus(Duration.ofMinutes(1)));
			assertThat(e.getAttempts()).isEqualTo(1);
			assertThat(e.getLastError()).isNotBlank();
		});
	}

	@Test
	void twoDispatchersAtOnceSendEachEmailOnce() throws Exception {
		List<OutboxEmail> emails = List.of(queued("race-a"), queued("race-b"), queued("race-c"), queued("race-d"));
		CyclicBarrier together = new CyclicBarrier(2);
		Callable<Integer> dispatch = () -> {
			together.await();
			return dispatcher(workingSmtp, Y2K).dispatch();
		};

		ExecutorService threads = Executors.newFixedThreadPool(2);
		List<Future<Integer>> sent = threads.invokeAll(List.of(dispatch, dispatch));
		threads.shutdown();

		assertThat(sent.get(0).get() + sent.get(1).get()).isEqualTo(emails.size());
		for (OutboxEmail email : emails) {
			assertThat(reload(email).getStatus()).isEqualTo(Status.SENT);
			String messageId = dispatcher(workingSmtp, Y2K).messageId(email);
			assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> messageId.equals(messageIdOf(m)))).hasSize(1);
		}
	}

	@Test
	void retryDelaysDoubleUpToAnHour() {
		assertThat(OutboxDispatcher.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(OutboxDispatcher.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(OutboxDispatcher.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
		assertThat(OutboxDispatcher.delayAfter(7)).isEqualTo(Duration.ofHours(1));
		assertThat(OutboxDispatcher.delayAfter(40)).isEqualTo(Duration.ofHours(1));
	}

	private OutboxEmail queued(String name) {
		long escalation = System.nanoTime();
		String address = name + "-" + escalation + "@example.com";
		long company = jdbc.queryForObject("select min(id) from company", Long.class);
		outbox.insertIfAbsent(company, escalation, address, "Retry " + name, "<p>" + name + "</p>", Y2K);
		return outbox.findAll().stream().filter(e -> e.getRecipient().equals(address)).findFirst().orElseThrow();
	}

	private OutboxEmail reload(OutboxEmail email) {
		return outbox.findById(email.getId()).orElseThrow();
	}

	private OutboxDispatcher dispatcher(JavaMailSender smtp, Instant now) {
		return new OutboxDispatcher(outbox, smtp, new NotificationProperties(3, "Chancery <no-reply@localhost>", 50),
				URI.create("http://localhost:8080"), Clock.fixed(now, ZoneOffset.UTC), java.util.List.of());
	}

	private static String messageIdOf(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A port that was free a moment ago: nothing listens there. */
	private static JavaMailSender smtpServerThatIsDown() throws IOException {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		try (ServerSocket socket = new ServerSocket(0)) {
			sender.setPort(socket.getLocalPort());
		}
		return sender;
	}

}
