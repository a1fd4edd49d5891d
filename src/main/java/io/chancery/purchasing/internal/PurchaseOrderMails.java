package io.chancery.purchasing.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.chancery.notifications.BusinessMail;
import io.chancery.notifications.MailAttachment;
import io.chancery.purchasing.PurchaseOrder;
import io.chancery.purchasing.Supplier;

/** The e-mail a supplier gets when an order is sent, with the order's PDF made when the e-mail goes out. */
@Component
public class PurchaseOrderMails {

	static final String PURCHASE_ORDER_PDF = "purchase-order-pdf";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final BusinessMail mail;

	PurchaseOrderMails(BusinessMail mail) {
		this.mail = mail;
	}

	/**
	 * Queued in the sending transaction, keyed by the order: an order is sent once, so its supplier
	 * gets one e-mail. A supplier without an address gets none; staff send the PDF themselves.
	 * @return whether an e-mail was queued
	 */
	public boolean sent(PurchaseOrder order, Supplier supplier) {
		if (supplier.getEmail() == null) {
			return false;
		}
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Purchase order", order.getNumber());
		facts.put("Total", order.getCurrency() + " " + String.format(Locale.ENGLISH, "%,.2f", order.getTotal()));
		facts.put("Delivery expected", DATE.format(order.getExpectedDeliveryDate()));
		mail.enqueue(order.getCompanyId(), "purchase-order-sent-" + order.getId(), supplier.getEmail(),
				new BusinessMail.Content("Purchase order " + order.getNumber(),
						supplier.getContactPerson() != null ? supplier.getContactPerson() : supplier.getName(),
						"Please find our purchase order attached. Kindly confirm it and quote our order number on the delivery note and your invoice.",
						facts, null, null),
				new MailAttachment(PURCHASE_ORDER_PDF, order.getId()));
		return true;
	}

}
