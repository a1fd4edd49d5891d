package io.chancery.customers.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.chancery.customers.Customer;
import io.chancery.customers.CustomerKind;
import io.chancery.customers.Employee;

/** Customers and employees as the API shows them. */
final class CustomerViews {

	private CustomerViews() {
	}

	record CustomerView(long id, CustomerKind kind, String name, String nationality, LocalDate dateOfBirth,
			String tradeLicenceNumber, String contactPerson, String email, String phone, String preferredLanguage,
			String notes, boolean archived, Instant createdAt, Instant updatedAt) {

		static CustomerView of(Customer c) {
			return new CustomerView(c.getId(), c.getKind(), c.getName(), c.getNationality(), c.getDateOfBirth(),
					c.getTradeLicenceNumber(), c.getContactPerson(), c.getEmail(), c.getPhone(),
					c.getPreferredLanguage(), c.getNotes(), c.isArchived(), c.getCreatedAt(), c.getUpdatedAt());
		}

	}

	record EmployeeView(long id, long customerId, String name, String nationality, String position, String email,
			String phone, boolean archived) {

		static EmployeeView of(Employee e) {
			return new EmployeeView(e.getId(), e.getCustomerId(), e.getName(), e.getNationality(), e.getPosition(),
					e.getEmail(), e.getPhone(), e.isArchived());
		}

	}

}
