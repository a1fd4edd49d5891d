package io.chancery.customers.internal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.customers.CustomerDetails;
import io.chancery.customers.CustomerService;
import io.chancery.customers.Employee;
import io.chancery.customers.EmployeeDetails;
import io.chancery.customers.internal.CustomerViews.CustomerView;
import io.chancery.customers.internal.CustomerViews.EmployeeView;
import io.chancery.shared.PageView;
import io.chancery.tenancy.ChanceryUser;

/** Analysts read; staff, managers and admins also write. */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerApiController {

	static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','STAFF')";

	private final CustomerService customers;

	CustomerApiController(CustomerService customers) {
		this.customers = customers;
	}

	@GetMapping
	PageView<CustomerView> search(@AuthenticationPrincipal ChanceryUser me,
			@RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(defaultValue = "false") boolean includeArchived, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		var request = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200), Sort.by("name", "id"));
		return PageView.of(customers.search(me.companyId(), query, includeArchived, request), CustomerView::of);
	}

	@GetMapping("/{id}")
	CustomerView get(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return CustomerView.of(customers.get(me.companyId(), id));
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	ResponseEntity<CustomerView> create(@AuthenticationPrincipal ChanceryUser me,
			@Valid @RequestBody CustomerDetails details) {
		var customer = customers.create(me.companyId(), details);
		return ResponseEntity.created(URI.create("/api/v1/customers/" + customer.getId())).body(CustomerView.of(customer));
	}

	@PutMapping("/{id}")
	@PreAuthorize(WRITERS)
	CustomerView update(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestBody CustomerDetails details) {
		return CustomerView.of(customers.update(me.companyId(), id, details));
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize(WRITERS)
	CustomerView archive(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return CustomerView.of(customers.setArchived(me.companyId(), id, true));
	}

	@PostMapping("/{id}/restore")
	@PreAuthorize(WRITERS)
	CustomerView restore(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return CustomerView.of(customers.setArchived(me.companyId(), id, false));
	}

	@GetMapping("/{id}/employees")
	List<EmployeeView> employees(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return customers.employees(me.companyId(), id).stream().map(EmployeeView::of).toList();
	}

	@PostMapping("/{id}/employees")
	@PreAuthorize(WRITERS)
	ResponseEntity<EmployeeView> addEmployee(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestBody EmployeeDetails details) {
		var employee = customers.addEmployee(me.companyId(), id, details);
		return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/employees/" + employee.getId()))
			.body(EmployeeView.of(employee));
	}

	@GetMapping("/{id}/employees/{employeeId}")
	EmployeeView employee(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @PathVariable long employeeId) {
		return EmployeeView.of(customers.employeeOf(me.companyId(), id, employeeId));
	}

	@PutMapping("/{id}/employees/{employeeId}")
	@PreAuthorize(WRITERS)
	EmployeeView updateEmployee(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@PathVariable long employeeId, @Valid @RequestBody EmployeeDetails details) {
		customers.employeeOf(me.companyId(), id, employeeId);
		return EmployeeView.of(customers.updateEmployee(me.companyId(), employeeId, details));
	}

	@PostMapping("/{id}/employees/{employeeId}/archive")
	@PreAuthorize(WRITERS)
	EmployeeView archiveEmployee(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@PathVariable long employeeId) {
		customers.employeeOf(me.companyId(), id, employeeId);
		return EmployeeView.of(customers.setEmployeeArchived(me.companyId(), employeeId, true));
	}

}
