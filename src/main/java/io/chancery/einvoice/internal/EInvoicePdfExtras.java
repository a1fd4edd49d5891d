package io.chancery.einvoice.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.chancery.billing.InvoicePdfExtras;
import io.chancery.einvoice.EInvoiceSource;
import io.chancery.einvoice.EInvoiceStatus;
import io.chancery.einvoice.EInvoiceView;
import io.chancery.pdf.PdfRenderer;
import io.chancery.shared.NotFoundException;

/** A valid e-invoice puts its QR code (the portal's validation link) and the link itself on the invoice PDF. */
@Component
class EInvoicePdfExtras implements InvoicePdfExtras {

	private final EInvoiceSubmissions submissions;

	EInvoicePdfExtras(EInvoiceSubmissions submissions) {
		this.submissions = submissions;
	}

	@Override
	public Map<String, Object> variables(long companyId, long invoiceId) {
		EInvoiceView view;
		try {
			view = submissions.of(companyId, EInvoiceSource.INVOICE, invoiceId);
		}
		catch (NotFoundException notSubmitted) {
			return Map.of();
		}
		if (view.status() != EInvoiceStatus.VALID) {
			return Map.of();
		}
		String url = view.validationUrl().toString();
		return Map.of("einvoiceQr", PdfRenderer.imageDataUri(QrCodes.png(url, 240), "image/png"), "einvoiceValidationUrl",
				url, "einvoiceUuid", view.uuid(), "einvoiceValidatedAt", view.validatedAt().toString());
	}

}
