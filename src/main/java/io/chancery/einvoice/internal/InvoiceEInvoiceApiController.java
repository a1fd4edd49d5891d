package io.chancery.einvoice.internal;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.einvoice.EInvoiceSource;
import io.chancery.einvoice.EInvoiceView;
import io.chancery.shared.InvalidFieldException;
import io.chancery.tenancy.ChanceryUser;

/** An invoice's e-invoice: its state at MyInvois, the signed document, and its cancellation. */
@RestController
@RequestMapping("/api/v1/invoices/{id}/einvoice")
class InvoiceEInvoiceApiController {

	private final EInvoiceSubmissions submissions;

	private final EInvoiceMessages messages;

	InvoiceEInvoiceApiController(EInvoiceSubmissions submissions, EInvoiceMessages messages) {
		this.submissions = submissions;
		this.messages = messages;
	}

	@GetMapping
	EInvoiceView get(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return submissions.of(me.companyId(), EInvoiceSource.INVOICE, id);
	}

	/**
	 * {@code format=json}: the signed JSON exactly as submitted. {@code format=xml}: the same document
	 * as UBL 2.1 XML (unsigned: Chancery submits JSON).
	 */
	@GetMapping("/document")
	ResponseEntity<String> document(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestParam(defaultValue = "json") String format) {
		String signed = submissions.signedDocument(me.companyId(), EInvoiceSource.INVOICE, id);
		return switch (format.toLowerCase()) {
			case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(signed);
			case "xml" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(UblXml.write(UblJson.read(signed)));
			default -> throw new InvalidFieldException("format", "must be json or xml");
		};
	}

	/** Body {@code {"reason": "…"}}; 409 once the 72-hour window has closed. */
	@PostMapping("/cancellation")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	EInvoiceView cancel(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestBody Map<String, String> body) {
		String reason = body.getOrDefault("reason", "");
		if (reason.isBlank() || reason.length() > 300) {
			throw new InvalidFieldException("reason", "say why, in at most 300 characters");
		}
		EInvoiceView current = submissions.of(me.companyId(), EInvoiceSource.INVOICE, id);
		EInvoiceView cancelled = submissions.cancel(me.companyId(), current.id(), reason.trim());
		messages.cancelled(cancelled.id());
		return cancelled;
	}

}
