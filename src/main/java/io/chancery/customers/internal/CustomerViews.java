package io.chancery.customers.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.chancery.customers.Customer;
import io.chancery.customers.CustomerAddress;
import io.chancery.customers.CustomerIdType;
import io.chancery.customers.CustomerKind;
import io.chancery.customers.Employee;

/** Customers and employees as the API shows them. */
final class CustomerViews {

	private CustomerViews() {
	}

	record CustomerView(long id, CustomerKind kind, String name, String nationality, LocalDate dateOfBirth,
			String tradeLicenceNumber, String contactPerson, String email, String phone, String preferredLanguage,
			String notes, boolean archived, Instant createdAt, Instant updatedAt, String tin, CustomerIdType idType,
			String idValue, String sstNumber, AddressView address) {

		static CustomerView of(Customer c) {
			return new CustomerView(c.getId(), c.getKind(), c.getName(), c.getNationality(), c.getDateOfBirth(),
					c.getTradeLicenceNumber(), c.getContactPerson(), c.getEmail(), c.getPhone(),
					c.getPreferredLanguage(), c.getNotes(), c.isArchived(), c.getCreatedAt(), c.getUpdatedAt(), c.getTin(),
					c.getIdType(), c.getIdValue(), c.getSstNumber(), AddressView.of(c.getAddress()));
		}

	}

	record AddressView(String line1, String line2, String city, String postcode, String stateCode,
			String countryCode) {

		static AddressView of(CustomerAddress a) {
			return a == null ? null
					: new AddressView(a.getLine1(), a.getLine2(), a.getCity(), a.getPostcode(), a.getStateCode(),
							a.getCountryCode());
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
