package io.chancery.customers.internal;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.chancery.customers.Customer;
import io.chancery.customers.CustomerDetails;
import io.chancery.customers.CustomerKind;
import io.chancery.customers.CustomerService;
import io.chancery.customers.Employee;
import io.chancery.customers.EmployeeDetails;
import io.chancery.shared.InvalidFieldException;
import io.chancery.tenancy.ChanceryUser;

@Controller
@RequestMapping("/customers")
class CustomerPageController {

	private static final int PAGE_SIZE = 25;

	private final CustomerService customers;

	CustomerPageController(CustomerService customers) {
		this.customers = customers;
	}

	@GetMapping
	String list(@AuthenticationPrincipal ChanceryUser me, @RequestParam(name = "q", defaultValue = "") String query,
			@RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name", "id"));
		model.addAttribute("customers", customers.search(me.companyId(), query, archived, request));
		model.addAttribute("q", query);
		model.addAttribute("archived", archived);
		return "customers/list";
	}

	@GetMapping("/new")
	@PreAuthorize(CustomerApiController.WRITERS)
	String newCustomer(@RequestParam(defaultValue = "INDIVIDUAL") CustomerKind kind, Model model) {
		CustomerDetails form = new CustomerDetails();
		form.setKind(kind);
		model.addAttribute("form", form);
		return "customers/form";
	}

	@PostMapping("/new")
	@PreAuthorize(CustomerApiController.WRITERS)
	String create(@AuthenticationPrincipal ChanceryUser me, @Valid @ModelAttribute("form") CustomerDetails form,
			BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Customer customer = customers.create(me.companyId(), form);
				redirect.addFlashAttribute("successMessage", customer.getName() + " was added.");
				return "redirect:/customers/" + customer.getId();
			}
			catch (InvalidFieldException invalid) {
				result.rejectValue(invalid.field(), "invalid", invalid.getMessage());
			}
		}
		return "customers/form";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		model.addAttribute("customer", customers.get(me.companyId(), id));
		model.addAttribute("employees", customers.employees(me.companyId(), id));
		return "customers/detail";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(CustomerApiController.WRITERS)
	String edit(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", CustomerDetails.of(customers.get(me.companyId(), id)));
		model.addAttribute("customerId", id);
		return "customers/form";
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(CustomerApiController.WRITERS)
	String update(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @ModelAttribute("form") CustomerDetails form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				customers.update(me.companyId(), id, form);
				redirect.addFlashAttribute("successMessage", "Saved.");
				return "redirect:/customers/" + id;
			}
			catch (InvalidFieldException invalid) {
				result.rejectValue(invalid.field(), "invalid", invalid.getMessage());
			}
		}
		model.addAttribute("customerId", id);
		return "customers/form";
	}

	@PostMapping("/{id}/archive")
	@PreAuthorize(CustomerApiController.WRITERS)
	String archive(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestParam(defaultValue = "true") boolean archived, RedirectAttributes redirect) {
		Customer customer = customers.setArchived(me.companyId(), id, archived);
		redirect.addFlashAttribute("successMessage", customer.getName() + (archived ? " was archived." : " was restored."));
		return "redirect:/customers/" + id;
	}

	@GetMapping("/{id}/employees/new")
	@PreAuthorize(CustomerApiController.WRITERS)
	String newEmployee(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		model.addAttribute("customer", customers.get(me.companyId(), id));
		model.addAttribute("form", new EmployeeDetails());
		return "customers/employee-form";
	}

	@PostMapping("/{id}/employees/new")
	@PreAuthorize(CustomerApiController.WRITERS)
	String addEmployee(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @ModelAttribute("form") EmployeeDetails form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Employee employee = customers.addEmployee(me.companyId(), id, form);
				redirect.addFlashAttribute("successMessage", employee.getName() + " was added.");
				return "redirect:/customers/" + id;
			}
			catch (InvalidFieldException invalid) {
				rejectOnPage(result, invalid);
			}
		}
		model.addAttribute("customer", customers.get(me.companyId(), id));
		return "customers/employee-form";
	}

	@GetMapping("/{id}/employees/{employeeId}/edit")
	@PreAuthorize(CustomerApiController.WRITERS)
	String editEmployee(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @PathVariable long employeeId,
			Model model) {
		model.addAttribute("customer", customers.get(me.companyId(), id));
		model.addAttribute("form", EmployeeDetails.of(customers.employeeOf(me.companyId(), id, employeeId)));
		model.addAttribute("employeeId", employeeId);
		return "customers/employee-form";
	}

	@PostMapping("/{id}/employees/{employeeId}/edit")
	@PreAuthorize(CustomerApiController.WRITERS)
	String updateEmployee(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@PathVariable long employeeId, @Valid @ModelAttribute("form") EmployeeDetails form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		customers.employeeOf(me.companyId(), id, employeeId);
		if (!result.hasErrors()) {
			try {
				customers.updateEmployee(me.companyId(), employeeId, form);
				redirect.addFlashAttribute("successMessage", "Saved.");
				return "redirect:/customers/" + id;
			}
			catch (InvalidFieldException invalid) {
				rejectOnPage(result, invalid);
			}
		}
		model.addAttribute("customer", customers.get(me.companyId(), id));
		model.addAttribute("employeeId", employeeId);
		return "customers/employee-form";
	}

	@PostMapping("/{id}/employees/{employeeId}/archive")
	@PreAuthorize(CustomerApiController.WRITERS)
	String archiveEmployee(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@PathVariable long employeeId, @RequestParam(defaultValue = "true") boolean archived,
			RedirectAttributes redirect) {
		customers.employeeOf(me.companyId(), id, employeeId);
		Employee employee = customers.setEmployeeArchived(me.companyId(), employeeId, archived);
		redirect.addFlashAttribute("successMessage", employee.getName() + (archived ? " was archived." : " was restored."));
		return "redirect:/customers/" + id;
	}

	/** Errors about the customer itself (not a form field) show at the top of the form. */
	private static void rejectOnPage(BindingResult result, InvalidFieldException invalid) {
		if ("customerId".equals(invalid.field())) {
			result.reject("invalid", invalid.getMessage());
		}
		else {
			result.rejectValue(invalid.field(), "invalid", invalid.getMessage());
		}
	}

}
