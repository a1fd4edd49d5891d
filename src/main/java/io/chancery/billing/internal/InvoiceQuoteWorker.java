package io.chancery.billing.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.billing.QuoteService;

/** Creates the invoice of the approved quote (once); its own process starts from the InvoiceCreated event. */
@Component
public class InvoiceQuoteWorker {

	private final QuoteService quotes;

	InvoiceQuoteWorker(QuoteService quotes) {
		this.quotes = quotes;
	}

	@JobWorker(type = BillingProcess.INVOICE_QUOTE)
	public Map<String, Object> invoice(@Variable long companyId, @Variable long quoteId) {
		return Map.of("invoiceId", quotes.createInvoice(companyId, quoteId).getId());
	}

}
