package io.chancery.einvoice.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.einvoice.EInvoiceSource;
import io.chancery.einvoice.EInvoiceView;
import io.chancery.tenancy.ChanceryUser;

/** A credit note's e-invoice (MyInvois type 02): status, UUID, validation link and errors. */
@RestController
class CreditNoteEInvoiceApiController {

	private final EInvoiceSubmissions submissions;

	CreditNoteEInvoiceApiController(EInvoiceSubmissions submissions) {
		this.submissions = submissions;
	}

	@GetMapping("/api/v1/credit-notes/{id}/einvoice")
	EInvoiceView get(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return submissions.of(me.companyId(), EInvoiceSource.CREDIT_NOTE, id);
	}

	/** The signed JSON exactly as submitted. */
	@GetMapping(path = "/api/v1/credit-notes/{id}/einvoice/document", produces = "application/json")
	String document(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return submissions.signedDocument(me.companyId(), EInvoiceSource.CREDIT_NOTE, id);
	}

}
