package io.chancery.billing.internal;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.billing.QuoteService;

/** The customer has not decided yet: one reminder (keyed, so a repeated job mails nothing more). */
@Component
public class RemindQuoteWorker {

	private final QuoteService quotes;

	RemindQuoteWorker(QuoteService quotes) {
		this.quotes = quotes;
	}

	@JobWorker(type = BillingProcess.REMIND_QUOTE)
	public void remind(@Variable long companyId, @Variable long quoteId) {
		quotes.remind(companyId, quoteId);
	}

}
