package io.chancery.tenancy.internal;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.chancery.shared.ConflictException;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.Role;
import io.chancery.tenancy.UserAccountService;

/** Admin pages to invite, change and disable the company's users (guarded by /admin/** = ADMIN). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserAccountService users;

	UserAdminController(UserAccountService users) {
		this.users = users;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(@AuthenticationPrincipal ChanceryUser me, Model model) {
		model.addAttribute("users", users.list(me.companyId()));
		return "admin/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new UserForm());
		model.addAttribute("creating", true);
		return "admin/user-form";
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal ChanceryUser me, @Valid @ModelAttribute("form") UserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form.getPassword() == null || form.getPassword().isBlank()) {
			result.rejectValue("password", "required", "An initial password is required (at least 8 characters)");
		}
		if (!result.hasErrors()) {
			try {
				users.create(me.companyId(), form.getEmail(), form.getFullName(), form.getPassword(), form.getRoles());
				redirect.addFlashAttribute("successMessage", "User " + form.getEmail() + " created.");
				return "redirect:/admin/users";
			}
			catch (ConflictException conflict) {
				result.rejectValue("email", "duplicate", conflict.getMessage());
			}
		}
		model.addAttribute("creating", true);
		return "admin/user-form";
	}

	@GetMapping("/{id}")
	String edit(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", UserForm.of(users.get(me.companyId(), id)));
		model.addAttribute("userId", id);
		return "admin/user-form";
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				users.update(me.companyId(), id, form.getFullName(), form.getRoles(), form.isEnabled(), me.id());
				redirect.addFlashAttribute("successMessage", "User " + form.getEmail() + " saved.");
				return "redirect:/admin/users";
			}
			catch (ConflictException conflict) {
				result.reject("conflict", conflict.getMessage());
			}
		}
		model.addAttribute("userId", id);
		return "admin/user-form";
	}

}
