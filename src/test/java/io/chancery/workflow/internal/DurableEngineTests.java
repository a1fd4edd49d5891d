package io.chancery.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;

/** The embedded engine over a log file: a new engine on the same file continues where the last one was. */
class DurableEngineTests {

	private static final String PROCESS = "durable-check";

	private static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess(PROCESS)
		.startEvent()
		.serviceTask("first", task -> task.zeebeJobType("durable-first"))
		.intermediateCatchEvent("go", event -> event.message(m -> m.name("durable-go").zeebeCorrelationKeyExpression("ref")))
		.intermediateCatchEvent("wait", event -> event.timerWithDuration("PT1H"))
		.serviceTask("after", task -> task.zeebeJobType("durable-after"))
		.endEvent()
		.done();

	@TempDir
	Path logDirectory;

	@Test
	void aNewEngineOnTheSameLogContinuesProcessesTimersAndJobsHeldBeforeTheRestart() throws IOException {
		long[] instances = new long[3];
		String[] run = new String[1];
		onEngine(engine -> {
			run[0] = engine.run().id();
			try (CamundaClient client = client(engine)) {
				client.newDeployResourceCommand().addProcessModel(MODEL, PROCESS + ".bpmn").send().join();
				for (int i = 0; i < 3; i++) {
					instances[i] = client.newCreateInstanceCommand().bpmnProcessId(PROCESS).latestVersion()
						.variables(Map.of("ref", "r" + i)).send().join().getProcessInstanceKey();
				}
				// a worker that dies holding the job of instance 0; instances 1 and 2 move on
				List<ActivatedJob> jobs = activate(client, "durable-first", 3);
				jobs.stream().filter(job -> job.getProcessInstanceKey() != instances[0])
					.forEach(job -> client.newCompleteCommand(job).send().join());
				publish(client, "r2");
				engine.waitForIdleState(Duration.ofSeconds(10));
			}
		});
		appendTornBlock();

		onEngine(engine -> {
			assertThat(engine.run().id()).as("the run lives as long as the log").isEqualTo(run[0]);
			try (CamundaClient client = client(engine)) {
				List<ActivatedJob> released = activate(client, "durable-first", 1);
				assertThat(released).as("the job the dead worker held is handed out again")
					.extracting(ActivatedJob::getProcessInstanceKey).containsExactly(instances[0]);
				client.newCompleteCommand(released.getFirst()).send().join();
				publish(client, "r0");
				publish(client, "r1");
				engine.waitForIdleState(Duration.ofSeconds(10));
				engine.advance(Duration.ofMinutes(61));
				assertThat(activate(client, "durable-after", 3)).as("all three passed the timer")
					.extracting(ActivatedJob::getProcessInstanceKey).containsExactlyInAnyOrder(instances[0], instances[1], instances[2]);
				long later = client.newCreateInstanceCommand().bpmnProcessId(PROCESS).latestVersion()
					.variables(Map.of("ref", "r3")).send().join().getProcessInstanceKey();
				assertThat(later).as("keys continue after the replayed ones").isGreaterThan(instances[2]);
				assertThat(activated(engine, instances[0])).as("the first life's records are read back").isTrue();
			}
		});
	}

	/**
	 * After a downtime a cycle timer is overdue by many cycles. The engine fires it once and counts the
	 * next cycle from the current time, so no catch-up storm needs guarding against (8 hours of a
	 * 15-minute cycle would be 32 scans). This holds the engine to it, for the cron and ISO forms.
	 */
	@Test
	void cycleTimersOverdueByManyCyclesAfterADowntimeFireOnce() {
		onEngine(engine -> {
			try (CamundaClient client = client(engine)) {
				client.newDeployResourceCommand()
					.addProcessModel(Bpmn.createExecutableProcess("cron-cycle").startEvent("cron-tick")
						.timerWithCycle("0 0/15 * * * ?").endEvent().done(), "cron-cycle.bpmn")
					.addProcessModel(Bpmn.createExecutableProcess("on-hold").startEvent().serviceTask("hold",
							task -> task.zeebeJobType("durable-never"))
						.boundaryEvent("hold-tick", tick -> tick.cancelActivity(false).timerWithCycle("R/PT15M").endEvent())
						.moveToActivity("hold").endEvent().done(), "on-hold.bpmn")
					.send().join();
				client.newCreateInstanceCommand().bpmnProcessId("on-hold").latestVersion().send().join();
				engine.waitForIdleState(Duration.ofSeconds(10));
			}
		});
		onEngine(engine -> {
			int before = engine.recordsSoFar().size();
			engine.advance(Duration.ofHours(8));
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> triggered(engine, before, "cron-tick") > 0
					&& triggered(engine, before, "hold-tick") > 0);
			engine.waitForIdleState(Duration.ofSeconds(10));
			assertThat(triggered(engine, before, "cron-tick")).isEqualTo(1);
			assertThat(triggered(engine, before, "hold-tick")).isEqualTo(1);
		});
	}

	private static long triggered(EmbeddedZeebeEngine engine, int from, String timerElement) {
		List<Record<?>> records = engine.recordsSoFar();
		long count = 0;
		for (int i = from; i < records.size(); i++) {
			if (records.get(i).getIntent() == TimerIntent.TRIGGERED
					&& records.get(i).getValue() instanceof TimerRecordValue timer
					&& timer.getTargetElementId().equals(timerElement)) {
				count++;
			}
		}
		return count;
	}

	/** A kill during a write leaves part of a block at the end of the file. */
	private void appendTornBlock() throws IOException {
		try (FileChannel file = FileChannel.open(logDirectory.resolve("engine.log"), StandardOpenOption.APPEND)) {
			file.write(ByteBuffer.wrap(new byte[] { 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 7 }));
		}
	}

	private static boolean activated(EmbeddedZeebeEngine engine, long instance) {
		List<Record<?>> records = engine.recordsSoFar();
		for (int i = 0; i < records.size(); i++) {
			if (records.get(i).getKey() == instance && records.get(i).getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED
					&& records.get(i).getValue() instanceof ProcessInstanceRecordValue) {
				return true;
			}
		}
		return false;
	}

	private void onEngine(Consumer<EmbeddedZeebeEngine> test) {
		EmbeddedZeebeEngine engine = EmbeddedZeebeEngine.startInBackground(0, logDirectory, true);
		try {
			engine.awaitStarted();
			test.accept(engine);
		}
		finally {
			engine.stop();
		}
	}

	private static CamundaClient client(EmbeddedZeebeEngine engine) {
		return CamundaClient.newClientBuilder().grpcAddress(URI.create("http://" + engine.address()))
			.preferRestOverGrpc(false).build();
	}

	private static List<ActivatedJob> activate(CamundaClient client, String type, int expected) {
		List<ActivatedJob> jobs = new java.util.ArrayList<>();
		long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (jobs.size() < expected && System.nanoTime() < until) {
			jobs.addAll(client.newActivateJobsCommand().jobType(type).maxJobsToActivate(expected - jobs.size())
				.timeout(Duration.ofDays(1)).requestTimeout(Duration.ofSeconds(2)).send().join().getJobs());
		}
		return jobs;
	}

	private static void publish(CamundaClient client, String ref) {
		client.newPublishMessageCommand().messageName("durable-go").correlationKey(ref).send().join();
	}

}
