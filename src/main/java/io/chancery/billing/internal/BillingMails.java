package io.chancery.billing.internal;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.chancery.billing.Invoice;
import io.chancery.billing.Quote;
import io.chancery.customers.Customer;
import io.chancery.notifications.BusinessMail;
import io.chancery.notifications.MailAttachment;
import io.chancery.shared.ConflictException;

/**
 * The e-mail customers get about quotes and invoices, queued in the caller's transaction. Each one
 * has a key, so a step the engine repeats never mails twice; the PDF is attached when it is sent.
 */
@Component
public class BillingMails {

	public static final String QUOTE_PDF = "quote-pdf";

	public static final String INVOICE_PDF = "invoice-pdf";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final BusinessMail mail;

	BillingMails(BusinessMail mail) {
		this.mail = mail;
	}

	public void quoteSent(Quote quote, Customer customer, String token) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Quote", quote.label());
		facts.put("Total", money(quote.getCurrency(), quote.getTotal()));
		facts.put("Valid until", DATE.format(quote.getValidUntil()));
		queue(quote.getCompanyId(), "quote-sent-" + quote.getId(), customer, "Quote " + quote.label(),
				"Please find our quote attached. You can read it, and approve or reject it, online.", facts,
				"/q/" + token, "Review and approve", new MailAttachment(QUOTE_PDF, quote.getId()));
	}

	public void quoteReminder(Quote quote, Customer customer) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Quote", quote.label());
		facts.put("Total", money(quote.getCurrency(), quote.getTotal()));
		facts.put("Valid until", DATE.format(quote.getValidUntil()));
		queue(quote.getCompanyId(), "quote-reminder-" + quote.getId(), customer, "Reminder: quote " + quote.label(),
				"We have not heard from you about our quote yet. Please use the link in our first e-mail to approve or reject it before it expires.",
				facts, null, null, new MailAttachment(QUOTE_PDF, quote.getId()));
	}

	public void invoiceSent(Invoice invoice, Customer customer) {
		queue(invoice.getCompanyId(), "invoice-sent-" + invoice.getId(), customer, "Invoice " + invoice.getNumber(),
				"Please find our invoice attached.", invoiceFacts(invoice), null, null,
				new MailAttachment(INVOICE_PDF, invoice.getId()));
	}

	public void invoiceOverdue(Invoice invoice, Customer customer, int daysAfterDue) {
		queue(invoice.getCompanyId(), "invoice-overdue-" + invoice.getId() + "-" + daysAfterDue, customer,
				"Overdue: invoice " + invoice.getNumber(),
				"Our invoice was due on " + DATE.format(invoice.getDueDate()) + " and is still open. Please pay the balance.",
				invoiceFacts(invoice), null, null, new MailAttachment(INVOICE_PDF, invoice.getId()));
	}

	private Map<String, String> invoiceFacts(Invoice invoice) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Invoice", invoice.getNumber());
		facts.put("Total", money(invoice.getCurrency(), invoice.getTotal()));
		facts.put("Balance due", money(invoice.getCurrency(), invoice.balanceDue()));
		facts.put("Due date", DATE.format(invoice.getDueDate()));
		return facts;
	}

	private void queue(long companyId, String key, Customer customer, String subject, String intro,
			Map<String, String> facts, String actionUrl, String actionLabel, MailAttachment attachment) {
		if (customer.getEmail() == null) {
			throw new ConflictException(customer.getName() + " has no e-mail address; add one and retry");
		}
		String greeting = customer.getContactPerson() != null ? customer.getContactPerson() : customer.getName();
		mail.enqueue(companyId, key, customer.getEmail(),
				new BusinessMail.Content(subject, greeting, intro, facts, actionUrl, actionLabel), attachment);
	}

	static String money(String currency, BigDecimal amount) {
		return currency + " " + String.format(Locale.ENGLISH, "%,.2f", amount);
	}


}
