package io.chancery.tenancy.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.UserAccountService;
import io.chancery.tenancy.UserAccountService.WrongPasswordException;

@Controller
class PasswordController {

	private final UserAccountService users;

	PasswordController(UserAccountService users) {
		this.users = users;
	}

	@GetMapping("/account/password")
	String form(@ModelAttribute("form") PasswordForm form) {
		return "account/password";
	}

	@PostMapping("/account/password")
	String change(@AuthenticationPrincipal ChanceryUser me, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (!result.hasErrors() && !form.getNewPassword().equals(form.getConfirmation())) {
			result.rejectValue("confirmation", "mismatch", "The two new passwords differ");
		}
		if (result.hasErrors()) {
			return "account/password";
		}
		try {
			users.changePassword(me.companyId(), me.id(), form.getCurrentPassword(), form.getNewPassword());
		}
		catch (WrongPasswordException wrong) {
			result.rejectValue("currentPassword", "wrong", wrong.getMessage());
			return "account/password";
		}
		redirect.addFlashAttribute("successMessage", "Your password was changed.");
		return "redirect:/";
	}

	static class PasswordForm {

		@NotBlank
		private String currentPassword;

		@NotBlank
		@Size(min = 8, max = 200, message = "must be 8 to 200 characters")
		private String newPassword;

		@NotBlank
		private String confirmation;

		public String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getConfirmation() {
			return confirmation;
		}

		public void setConfirmation(String confirmation) {
			this.confirmation = confirmation;
		}

	}

}
