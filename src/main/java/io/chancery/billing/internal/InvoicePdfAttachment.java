package io.chancery.billing.internal;

import org.springframework.stereotype.Component;

import io.chancery.billing.InvoiceService;
import io.chancery.notifications.AttachmentSource;

/** The invoice's PDF on its e-mail, made when the e-mail is sent (with the payments made by then). */
@Component
class InvoicePdfAttachment implements AttachmentSource {

	private final BillingPdfs pdfs;

	private final InvoiceService invoices;

	InvoicePdfAttachment(BillingPdfs pdfs, InvoiceService invoices) {
		this.pdfs = pdfs;
		this.invoices = invoices;
	}

	@Override
	public String name() {
		return BillingMails.INVOICE_PDF;
	}

	@Override
	public Attachment render(long companyId, long invoiceId) {
		return new Attachment(BillingPdfs.fileName("invoice", invoices.get(companyId, invoiceId).label()),
				"application/pdf", pdfs.invoice(companyId, invoiceId));
	}

}
