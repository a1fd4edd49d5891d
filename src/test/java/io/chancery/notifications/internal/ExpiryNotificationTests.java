package io.chancery.notifications.internal;

import static io.chancery.expiry.DocumentEnteredWindow.EMAIL;
import static io.chancery.expiry.DocumentEnteredWindow.IN_APP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

import io.chancery.customers.CustomerService;
import io.chancery.customers.Employee;
import io.chancery.customers.EmployeeDetails;
import io.chancery.documents.Document;
import io.chancery.documents.DocumentDetails;
import io.chancery.documents.DocumentSearch;
import io.chancery.documents.DocumentService;
import io.chancery.expiry.DocumentEnteredWindow;
import io.chancery.expiry.EscalationLevel;
import io.chancery.notifications.Notification;
import io.chancery.notifications.NotificationService;
import io.chancery.notifications.internal.OutboxEmail.Status;
import io.chancery.shared.InvalidFieldException;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.Escalations;
import io.chancery.support.Escalations.Registration;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.CompanyService;
import io.chancery.tenancy.Role;
import io.chancery.tenancy.UserAccount;
import io.chancery.tenancy.UserAccountService;

/**
 * Escalations of real documents, published as the expiry module does, end in the right notices and
 * e-mail, once, whatever happens to the event or the process in between.
 */
@ChanceryIntegrationTest
class ExpiryNotificationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	DocumentService documents;

	@Autowired
	CustomerService customers;

	@Autowired
	UserAccountService users;

	@Autowired
	CompanyService companies;

	@Autowired
	NotificationService notificationService;

	@Autowired
	NotificationRepository notifications;

	@Autowired
	ExpiryNotifier notifier;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	OutboxEmailRepository outbox;

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	/** The smallest PNG: one transparent pixel. */
	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

	Escalations escalations;

	long company;

	@BeforeEach
	void demoCompany() {
		escalations = new Escalations(context);
		company = ApiClient.as(port, "staff@demo.chancery", "demo").companyId();
	}

	@Test
	void theRegistrarManagersAndTheCustomerAreToldOnceEvenWhenTheEventComesTwice() {
		Document passport = demoDocument("Z4821937");
		DocumentEnteredWindow event = escalations.event(passport, EscalationLevel.URGENT, true, true, true, IN_APP, EMAIL);

		escalations.publish(event);
		escalations.publish(event);
		escalations.awaitHandled(event, 2);

		List<Long> told = new ArrayList<>(enabled(Role.MANAGER).stream().map(UserAccount::getId).toList());
		told.add(user("staff@demo.chancery").getId());
		assertThat(noticesOf(event)).extracting(Notification::getRecipientUserId).containsExactlyInAnyOrderElementsOf(told);
		assertThat(emailsOf(event)).extracting(OutboxEmail::getRecipient).containsExactlyInAnyOrderElementsOf(expectedAddresses(
				enabled(Role.MANAGER), "staff@demo.chancery", "priya.raman@example.com"));
	}

	@Test
	void twoHandlingsAtTheSameMomentRecordOneNoticeAndOneEmailEach() throws Exception {
		Document passport = demoDocument("M9024471");
		DocumentEnteredWindow event = escalations.event(passport, EscalationLevel.CRITICAL, true, true, true, IN_APP, EMAIL);
		// The handler itself, twice at once, each in a transaction of its own as the listener runs. Not two
		// publications of one event: with two equal events in flight the publication registry may record one
		// as completed twice and the other never, which says nothing about the notices and e-mails.
		ExpiryNotifier handler = AopTestUtils.getTargetObject(notifier);
		CyclicBarrier together = new CyclicBarrier(2);
		Runnable handle = () -> {
			await(together);
			transaction.executeWithoutResult(status -> handler.on(event));
		};

		try (ExecutorService handlers = Executors.newFixedThreadPool(2)) {
			CompletableFuture.allOf(CompletableFuture.runAsync(handle, handlers), CompletableFuture.runAsync(handle, handlers))
				.get();
		}

		assertThat(noticesOf(event)).extracting(Notification::getRecipientUserId).doesNotHaveDuplicates()
			.hasSize(enabled(Role.MANAGER).size() + 1);
		assertThat(emailsOf(event)).extracting(OutboxEmail::getRecipient).containsExactlyInAnyOrderElementsOf(
				expectedAddresses(enabled(Role.MANAGER), "staff@demo.chancery", "ops@falcon-logistics.example"));
	}

	@Test
	void emailRecordedBeforeACrashIsSentExactlyOnceByTheNextDispatcherRun() throws Exception {
		Document insurance = demoDocument("INS-2025-66120");
		DocumentEnteredWindow event = escalations.event(insurance, EscalationLevel.EXPIRED, true, true, false, IN_APP, EMAIL);
		escalations.publishAndAwait(event);

		List<OutboxEmail> recorded = emailsOf(event);
		assertThat(recorded).isNotEmpty().allSatisfy(email -> {
			assertThat(email.getStatus()).isEqualTo(Status.PENDING);
			assertThat(received(email)).isEmpty();
		});

		dispatcher.dispatch();
		dispatcher.dispatch();

		for (OutboxEmail email : emailsOf(event)) {
			assertThat(email.getStatus()).isEqualTo(Status.SENT);
			assertThat(email.getSentAt()).isNotNull();
			List<MimeMessage> received = received(email);
			assertThat(received).hasSize(1);
			assertThat(received.getFirst().getAllRecipients()).extracting(Object::toString).containsExactly(email.getRecipient());
			assertThat(received.getFirst().getSubject()).startsWith("[EXPIRED] Insurance policy INS-2025-66120 of Marina Cafe FZ-LLC expired");
		}
	}

	@Test
	void staffMailLinksToTheDocumentAndCustomerMailAsksThemToGetInTouch() throws Exception {
		companies.changeLogo(company, new ByteArrayInputStream(PNG), PNG.length);
		Document visa = demoDocument("201/2024/7719330");
		DocumentEnteredWindow event = escalations.event(visa, EscalationLevel.WARNING, true, true, false, EMAIL);
		escalations.publishAndAwait(event);
		dispatcher.dispatch();

		String staffMail = (String) received(emailTo(event, "staff@demo.chancery")).getFirst().getContent();
		String customerMail = (String) received(emailTo(event, "priya.raman@example.com")).getFirst().getContent();
		String link = "http://localhost:8080/documents/" + visa.getId();
		assertThat(staffMail).contains("Demo Services FZ-LLC", "Residence visa", "201/2024/7719330", "Priya Raman",
				"Dear Demo Staff", link, "<img src=\"http://localhost:8080/files/public/");
		assertThat(customerMail).contains("Dear Priya Raman", "201/2024/7719330", "please contact us").doesNotContain(link);
		assertThat(received(emailTo(event, "staff@demo.chancery")).getFirst().getMessageID())
			.isEqualTo("<notification-" + emailTo(event, "staff@demo.chancery").getId() + "@localhost>");
	}

	@Test
	void withTheRegistrarDisabledEveryEnabledStaffUserIsTold() {
		Registration registration = escalations.newStaffWithPassport(company, null);
		UserAccount admin = user("admin@demo.chancery");
		users.update(company, registration.staff().getId(), "Left the firm", EnumSet.of(Role.STAFF), false, admin.getId());
		DocumentEnteredWindow event = escalations.event(registration.document(), EscalationLevel.URGENT, true, false, false, IN_APP);

		escalations.publishAndAwait(event);

		assertThat(noticesOf(event)).extracting(Notification::getRecipientUserId)
			.containsExactlyInAnyOrderElementsOf(enabled(Role.STAFF).stream().map(UserAccount::getId).toList())
			.doesNotContain(registration.staff().getId());
		assertThat(emailsOf(event)).as("in-app only").isEmpty();
	}

	@Test
	void onlyTheRegistrarIsToldAndACustomerWithoutAddressIsSkipped() {
		Registration registration = escalations.newStaffWithPassport(company, null);
		DocumentEnteredWindow event = escalations.event(registration.document(), EscalationLevel.URGENT, true, true, false, EMAIL);

		escalations.publishAndAwait(event);

		assertThat(noticesOf(event)).as("e-mail only").isEmpty();
		assertThat(emailsOf(event)).extracting(OutboxEmail::getRecipient).containsExactly(registration.staff().getEmail());
	}

	@Test
	void anEmployeesDocumentIsMailedToTheEmployeeOrElseToTheCustomer() {
		Document ravisPassport = demoDocument("M9024471");
		Employee nadia = customers.addEmployee(company, ravisPassport.getCustomerId(), employee("Nadia Farouk", "Nadia.Farouk@Example.com"));
		DocumentDetails permit = new DocumentDetails();
		permit.setTypeCode("WORK_PERMIT");
		permit.setEmployeeId(nadia.getId());
		permit.setNumber("WP-" + System.nanoTime());
		permit.setExpiryDate(documents.today(company).plusDays(10));
		Document nadiasPermit = documents.create(ChanceryUser.of(user("staff@demo.chancery")), permit);
		DocumentEnteredWindow toNadia = escalations.event(nadiasPermit, EscalationLevel.WARNING, false, true, false, IN_APP, EMAIL);
		DocumentEnteredWindow toFalcon = escalations.event(ravisPassport, EscalationLevel.WARNING, false, true, false, IN_APP, EMAIL);

		escalations.publishAndAwait(toNadia);
		escalations.publishAndAwait(toFalcon);

		assertThat(emailsOf(toNadia)).extracting(OutboxEmail::getRecipient).containsExactly("nadia.farouk@example.com");
		assertThat(emailsOf(toFalcon)).extracting(OutboxEmail::getRecipient).containsExactly("ops@falcon-logistics.example");
		assertThat(noticesOf(toNadia)).as("customers have no in-app notices").isEmpty();
		assertThat(emailsOf(toFalcon).getFirst().getHtmlBody()).contains("Dear Aisha Khan", "Ravi Kumar", "Falcon Logistics LLC");
	}

	@Test
	void aUserWhoTurnedOffWarningEmailGetsWarningsInAppOnlyButCriticalNoticesBothWays() {
		Registration registration = escalations.newStaffWithPassport(company, null);
		long staff = registration.staff().getId();
		notificationService.changeEmailPreferences(staff, Map.of(EscalationLevel.WARNING, false));
		DocumentEnteredWindow warning = escalations.event(registration.document(), EscalationLevel.WARNING, true, false, false, IN_APP, EMAIL);
		DocumentEnteredWindow critical = escalations.event(registration.document(), EscalationLevel.CRITICAL, true, false, false, IN_APP, EMAIL);

		escalations.publishAndAwait(warning);
		escalations.publishAndAwait(critical);

		assertThat(noticesOf(warning)).extracting(Notification::getRecipientUserId).containsExactly(staff);
		assertThat(emailsOf(warning)).isEmpty();
		assertThat(noticesOf(critical)).extracting(Notification::getRecipientUserId).containsExactly(staff);
		assertThat(emailsOf(critical)).extracting(OutboxEmail::getRecipient).containsExactly(registration.staff().getEmail());
		assertThatThrownBy(() -> notificationService.changeEmailPreferences(staff, Map.of(EscalationLevel.CRITICAL, false)))
			.isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("CRITICAL"));
		assertThat(notificationService.wantsEmail(staff, EscalationLevel.CRITICAL)).isTrue();
	}

	@Test
	void anEmailLeftSendingByACrashIsMarkedFailedAndNeverSent() throws Exception {
		OutboxEmail abandoned = claimedAgo(Duration.ofMinutes(11));
		OutboxEmail inFlight = claimedAgo(Duration.ofMinutes(1));

		dispatcher.dispatch();
		dispatcher.dispatch();

		OutboxEmail failed = outbox.findById(abandoned.getId()).orElseThrow();
		assertThat(failed.getStatus()).isEqualTo(Status.FAILED);
		assertThat(failed.getLastError()).isEqualTo("interrupted while sending; not retried to avoid a duplicate");
		assertThat(received(failed)).isEmpty();
		assertThat(outbox.findById(inFlight.getId()).orElseThrow().getStatus()).as("still within its timeout")
			.isEqualTo(Status.SENDING);
		assertThat(received(inFlight)).isEmpty();
	}

	/** An outbox row whose dispatcher claimed it some time ago and never said how sending went. */
	private OutboxEmail claimedAgo(Duration ago) {
		long escalation = System.nanoTime();
		String address = "crash-" + escalation + "@example.com";
		outbox.insertIfAbsent(company, escalation, address, "Stuck", "<p>Stuck</p>", clock.instant());
		OutboxEmail email = outbox.findAll().stream().filter(e -> e.getRecipient().equals(address)).findFirst().orElseThrow();
		jdbc.update("update email_outbox set status = 'SENDING', claimed_at = ? where id = ?",
				Timestamp.from(clock.instant().minus(ago)), email.getId());
		return email;
	}

	private Document demoDocument(String number) {
		return documents.search(company, DocumentSearch.all(), PageRequest.of(0, 500)).stream()
			.filter(document -> document.getNumber().equals(number))
			.findFirst()
			.orElseThrow();
	}

	private List<Notification> noticesOf(DocumentEnteredWindow event) {
		return notifications.findAll().stream().filter(n -> Long.valueOf(event.escalationId()).equals(n.getEscalationId())).toList();
	}

	private List<OutboxEmail> emailsOf(DocumentEnteredWindow event) {
		return outbox.findAll().stream().filter(e -> Long.valueOf(event.escalationId()).equals(e.getEscalationId())).toList();
	}

	private OutboxEmail emailTo(DocumentEnteredWindow event, String address) {
		return emailsOf(event).stream().filter(e -> e.getRecipient().equals(address)).findFirst().orElseThrow();
	}

	/** What the SMTP server received with this outbox row's Message-ID. */
	private List<MimeMessage> received(OutboxEmail email) throws MessagingException {
		List<MimeMessage> received = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (dispatcher.messageId(email).equals(message.getMessageID())) {
				received.add(message);
			}
		}
		return received;
	}

	private List<UserAccount> enabled(Role role) {
		return users.list(company).stream().filter(u -> u.isEnabled() && u.getRoles().contains(role)).toList();
	}

	private UserAccount user(String email) {
		return users.list(company).stream().filter(u -> u.getEmail().equals(email)).findFirst().orElseThrow();
	}

	private static List<String> expectedAddresses(List<UserAccount> users, String... others) {
		List<String> addresses = new ArrayList<>(users.stream().map(UserAccount::getEmail).toList());
		addresses.addAll(Arrays.asList(others));
		return addresses.stream().distinct().toList();
	}

	private static EmployeeDetails employee(String name, String email) {
		EmployeeDetails details = new EmployeeDetails();
		details.setName(name);
		details.setEmail(email);
		return details;
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

}
