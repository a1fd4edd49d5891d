package io.chancery.billing.internal;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.billing.QuoteService;

/** The manager said no: the quote goes back to draft with the manager's comment. */
@Component
public class ReturnQuoteToDraftWorker {

	private final QuoteService quotes;

	ReturnQuoteToDraftWorker(QuoteService quotes) {
		this.quotes = quotes;
	}

	@JobWorker(type = BillingProcess.RETURN_QUOTE_TO_DRAFT)
	public void returnToDraft(@Variable long companyId, @Variable long quoteId, @Variable String managerComment) {
		quotes.returnToDraft(companyId, quoteId, managerComment);
	}

}
