package io.chancery.billing.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.billing.CreditNote;
import io.chancery.billing.CreditNoteInput;
import io.chancery.billing.CreditNoteService;
import io.chancery.billing.internal.BillingViews.LineView;
import io.chancery.tenancy.ChanceryUser;

/** Credit notes of an invoice: 409 when the invoice is not issued or the credit exceeds what is left. */
@RestController
@RequestMapping("/api/v1")
class CreditNoteApiController {

	private final CreditNoteService creditNotes;

	private final BillingPdfs pdfs;

	CreditNoteApiController(CreditNoteService creditNotes, BillingPdfs pdfs) {
		this.creditNotes = creditNotes;
		this.pdfs = pdfs;
	}

	@PostMapping("/invoices/{id}/credit-notes")
	@PreAuthorize(QuoteApiController.WRITERS)
	ResponseEntity<CreditNoteView> issue(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestBody CreditNoteInput input) {
		CreditNote note = creditNotes.issue(me.companyId(), id, input, me.email());
		return ResponseEntity.created(URI.create("/api/v1/credit-notes/" + note.getId())).body(CreditNoteView.of(note));
	}

	@GetMapping("/invoices/{id}/credit-notes")
	List<CreditNoteView> ofInvoice(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return creditNotes.forInvoice(me.companyId(), id).stream().map(CreditNoteView::of).toList();
	}

	@GetMapping("/credit-notes/{id}")
	CreditNoteView get(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return CreditNoteView.of(creditNotes.get(me.companyId(), id));
	}

	@GetMapping("/credit-notes/{id}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		CreditNote note = creditNotes.get(me.companyId(), id);
		return QuoteApiController.pdfResponse(pdfs.creditNote(me.companyId(), id),
				BillingPdfs.fileName("credit-note", note.getNumber()));
	}

	record CreditNoteView(long id, String number, long invoiceId, String currency, LocalDate issueDate, String reason,
			List<LineView> lines, BigDecimal subtotal, BigDecimal discountTotal, BigDecimal taxTotal, BigDecimal total,
			String createdBy) {

		static CreditNoteView of(CreditNote n) {
			return new CreditNoteView(n.getId(), n.getNumber(), n.getInvoiceId(), n.getCurrency(), n.getIssueDate(),
					n.getReason(), LineView.of(n.getLines()), n.getSubtotal(), n.getDiscountTotal(), n.getTaxTotal(),
					n.getTotal(), n.getCreatedBy());
		}

	}

}
