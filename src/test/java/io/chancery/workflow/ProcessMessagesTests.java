package io.chancery.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.chancery.support.EngineRecords;
import io.chancery.workflow.internal.EmbeddedZeebeEngine;

/** A message published again with the same id (an event delivered twice) is delivered once, without an error. */
class ProcessMessagesTests {

	@Test
	void aRepeatedMessageIdCountsAsDeliveredAndStartsNothingMore() {
		EmbeddedZeebeEngine engine = EmbeddedZeebeEngine.start(0);
		try (CamundaClient client = CamundaClient.newClientBuilder().grpcAddress(URI.create("http://" + engine.address()))
			.preferRestOverGrpc(false).build()) {
			client.newDeployResourceCommand()
				.addProcessModel(Bpmn.createExecutableProcess("started-by-message").startEvent().message("go")
					.serviceTask("work", task -> task.zeebeJobType("messages-test-work")).endEvent().done(), "m.bpmn")
				.send().join();
			ProcessMessages messages = new ProcessMessages(client);
			messages.publishOnce("go", "order-1", "go-order-1", Duration.ofMinutes(5), Map.of("n", 1));
			messages.publishOnce("go", "order-1", "go-order-1", Duration.ofMinutes(5), Map.of("n", 1));
			engine.waitForIdleState(Duration.ofSeconds(10));
			assertThat(EngineRecords.soFar(engine).stream()
				.filter(record -> record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED
						&& record.getValue() instanceof ProcessInstanceRecordValue element
						&& element.getBpmnElementType() == BpmnElementType.PROCESS)
				.count()).isEqualTo(1);
		}
		finally {
			engine.stop();
		}
	}

}
