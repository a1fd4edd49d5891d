package io.chancery.billing.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.chancery.billing.Invoice;
import io.chancery.billing.InvoiceService;
import io.chancery.billing.Quote;
import io.chancery.billing.QuoteService;
import io.chancery.billing.internal.BillingEvents.CreditNoteApplied;
import io.chancery.billing.internal.BillingEvents.InvoiceClosed;
import io.chancery.billing.internal.BillingEvents.InvoiceCreated;
import io.chancery.billing.internal.BillingEvents.InvoiceIssuedByUser;
import io.chancery.billing.internal.BillingEvents.PaymentRecorded;
import io.chancery.billing.internal.BillingEvents.QuoteDecided;
import io.chancery.billing.internal.BillingEvents.QuoteSubmitted;
import io.chancery.workflow.ProcessMessages;
import io.chancery.workflow.ProcessVariables;

/**
 * Tells the billing processes what people did, after the database transaction committed. The
 * listeners run from the event publication registry, so a failed publish is retried; message ids
 * make a repeated publish harmless ({@link ProcessMessages}), and the start messages are unique per
 * quote or invoice.
 */
@Component
@EnableConfigurationProperties(BillingProperties.class)
class BillingMessages {

	private static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);

	private final ProcessMessages messages;

	private final QuoteService quotes;

	private final InvoiceService invoices;

	private final BillingProperties properties;

	BillingMessages(ProcessMessages messages, QuoteService quotes, InvoiceService invoices, BillingProperties properties) {
		this.messages = messages;
		this.quotes = quotes;
		this.invoices = invoices;
		this.properties = properties;
	}

	/** The approval rules (dmn/quote-approval.dmn) read total, maxDiscountPercent and newCustomer. */
	@ApplicationModuleListener
	void on(QuoteSubmitted submitted) {
		Quote quote = quotes.get(submitted.companyId(), submitted.quoteId());
		QuoteService.ApprovalFacts facts = quotes.approvalFacts(submitted.companyId(), submitted.quoteId());
		Map<String, Object> variables = new HashMap<>();
		variables.put(ProcessVariables.COMPANY_ID, submitted.companyId());
		variables.put("quoteId", quote.getId());
		variables.put("customerId", quote.getCustomerId());
		variables.put(ProcessVariables.BUSINESS_KEY, "quote " + quote.getId());
		variables.put("total", facts.total());
		variables.put("currency", quote.getCurrency());
		variables.put("maxDiscountPercent", facts.maxDiscountPercent());
		variables.put("newCustomer", facts.newCustomer());
		variables.put("quoteReminderAfter", properties.quoteReminderAfter().toString());
		publish(BillingProcess.QUOTE_SUBMITTED, quote.getId(),
				"quote-submitted-" + quote.getId() + "-" + submitted.submittedAt().toEpochMilli(), variables);
	}

	@ApplicationModuleListener
	void on(QuoteDecided decided) {
		publish(BillingProcess.QUOTE_DECIDED, decided.quoteId(), "quote-decided-" + decided.quoteId(),
				Map.of("customerDecision", decided.approved() ? "APPROVED" : "REJECTED"));
	}

	@ApplicationModuleListener
	void on(InvoiceCreated created) {
		Invoice invoice = invoices.get(created.companyId(), created.invoiceId());
		Map<String, Object> variables = new HashMap<>();
		variables.put(ProcessVariables.COMPANY_ID, created.companyId());
		variables.put("invoiceId", invoice.getId());
		variables.put("customerId", invoice.getCustomerId());
		variables.put(ProcessVariables.BUSINESS_KEY, "invoice " + invoice.getId());
		variables.put("reviewRequired", created.reviewRequired());
		variables.put("total", invoice.getTotal());
		variables.put("currency", invoice.getCurrency());
		variables.put("overdueCheck", properties.overdueCheck());
		publish(BillingProcess.INVOICE_CREATED, invoice.getId(), "invoice-created-" + invoice.getId(), variables);
	}

	@ApplicationModuleListener
	void on(InvoiceIssuedByUser issued) {
		publish(BillingProcess.INVOICE_ISSUED, issued.invoiceId(), "invoice-issued-" + issued.invoiceId(), Map.of());
	}

	@ApplicationModuleListener
	void on(PaymentRecorded recorded) {
		publish(BillingProcess.PAYMENT_RECORDED, recorded.invoiceId(), "payment-" + recorded.paymentId(),
				Map.of("balanceDue", recorded.balanceDue()));
	}

	@ApplicationModuleListener
	void on(CreditNoteApplied applied) {
		publish(BillingProcess.PAYMENT_RECORDED, applied.invoiceId(), "credit-note-" + applied.creditNoteId(),
				Map.of("balanceDue", applied.balanceDue()));
	}

	@ApplicationModuleListener
	void on(InvoiceClosed closed) {
		publish(BillingProcess.INVOICE_CLOSED, closed.invoiceId(), "invoice-closed-" + closed.invoiceId(),
				Map.of("closedAs", closed.status()));
	}

	private void publish(String message, long correlationId, String messageId, Map<String, Object> variables) {
		messages.publishOnce(message, String.valueOf(correlationId), messageId, TIME_TO_LIVE, variables);
	}

}
