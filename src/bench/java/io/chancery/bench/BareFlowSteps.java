package io.chancery.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;

/**
 * The same two BPMN files on the same engine with workers that do nothing but answer, driven by the
 * messages the app would publish: the engine's own cost of a flow, to set the app's against. Process ids,
 * messages and job types get a {@code bench-bare} prefix so the app's workers and messages never meet them.
 */
final class BareFlowSteps implements FlowDriver.Steps, AutoCloseable {

	static final String QUOTE_PROCESS = "bench-bare-quote-approval";

	static final String INVOICE_PROCESS = "bench-bare-invoice-issue-and-payment";

	private static final Duration TIME_TO_LIVE = Duration.ofMinutes(10);

	private final CamundaClient client;

	private final long companyId;

	private final AtomicLong ids = new AtomicLong(1_000_000_000L);

	private final List<JobWorker> workers = new ArrayList<>();

	BareFlowSteps(CamundaClient client, long companyId) {
		this.client = client;
		this.companyId = companyId;
		client.newDeployResourceCommand()
			.addResourceString(renamed("bpmn/quote-approval.bpmn"), StandardCharsets.UTF_8, "bench-bare-quote-approval.bpmn")
			.addResourceString(renamed("bpmn/invoice-issue-and-payment.bpmn"), StandardCharsets.UTF_8,
					"bench-bare-invoice-issue-and-payment.bpmn")
			.send()
			.join();
		noOp("send-quote", job -> Map.of("expiresAt", Instant.now().plus(Duration.ofDays(30)).toString()));
		noOp("invoice-quote", this::invoiceQuote);
		noOp("issue-invoice", job -> Map.of());
		noOp("send-invoice", job -> Map.of());
	}

	/** The process ids, messages and job types of a billing BPMN file, prefixed. */
	private static String renamed(String resource) {
		try (InputStream in = BareFlowSteps.class.getClassLoader().getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8)
				.replaceAll("(id|bpmnElement)=\"quote-approval\"", "$1=\"" + QUOTE_PROCESS + "\"")
				.replaceAll("(id|bpmnElement)=\"invoice-issue-and-payment\"", "$1=\"" + INVOICE_PROCESS + "\"")
				.replaceAll("(<(?:\\w+:)?message [^>]*name=\")", "$1bench-bare-")
				.replace("type=\"chancery.billing.", "type=\"bench-bare.");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void noOp(String jobType, java.util.function.Function<Map<String, Object>, Map<String, Object>> answer) {
		workers.add(client.newWorker()
			.jobType("bench-bare." + jobType)
			.handler((jobs, job) -> jobs.newCompleteCommand(job).variables(answer.apply(job.getVariablesAsMap())).send().join())
			.maxJobsActive(32)
			.open());
	}

	/** What the app's invoice step and its event listener amount to: an invoice id, and the invoice process started. */
	private Map<String, Object> invoiceQuote(Map<String, Object> variables) {
		long invoiceId = ((Number) variables.get("quoteId")).longValue() + 1_000_000_000L;
		publish("invoice-created", invoiceId, Map.of("companyId", companyId, "invoiceId", invoiceId, "customerId", 1,
				"businessKey", "invoice " + invoiceId, "reviewRequired", false, "total", new BigDecimal("1312.50"),
				"currency", "AED", "overdueCheck", "R/P1D"));
		return Map.of("invoiceId", invoiceId);
	}

	@Override
	public long start() {
		long quoteId = ids.incrementAndGet();
		publish("quote-submitted", quoteId, Map.of("companyId", companyId, "quoteId", quoteId, "customerId", 1,
				"businessKey", "quote " + quoteId, "total", new BigDecimal("1312.50"), "currency", "AED",
				"maxDiscountPercent", BigDecimal.ZERO, "newCustomer", false, "quoteReminderAfter", "PT72H"));
		return quoteId;
	}

	@Override
	public void approve(long quoteId) {
		publish("quote-decided", quoteId, Map.of("customerDecision", "APPROVED"));
	}

	@Override
	public void pay(long invoiceId) {
		publish("invoice-payment-recorded", invoiceId, Map.of("balanceDue", BigDecimal.ZERO));
	}

	private void publish(String message, long correlationId, Map<String, Object> variables) {
		client.newPublishMessageCommand()
			.messageName("bench-bare-" + message)
			.correlationKey(String.valueOf(correlationId))
			.timeToLive(TIME_TO_LIVE)
			.variables(variables)
			.send()
			.join();
	}

	@Override
	public void close() {
		workers.forEach(JobWorker::close);
	}

}
