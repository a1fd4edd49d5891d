package io.chancery.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionTemplate;

import io.chancery.customers.CustomerDetails;
import io.chancery.customers.CustomerKind;
import io.chancery.customers.CustomerService;
import io.chancery.documents.Document;
import io.chancery.documents.DocumentDetails;
import io.chancery.documents.DocumentService;
import io.chancery.expiry.DocumentEnteredWindow;
import io.chancery.expiry.EscalationLevel;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.Role;
import io.chancery.tenancy.UserAccount;
import io.chancery.tenancy.UserAccountService;

/**
 * Plays the expiry module in notification tests: publishes {@link DocumentEnteredWindow} inside a
 * transaction, as the escalation is recorded, and waits for the notifications module's listener.
 */
public final class Escalations {

	public static final String PASSWORD = "password1";

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final CompletedEventPublications completed;

	private final DocumentService documents;

	private final CustomerService customers;

	private final UserAccountService users;

	public Escalations(ApplicationContext context) {
		this.transaction = context.getBean(TransactionTemplate.class);
		this.events = context;
		this.completed = context.getBean(CompletedEventPublications.class);
		this.documents = context.getBean(DocumentService.class);
		this.customers = context.getBean(CustomerService.class);
		this.users = context.getBean(UserAccountService.class);
	}

	/** The event the expiry module would publish for the document today, with a new escalation id. */
	public DocumentEnteredWindow event(Document document, EscalationLevel level, boolean staff, boolean customer,
			boolean manager, String... channels) {
		long daysLeft = document.daysLeft(documents.today(document.getCompanyId()));
		return new DocumentEnteredWindow(document.getCompanyId(), document.getId(),
				ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), level, daysLeft, document.getExpiryDate(), staff,
				customer, manager, Set.of(channels));
	}

	public void publish(DocumentEnteredWindow event) {
		transaction.executeWithoutResult(status -> events.publishEvent(event));
	}

	public void publishAndAwait(DocumentEnteredWindow event) {
		publish(event);
		awaitHandled(event, 1);
	}

	/** Until the notifications listener has completed this many publications of the event. */
	public void awaitHandled(DocumentEnteredWindow event, int times) {
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(handled(event)).isEqualTo(times));
	}

	private long handled(DocumentEnteredWindow event) {
		return completed.findAll().stream()
			.filter(publication -> publication instanceof TargetEventPublication target
					&& target.getTargetIdentifier().getValue().contains(".notifications."))
			.filter(publication -> event.equals(publication.getEvent()))
			.count();
	}

	/** A new STAFF user (password {@link #PASSWORD}) who registered a passport, due in 5 days, of a new customer. */
	public Registration newStaffWithPassport(long companyId, String customerEmail) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UserAccount staff = users.create(companyId, "notify-" + tag + "@demo.chancery", "Staff " + tag, PASSWORD,
				EnumSet.of(Role.STAFF));
		CustomerDetails customer = new CustomerDetails();
		customer.setKind(CustomerKind.INDIVIDUAL);
		customer.setName("Customer " + tag);
		customer.setEmail(customerEmail);
		DocumentDetails passport = new DocumentDetails();
		passport.setTypeCode("PASSPORT");
		passport.setCustomerId(customers.create(companyId, customer).getId());
		passport.setNumber("T" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
		passport.setExpiryDate(documents.today(companyId).plusDays(5));
		return new Registration(staff, documents.create(ChanceryUser.of(staff), passport));
	}

	public record Registration(UserAccount staff, Document document) {
	}

}
