package io.chancery.einvoice.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import io.chancery.billing.CreditNote;
import io.chancery.billing.CreditNoteService;
import io.chancery.billing.Invoice;
import io.chancery.billing.InvoiceService;
import io.chancery.einvoice.DocumentType;
import io.chancery.einvoice.EDocument;
import io.chancery.einvoice.EInvoiceSource;
import io.chancery.einvoice.EInvoiceStatus;
import io.chancery.einvoice.OriginalDocument;

/**
 * A billing credit note as a MyInvois credit note (type 02) referencing the invoice's e-invoice by UUID
 * and number. Until that e-invoice is VALID the reference is left out, so the checks before submission
 * stop the note with a field error (and the staff task) instead of submitting it without its original.
 */
@Component
class CreditNoteDocuments implements DocumentSource {

	private final CreditNoteService creditNotes;

	private final InvoiceService invoices;

	private final InvoiceDocuments documents;

	private final EInvoiceSubmissions submissions;

	CreditNoteDocuments(CreditNoteService creditNotes, InvoiceService invoices, InvoiceDocuments documents,
			EInvoiceSubmissions submissions) {
		this.creditNotes = creditNotes;
		this.invoices = invoices;
		this.documents = documents;
		this.submissions = submissions;
	}

	@Override
	public EInvoiceSource type() {
		return EInvoiceSource.CREDIT_NOTE;
	}

	@Override
	public EDocument build(long companyId, long creditNoteId, Instant issuedAt) {
		CreditNote note = creditNotes.get(companyId, creditNoteId);
		Invoice invoice = invoices.get(companyId, note.getInvoiceId());
		List<OriginalDocument> originals = submissions.find(companyId, EInvoiceSource.INVOICE, invoice.getId())
			.filter(original -> original.status() == EInvoiceStatus.VALID)
			.map(original -> List.of(new OriginalDocument(original.uuid(), original.number())))
			.orElse(List.of());
		return documents.document(companyId, note.getNumber(), DocumentType.CREDIT_NOTE, originals, note.getCurrency(),
				invoice.getExchangeRate(), invoice.getCustomerId(), note.getLines(), issuedAt);
	}

}
