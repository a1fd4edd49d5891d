package io.chancery.einvoice.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.chancery.einvoice.EInvoiceSettingsService;
import io.chancery.einvoice.SettingsDetails;
import io.chancery.tenancy.ChanceryUser;

/** The company's e-invoice settings (ADMIN). Secrets go in, and never come out. */
@RestController
@RequestMapping("/api/v1/einvoice/settings")
@PreAuthorize("hasRole('ADMIN')")
class SettingsApiController {

	private final EInvoiceSettingsService settings;

	private final Clock clock;

	SettingsApiController(EInvoiceSettingsService settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	@GetMapping
	SettingsView get(@AuthenticationPrincipal ChanceryUser me) {
		return settings.find(me.companyId()).map(found -> SettingsView.of(found, clock)).orElseGet(SettingsView::empty);
	}

	@PutMapping
	SettingsView update(@AuthenticationPrincipal ChanceryUser me, @Valid @RequestBody SettingsDetails details) {
		return SettingsView.of(settings.update(me.companyId(), details), clock);
	}

	/** Multipart fields {@code file} (the .p12) and {@code password}. */
	@PutMapping("/certificate")
	SettingsView certificate(@AuthenticationPrincipal ChanceryUser me, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String password) throws IOException {
		byte[] p12 = file == null ? null : file.getInputStream().readNBytes(EInvoiceSettingsService.MAX_CERTIFICATE_BYTES + 1);
		return SettingsView.of(settings.changeCertificate(me.companyId(), p12, password), clock);
	}

}
