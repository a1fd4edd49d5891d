package io.chancery.einvoice.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.tenancy.ChanceryUser;

/** The "Validate TIN with MyInvois" button of the customer page; the answer shows on that page. */
@Controller
class TinValidationPageController {

	private final TinValidations validations;

	TinValidationPageController(TinValidations validations) {
		this.validations = validations;
	}

	@PostMapping("/customers/{id}/tin-validation")
	@PreAuthorize(TinValidationController.WRITERS)
	String validate(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, RedirectAttributes redirect) {
		try {
			TinValidations.Result result = validations.validate(me.companyId(), id);
			redirect.addFlashAttribute("successMessage", "MyInvois says the TIN " + result.tin() + " is "
					+ (result.valid() ? "valid" : "NOT valid for this ID") + ".");
		}
		catch (InvalidFieldException | ConflictException | MyInvoisUnavailableException refused) {
			redirect.addFlashAttribute("errorMessage", refused.getMessage());
		}
		return "redirect:/customers/" + id;
	}

}
