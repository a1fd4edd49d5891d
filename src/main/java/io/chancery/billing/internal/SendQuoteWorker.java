package io.chancery.billing.internal;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.billing.QuoteService;

/** Numbers the quote, issues the customer's link and queues the e-mail; a repeated job changes nothing. */
@Component
public class SendQuoteWorker {

	private final QuoteService quotes;

	SendQuoteWorker(QuoteService quotes) {
		this.quotes = quotes;
	}

	/** @return {@code expiresAt}: the expiry timer's date */
	@JobWorker(type = BillingProcess.SEND_QUOTE)
	public Map<String, Object> send(@Variable long companyId, @Variable long quoteId, @Variable String managerDecision,
			@Variable String approvalReason) {
		String reason = managerDecision == null ? "no manager approval needed" : "approved by a manager (" + approvalReason + ")";
		return Map.of("expiresAt", quotes.send(companyId, quoteId, reason).toString());
	}

}
