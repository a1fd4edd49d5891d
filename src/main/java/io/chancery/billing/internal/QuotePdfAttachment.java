package io.chancery.billing.internal;

import org.springframework.stereotype.Component;

import io.chancery.billing.QuoteService;
import io.chancery.notifications.AttachmentSource;

/** The quote's PDF on its e-mail, made when the e-mail is sent. */
@Component
class QuotePdfAttachment implements AttachmentSource {

	private final BillingPdfs pdfs;

	private final QuoteService quotes;

	QuotePdfAttachment(BillingPdfs pdfs, QuoteService quotes) {
		this.pdfs = pdfs;
		this.quotes = quotes;
	}

	@Override
	public String name() {
		return BillingMails.QUOTE_PDF;
	}

	@Override
	public Attachment render(long companyId, long quoteId) {
		return new Attachment(BillingPdfs.fileName("quote", quotes.get(companyId, quoteId).label()), "application/pdf",
				pdfs.quote(companyId, quoteId));
	}

}
