package io.chancery.rentals.internal;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.chancery.customers.Customer;
import io.chancery.customers.CustomerService;
import io.chancery.notifications.BusinessMail;
import io.chancery.notifications.NotificationService;
import io.chancery.rentals.LateFee;
import io.chancery.rentals.Rental;
import io.chancery.rentals.RentalItem;
import io.chancery.tenancy.CompanyService;
import io.chancery.tenancy.Role;
import io.chancery.tenancy.UserAccount;
import io.chancery.tenancy.UserAccountService;

/**
 * Tells staff and the customer that a rental reached an overdue step: an in-app notice and an
 * e-mail, each keyed by rental and step, so a repeated step tells nobody twice.
 */
@Component
public class OverdueMessages {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final BusinessMail mail;

	private final NotificationService notifications;

	private final UserAccountService users;

	private final CustomerService customers;

	private final CompanyService companies;

	OverdueMessages(BusinessMail mail, NotificationService notifications, UserAccountService users,
			CustomerService customers, CompanyService companies) {
		this.mail = mail;
		this.notifications = notifications;
		this.users = users;
		this.customers = customers;
		this.companies = companies;
	}

	/** Called in the transaction that records the step, so the notices exist exactly when the step does. */
	public void overdue(Rental rental, int step, long daysOverdue, List<LateFee> lateFees) {
		long companyId = rental.getCompanyId();
		Customer customer = customers.get(companyId, rental.getCustomerId());
		String key = "rental-overdue-" + rental.getId() + "-" + step;
		String title = rental.getNumber() + " is " + daysOverdue + " day(s) overdue";
		String message = customer.getName() + " was due to return " + itemsOut(rental) + " on " + DATE.format(rental.getDueDate()) + ".";
		for (UserAccount user : staffToTell(companyId, rental.getCheckedOutBy())) {
			notifications.notify(companyId, user.getId(), key, title, message, "/rentals/" + rental.getId());
		}
		if (customer.getEmail() != null) {
			String currency = companies.get(companyId).getCurrency();
			Map<String, String> facts = new LinkedHashMap<>();
			facts.put("Rental", rental.getNumber());
			facts.put("Due back", DATE.format(rental.getDueDate()));
			facts.put("Days overdue", String.valueOf(daysOverdue));
			facts.put("Still out", itemsOut(rental));
			facts.put("Late fees so far", currency + " " + String.format(Locale.ENGLISH, "%,.2f",
					lateFees.stream().map(LateFee::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
			mail.enqueue(companyId, key, customer.getEmail(), new BusinessMail.Content("Overdue rental " + rental.getNumber(),
					customer.getContactPerson() != null ? customer.getContactPerson() : customer.getName(),
					"The equipment you hired was due back on " + DATE.format(rental.getDueDate())
							+ ". Please return it as soon as you can: late fees are charged for each day it stays out.",
					facts, null, null), null);
		}
	}

	/**
	 * The member of staff who checked the rental out: they handed the items over and know the customer.
	 * Should that account be gone or disabled, every enabled STAFF and MANAGER user, so the notice still
	 * reaches someone who can chase the return.
	 */
	private List<UserAccount> staffToTell(long companyId, String checkedOutBy) {
		List<UserAccount> enabled = users.list(companyId).stream().filter(UserAccount::isEnabled).toList();
		List<UserAccount> handedOver = enabled.stream()
			.filter(user -> checkedOutBy != null && user.getEmail().equalsIgnoreCase(checkedOutBy))
			.toList();
		return !handedOver.isEmpty() ? handedOver
				: enabled.stream().filter(user -> user.getRoles().contains(Role.STAFF) || user.getRoles().contains(Role.MANAGER)).toList();
	}

	private static String itemsOut(Rental rental) {
		return String.join(", ", rental.getItems().stream().filter(item -> !item.isReturned())
			.map(RentalItem::getCheckedOutSerial).toList());
	}

}
