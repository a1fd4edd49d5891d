package io.chancery.billing.internal;

import java.math.BigDecimal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.chancery.billing.CreditNote;
import io.chancery.billing.CreditNoteInput;
import io.chancery.billing.CreditNoteService;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.tenancy.ChanceryUser;

/** The invoice page's "Issue credit note" form: an amount before tax, its tax rate and a reason. */
@Controller
class CreditNotePageController {

	private final CreditNoteService creditNotes;

	CreditNotePageController(CreditNoteService creditNotes) {
		this.creditNotes = creditNotes;
	}

	@PostMapping("/invoices/{id}/credit-notes")
	@PreAuthorize(QuoteApiController.WRITERS)
	String issue(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @RequestParam String reason,
			@RequestParam String amount, @RequestParam(required = false) String taxRate, RedirectAttributes redirect) {
		try {
			CreditNoteInput input = new CreditNoteInput(reason.isBlank() ? null : reason.trim(), null,
					decimal("amount", amount), taxRate == null || taxRate.isBlank() ? null : decimal("taxRate", taxRate));
			if (input.reason() == null) {
				throw new InvalidFieldException("reason", "Say why the invoice is credited");
			}
			CreditNote note = creditNotes.issue(me.companyId(), id, input, me.email());
			redirect.addFlashAttribute("successMessage", "Credit note " + note.getNumber() + " of " + note.getCurrency()
					+ " " + note.getTotal().setScale(2, java.math.RoundingMode.HALF_UP) + " was issued.");
		}
		catch (InvalidFieldException | ConflictException refused) {
			redirect.addFlashAttribute("errorMessage", refused.getMessage());
		}
		return "redirect:/invoices/" + id;
	}

	private static BigDecimal decimal(String field, String value) {
		try {
			BigDecimal number = new BigDecimal(value.trim());
			boolean invalid = "amount".equals(field) ? number.signum() <= 0 : number.signum() < 0;
			if (invalid) {
				throw new InvalidFieldException(field, "The " + field + " must be a positive number");
			}
			return number;
		}
		catch (NumberFormatException e) {
			throw new InvalidFieldException(field, "The " + field + " must be a number, e.g. 50.00");
		}
	}

}
