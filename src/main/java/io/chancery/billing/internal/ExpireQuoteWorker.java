package io.chancery.billing.internal;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.billing.QuoteService;

/** The validity date passed without a decision; a quote decided meanwhile is left alone. */
@Component
public class ExpireQuoteWorker {

	private final QuoteService quotes;

	ExpireQuoteWorker(QuoteService quotes) {
		this.quotes = quotes;
	}

	@JobWorker(type = BillingProcess.EXPIRE_QUOTE)
	public void expire(@Variable long companyId, @Variable long quoteId) {
		quotes.expire(companyId, quoteId);
	}

}
