package io.chancery.purchasing.internal;

import org.springframework.stereotype.Component;

import io.chancery.notifications.AttachmentSource;
import io.chancery.purchasing.PurchaseOrderService;

/** The order's PDF on the supplier's e-mail, rendered when the e-mail is sent. */
@Component
class PurchaseOrderPdfAttachment implements AttachmentSource {

	private final PurchaseOrderPdf pdf;

	private final PurchaseOrderService orders;

	PurchaseOrderPdfAttachment(PurchaseOrderPdf pdf, PurchaseOrderService orders) {
		this.pdf = pdf;
		this.orders = orders;
	}

	@Override
	public String name() {
		return PurchaseOrderMails.PURCHASE_ORDER_PDF;
	}

	@Override
	public Attachment render(long companyId, long orderId) {
		return new Attachment(PurchaseOrderPdf.fileName(orders.get(companyId, orderId)), "application/pdf",
				pdf.render(companyId, orderId));
	}

}
