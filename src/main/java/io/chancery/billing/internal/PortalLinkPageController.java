package io.chancery.billing.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.chancery.tenancy.ChanceryUser;

/** The page where staff hand out and withdraw customers' portal links (linked from the invoice list). */
@Controller
@RequestMapping("/portal-links")
class PortalLinkPageController {

	private final CustomerPortal portal;

	private final EditorModel editor;

	PortalLinkPageController(CustomerPortal portal, EditorModel editor) {
		this.portal = portal;
		this.editor = editor;
	}

	@GetMapping
	String list(@AuthenticationPrincipal ChanceryUser me, @RequestParam(required = false) Long customerId, Model model) {
		editor.customerNames(me.companyId(), model);
		model.addAttribute("customerId", customerId);
		if (customerId != null) {
			model.addAttribute("links", portal.of(me.companyId(), customerId));
		}
		return "billing/portal-links";
	}

	@PostMapping
	@PreAuthorize(QuoteApiController.WRITERS)
	String issue(@AuthenticationPrincipal ChanceryUser me, @RequestParam long customerId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("newLink", portal.issue(me.companyId(), customerId, me.email()).url());
		return "redirect:/portal-links?customerId=" + customerId;
	}

	@PostMapping("/{id}/revoke")
	@PreAuthorize(QuoteApiController.WRITERS)
	String revoke(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, RedirectAttributes redirect) {
		long customerId = portal.revoke(me.companyId(), id);
		redirect.addFlashAttribute("successMessage", "The link was withdrawn.");
		return "redirect:/portal-links?customerId=" + customerId;
	}

}
