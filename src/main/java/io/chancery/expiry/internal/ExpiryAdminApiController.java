package io.chancery.expiry.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.expiry.ExpiryScanner;
import io.chancery.expiry.FoundEscalation;
import io.chancery.tenancy.ChanceryUser;

/** Runs the expiry scan for the caller's company now, outside the 00:00 / 12:00 schedule. */
@RestController
class ExpiryAdminApiController {

	private final ExpiryScanner scanner;

	ExpiryAdminApiController(ExpiryScanner scanner) {
		this.scanner = scanner;
	}

	@PostMapping("/api/v1/admin/expiry-scan")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	ScanResult scan(@AuthenticationPrincipal ChanceryUser me) {
		List<FoundEscalation> found = scanner.scan(me.companyId());
		return new ScanResult(found, found.stream().filter(FoundEscalation::newlyRecorded).count());
	}

	/** Every document in a window now, and how many of them this scan escalated (and so notified). */
	record ScanResult(List<FoundEscalation> found, long newEscalations) {
	}

}
