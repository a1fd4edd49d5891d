package io.chancery.customers;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.customers.internal.CustomerRepository;
import io.chancery.customers.internal.EmployeeRepository;
import io.chancery.customers.internal.PhoneNumbers;
import io.chancery.shared.InvalidFieldException;
import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.CompanyService;

/**
 * Customers and their employees, always within one company. Nothing is deleted: customers and
 * employees are archived, because documents and invoices keep pointing at them.
 */
@Service
@Transactional(readOnly = true)
public class CustomerService {

	private final CustomerRepository customers;

	private final EmployeeRepository employees;

	private final CompanyService companies;

	private final Clock clock;

	CustomerService(CustomerRepository customers, EmployeeRepository employees, CompanyService companies, Clock clock) {
		this.customers = customers;
		this.employees = employees;
		this.companies = companies;
		this.clock = clock;
	}

	public Page<Customer> search(long companyId, String query, boolean includeArchived, Pageable pageable) {
		String normalized = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
		return customers.search(companyId, normalized, includeArchived, pageable);
	}

	public Customer get(long companyId, long customerId) {
		return customers.findByIdAndCompanyId(customerId, companyId)
			.orElseThrow(() -> new NotFoundException("Customer", customerId));
	}

	@Transactional
	public Customer create(long companyId, CustomerDetails details) {
		Customer customer = new Customer(companyId, details.getKind(), clock.instant());
		customer.update(details, phone(companyId, details.getPhone()), clock.instant());
		return customers.save(customer);
	}

	@Transactional
	public Customer update(long companyId, long customerId, CustomerDetails details) {
		Customer customer = get(companyId, customerId);
		if (details.getKind() != null && details.getKind() != customer.getKind()) {
			throw new InvalidFieldException("kind", "A customer's kind cannot change; create a new customer instead");
		}
		customer.update(details, phone(companyId, details.getPhone()), clock.instant());
		return customer;
	}

	@Transactional
	public Customer setArchived(long companyId, long customerId, boolean archived) {
		Customer customer = get(companyId, customerId);
		customer.setArchived(archived, clock.instant());
		return customer;
	}

	public List<Employee> employees(long companyId, long customerId) {
		get(companyId, customerId);
		return employees.findByCompanyIdAndCustomerIdOrderByName(companyId, customerId);
	}

	/** Names of the company's customers among these ids, in one query: lists show many rows. */
	public Map<Long, String> customerNames(long companyId, Collection<Long> customerIds) {
		return customerIds.isEmpty() ? Map.of()
				: customers.findByCompanyIdAndIdIn(companyId, customerIds).stream()
					.collect(Collectors.toMap(Customer::getId, Customer::getName));
	}

	/** Names of the company's employees among these ids, in one query. */
	public Map<Long, String> employeeNames(long companyId, Collection<Long> employeeIds) {
		return employeeIds.isEmpty() ? Map.of()
				: employees.findByCompanyIdAndIdIn(companyId, employeeIds).stream()
					.collect(Collectors.toMap(Employee::getId, Employee::getName));
	}

	public Employee employee(long companyId, long employeeId) {
		return employees.findByIdAndCompanyId(employeeId, companyId)
			.orElseThrow(() -> new NotFoundException("Employee", employeeId));
	}

	/** The employee, provided it belongs to that customer (so URLs cannot mix customers). */
	public Employee employeeOf(long companyId, long customerId, long employeeId) {
		Employee employee = employee(companyId, employeeId);
		if (employee.getCustomerId() != customerId) {
			throw new NotFoundException("Employee", employeeId);
		}
		return employee;
	}

	@Transactional
	public Employee addEmployee(long companyId, long customerId, EmployeeDetails details) {
		Customer customer = get(companyId, customerId);
		if (customer.getKind() != CustomerKind.ORGANISATION) {
			throw new InvalidFieldException("customerId", "Only organisations have employees; " + customer.getName() + " is an individual");
		}
		if (customer.isArchived()) {
			throw new InvalidFieldException("customerId", customer.getName() + " is archived; restore it first");
		}
		Employee employee = new Employee(companyId, customerId, clock.instant());
		employee.update(details, phone(companyId, details.getPhone()), clock.instant());
		return employees.save(employee);
	}

	@Transactional
	public Employee updateEmployee(long companyId, long employeeId, EmployeeDetails details) {
		Employee employee = employee(companyId, employeeId);
		employee.update(details, phone(companyId, details.getPhone()), clock.instant());
		return employee;
	}

	@Transactional
	public Employee setEmployeeArchived(long companyId, long employeeId, boolean archived) {
		Employee employee = employee(companyId, employeeId);
		employee.setArchived(archived, clock.instant());
		return employee;
	}

	private String phone(long companyId, String input) {
		return PhoneNumbers.toE164(input, companies.get(companyId).getCountry(), "phone");
	}

}
