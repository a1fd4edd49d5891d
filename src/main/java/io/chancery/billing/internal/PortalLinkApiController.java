package io.chancery.billing.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.billing.internal.CustomerPortal.NewPortalLink;
import io.chancery.billing.internal.CustomerPortal.PortalLink;
import io.chancery.tenancy.ChanceryUser;

/** Staff give a customer a portal link, list the links and revoke them. */
@RestController
@RequestMapping("/api/v1")
class PortalLinkApiController {

	private final CustomerPortal portal;

	PortalLinkApiController(CustomerPortal portal) {
		this.portal = portal;
	}

	/** The answer holds the link's URL; it is not shown again. */
	@PostMapping("/customers/{customerId}/portal-links")
	@PreAuthorize(QuoteApiController.WRITERS)
	ResponseEntity<NewPortalLink> issue(@AuthenticationPrincipal ChanceryUser me, @PathVariable long customerId) {
		return ResponseEntity.status(HttpStatus.CREATED).body(portal.issue(me.companyId(), customerId, me.email()));
	}

	@GetMapping("/customers/{customerId}/portal-links")
	List<PortalLink> list(@AuthenticationPrincipal ChanceryUser me, @PathVariable long customerId) {
		return portal.of(me.companyId(), customerId);
	}

	@PostMapping("/portal-links/{id}/revoke")
	@PreAuthorize(QuoteApiController.WRITERS)
	ResponseEntity<Void> revoke(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		portal.revoke(me.companyId(), id);
		return ResponseEntity.noContent().build();
	}

}
