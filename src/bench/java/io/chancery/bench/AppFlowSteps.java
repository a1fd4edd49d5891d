package io.chancery.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.chancery.billing.InvoiceService;
import io.chancery.billing.LineInput;
import io.chancery.billing.PaymentInput;
import io.chancery.billing.QuoteDetails;
import io.chancery.billing.QuoteService;
import io.chancery.links.PublicLinks;

/**
 * The flow through the app's own services, as staff and the customer cause it: staff submit a quote, the
 * customer approves it through the link the app issues, staff record the payment. The processes, workers,
 * PDFs, e-mail outbox and event listeners in between are the app's.
 */
final class AppFlowSteps implements FlowDriver.Steps {

	private final QuoteService quotes;

	private final InvoiceService invoices;

	private final PublicLinks links;

	private final Clock clock;

	private final long companyId;

	private final long customerId;

	private final ZoneId zone;

	AppFlowSteps(QuoteService quotes, InvoiceService invoices, PublicLinks links, Clock clock, long companyId,
			long customerId, ZoneId zone) {
		this.quotes = quotes;
		this.invoices = invoices;
		this.links = links;
		this.clock = clock;
		this.companyId = companyId;
		this.customerId = customerId;
		this.zone = zone;
	}

	@Override
	public long start() {
		var details = new QuoteDetails(customerId, today().plusDays(30), null, "Payment within 30 days.",
				List.of(LineInput.of("Residence visa renewal", BigDecimal.ONE, new BigDecimal("1250.00"), new BigDecimal("5"))));
		long quoteId = quotes.create(companyId, "staff@demo.chancery", details).getId();
		quotes.submit(companyId, quoteId, "staff@demo.chancery");
		return quoteId;
	}

	/** The e-mailed link's token is not read back from the mail: a link for the same quote is issued instead. */
	@Override
	public void approve(long quoteId) {
		String token = links.issue(QuoteService.LINK_PURPOSE, companyId, quoteId, clock.instant().plus(Duration.ofDays(30)), true)
			.token();
		quotes.decide(token, true, "Bench Customer", null);
	}

	@Override
	public void pay(long invoiceId) {
		BigDecimal balance = invoices.get(companyId, invoiceId).balanceDue();
		invoices.recordPayment(companyId, invoiceId, new PaymentInput(balance, today(), "BANK_TRANSFER", null),
				"staff@demo.chancery");
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

}
