package io.chancery.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;

/**
 * Runs quote → approval → invoice → payment flows with a fixed number in flight (a closed loop: a finished
 * flow starts the next) and times each from the quote's submission to the invoice process's "paid" end
 * event. What a step does is given by {@link Steps}: the app's services, or messages to the bare engine.
 */
final class FlowDriver {

	/** What the outside world does at each point of a flow. Calls run on the driver's threads. */
	interface Steps {

		/** Creates and submits a quote; returns its id (the quote process's {@code quoteId}). */
		long start();

		/** The quote went out: the customer approves it. */
		void approve(long quoteId);

		/** The invoice went out: the customer pays it in full. */
		void pay(long invoiceId);

	}

	record Outcome(int completed, double flowsPerSecond, double p50Ms, double p99Ms, int failed) {
	}

	private final String quoteProcess;

	private final String invoiceProcess;

	private final Steps steps;

	private final Map<Long, Long> quoteOfInstance = new ConcurrentHashMap<>();

	private final Map<Long, Long> invoiceOfInstance = new ConcurrentHashMap<>();

	private final Map<Long, Long> quoteOfInvoice = new ConcurrentHashMap<>();

	private final Map<Long, Long> startedAt = new ConcurrentHashMap<>();

	private final ExecutorService actions = Executors.newFixedThreadPool(4, Thread.ofPlatform().name("bench-flow-", 0).factory());

	private final AtomicInteger failed = new AtomicInteger();

	private final AtomicLong windowStart = new AtomicLong(Long.MAX_VALUE);

	private final AtomicLong windowEnd = new AtomicLong(Long.MAX_VALUE);

	private final AtomicInteger inWindow = new AtomicInteger();

	private final Samples latencies = new Samples();

	private volatile boolean starting = true;

	FlowDriver(String quoteProcess, String invoiceProcess, Steps steps) {
		this.quoteProcess = quoteProcess;
		this.invoiceProcess = invoiceProcess;
		this.steps = steps;
	}

	Outcome run(RecordFollower follower, int inFlight, Duration warmUp, Duration measured) throws InterruptedException {
		Consumer<Record<?>> listener = this::on;
		follower.listen(listener);
		try {
			for (int i = 0; i < inFlight; i++) {
				startOne();
			}
			Thread.sleep(warmUp);
			long start = System.nanoTime();
			windowStart.set(start);
			Thread.sleep(measured);
			windowEnd.set(System.nanoTime());
			starting = false;
			long drainUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (!startedAt.isEmpty() && System.nanoTime() < drainUntil) {
				Thread.sleep(50);
			}
			double seconds = (windowEnd.get() - start) / 1e9;
			return new Outcome(inWindow.get(), inWindow.get() / seconds, latencies.percentileMillis(50),
					latencies.percentileMillis(99), failed.get() + startedAt.size());
		}
		finally {
			follower.remove(listener);
			actions.shutdown();
			actions.awaitTermination(30, TimeUnit.SECONDS);
		}
	}

	private void startOne() {
		if (!starting) {
			return;
		}
		actions.execute(() -> {
			long started = System.nanoTime();
			try {
				startedAt.put(steps.start(), started);
			}
			catch (RuntimeException e) {
				failure(e);
			}
		});
	}

	private void on(Record<?> record) {
		if (record.getValue() instanceof VariableRecordValue variable && record.getIntent() == VariableIntent.CREATED) {
			if (variable.getBpmnProcessId().equals(quoteProcess) && variable.getName().equals("quoteId")) {
				quoteOfInstance.put(variable.getProcessInstanceKey(), Long.parseLong(variable.getValue()));
			}
			else if (variable.getBpmnProcessId().equals(quoteProcess) && variable.getName().equals("invoiceId")) {
				quoteOfInvoice.put(Long.parseLong(variable.getValue()), quoteOfInstance.get(variable.getProcessInstanceKey()));
			}
			else if (variable.getBpmnProcessId().equals(invoiceProcess) && variable.getName().equals("invoiceId")) {
				invoiceOfInstance.put(variable.getProcessInstanceKey(), Long.parseLong(variable.getValue()));
			}
		}
		else if (record.getValue() instanceof ProcessInstanceRecordValue element
				&& record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED) {
			if (element.getBpmnProcessId().equals(quoteProcess) && element.getElementId().equals("send-quote")) {
				Long quoteId = quoteOfInstance.get(element.getProcessInstanceKey());
				act(() -> steps.approve(quoteId));
			}
			else if (element.getBpmnProcessId().equals(invoiceProcess) && element.getElementId().equals("send-invoice")) {
				Long invoiceId = invoiceOfInstance.get(element.getProcessInstanceKey());
				act(() -> steps.pay(invoiceId));
			}
			else if (element.getBpmnProcessId().equals(invoiceProcess) && element.getElementId().equals("paid")) {
				finished(invoiceOfInstance.remove(element.getProcessInstanceKey()));
			}
		}
	}

	private void finished(Long invoiceId) {
		long now = System.nanoTime();
		Long quoteId = invoiceId == null ? null : quoteOfInvoice.remove(invoiceId);
		Long started = quoteId == null ? null : startedAt.remove(quoteId);
		if (started == null) {
			return;
		}
		if (now >= windowStart.get() && now <= windowEnd.get()) {
			inWindow.incrementAndGet();
			latencies.add(now - started);
		}
		startOne();
	}

	private void act(Runnable step) {
		actions.execute(() -> {
			try {
				step.run();
			}
			catch (RuntimeException e) {
				failure(e);
			}
		});
	}

	private void failure(RuntimeException e) {
		if (failed.incrementAndGet() <= 3) {
			System.err.println("bench flow step failed: " + e);
		}
		startOne();
	}

}
