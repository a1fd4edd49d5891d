package io.chancery.notifications.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import io.chancery.customers.Customer;
import io.chancery.customers.CustomerService;
import io.chancery.customers.Employee;
import io.chancery.documents.Document;
import io.chancery.documents.DocumentService;
import io.chancery.expiry.DocumentEnteredWindow;
import io.chancery.notifications.NotificationService;
import io.chancery.tenancy.Company;
import io.chancery.tenancy.CompanyService;
import io.chancery.tenancy.Role;
import io.chancery.tenancy.UserAccount;
import io.chancery.tenancy.UserAccountService;

/**
 * Turns an escalation into in-app notices and outbox e-mail, exactly once per document and level.
 *
 * <p>Runs after the escalation committed, in a transaction of its own, and stays in the event
 * publication registry until it completes, so a crash means a redelivery. Every row is an
 * insert-if-absent keyed by the escalation and the recipient: a redelivered event, or the same event
 * handled twice at the same moment, adds nothing and does not fail. Both handlings insert in the same
 * order (users as listed, then the customer), so the second one waits for the first instead of deadlocking.
 */
@Component
class ExpiryNotifier {

	private static final Logger log = LoggerFactory.getLogger(ExpiryNotifier.class);

	private final DocumentService documents;

	private final CustomerService customers;

	private final CompanyService companies;

	private final UserAccountService users;

	private final NotificationService preferences;

	private final NotificationRepository notifications;

	private final OutboxEmailRepository outbox;

	private final ExpiryMail mail;

	private final URI publicUrl;

	private final Clock clock;

	ExpiryNotifier(DocumentService documents, CustomerService customers, CompanyService companies,
			UserAccountService users, NotificationService preferences, NotificationRepository notifications,
			OutboxEmailRepository outbox, ExpiryMail mail, @Value("${chancery.public-url}") URI publicUrl, Clock clock) {
		this.documents = documents;
		this.customers = customers;
		this.companies = companies;
		this.users = users;
		this.preferences = preferences;
		this.notifications = notifications;
		this.outbox = outbox;
		this.mail = mail;
		this.publicUrl = publicUrl;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DocumentEnteredWindow event) {
		Document document = documents.get(event.companyId(), event.documentId());
		Customer customer = customers.get(event.companyId(), document.getCustomerId());
		Employee employee = document.getEmployeeId() == null ? null
				: customers.employee(event.companyId(), document.getEmployeeId());
		ExpiryNotice notice = notice(event, document, customer, employee);
		boolean inApp = event.channels().contains(DocumentEnteredWindow.IN_APP);
		boolean email = event.channels().contains(DocumentEnteredWindow.EMAIL);
		Instant now = clock.instant();
		for (UserAccount user : usersToTell(event, document)) {
			if (inApp) {
				notifications.insertIfAbsent(event.companyId(), user.getId(), document.getId(), event.escalationId(),
						event.level().name(), notice.title(), notice.message(), "/documents/" + document.getId(), now);
			}
			if (email && preferences.wantsEmail(user.getId(), event.level())) {
				queue(event, user.getEmail(), notice, mail.html(notice, ExpiryMail.ENGLISH, user.getFullName(), false), now);
			}
		}
		if (event.notifyCustomer() && email) {
			queueForCustomer(event, notice, customer, employee, now);
		}
	}

	/** At the employee's address for an employee's document, else at the customer's; not at all without one. */
	private void queueForCustomer(DocumentEnteredWindow event, ExpiryNotice notice, Customer customer,
			Employee employee, Instant now) {
		boolean toEmployee = employee != null && employee.getEmail() != null;
		String address = toEmployee ? employee.getEmail() : customer.getEmail();
		if (address == null) {
			log.debug("Escalation {}: {} has no e-mail address and is not told", event.escalationId(), customer.getName());
			return;
		}
		String greeting = toEmployee ? employee.getName()
				: customer.getContactPerson() != null ? customer.getContactPerson() : customer.getName();
		String language = ExpiryMail.languageFor(customer.getPreferredLanguage());
		queue(event, address, notice, mail.html(notice, language, greeting, true), now);
	}

	/**
	 * Staff: whoever registered the document, while they can still log in; otherwise every enabled
	 * STAFF user. Managers: every enabled MANAGER user.
	 */
	private Collection<UserAccount> usersToTell(DocumentEnteredWindow event, Document document) {
		List<UserAccount> enabled = users.list(event.companyId()).stream().filter(UserAccount::isEnabled).toList();
		Map<Long, UserAccount> told = new LinkedHashMap<>();
		if (event.notifyStaff()) {
			List<UserAccount> registrar = enabled.stream()
				.filter(user -> user.getEmail().equalsIgnoreCase(document.getCreatedBy()))
				.toList();
			(registrar.isEmpty() ? withRole(enabled, Role.STAFF) : registrar).forEach(user -> told.put(user.getId(), user));
		}
		if (event.notifyManager()) {
			withRole(enabled, Role.MANAGER).forEach(user -> told.put(user.getId(), user));
		}
		return told.values();
	}

	private static List<UserAccount> withRole(List<UserAccount> users, Role role) {
		return users.stream().filter(user -> user.getRoles().contains(role)).toList();
	}

	private void queue(DocumentEnteredWindow event, String address, ExpiryNotice notice, String html, Instant now) {
		outbox.insertIfAbsent(event.companyId(), event.escalationId(), UserAccount.normalizeEmail(address),
				notice.subject(), html, now);
	}

	private ExpiryNotice notice(DocumentEnteredWindow event, Document document, Customer customer, Employee employee) {
		Company company = companies.get(event.companyId());
		URI logo = companies.logoUrl(company).map(this::absolute).orElse(null);
		return new ExpiryNotice(event.level(), documents.typeOf(document).getName(), document.getNumber(),
				employee != null ? employee.getName() : customer.getName(), employee != null ? customer.getName() : null,
				company.getName(), logo, event.expiryDate(), event.daysLeft(),
				absolute(URI.create("/documents/" + document.getId())));
	}

	/** Mail is read outside the app: links need the address people reach it at. */
	private URI absolute(URI uri) {
		return uri.isAbsolute() ? uri : UriComponentsBuilder.fromUri(publicUrl).path(uri.getPath()).build().toUri();
	}

}
