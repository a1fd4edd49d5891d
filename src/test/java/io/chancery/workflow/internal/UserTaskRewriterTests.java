package io.chancery.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePriorityDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;

class UserTaskRewriterTests {

	@Test
	void camundaUserTaskBecomesAJobWorkerTaskThatKeepsAssignmentScheduleFormAndName() throws IOException {
		BpmnModelInstance original = read(resource("bpmn/test-user-task.bpmn"));
		assertThat(original.getModelElementsByType(ZeebeUserTask.class)).hasSize(1);

		BpmnModelInstance rewritten = read(UserTaskRewriter.toJobWorkerUserTasks(resource("bpmn/test-user-task.bpmn")));

		UserTask review = rewritten.getModelElementById("review");
		assertThat(rewritten.getModelElementsByType(ZeebeUserTask.class)).isEmpty();
		assertThat(rewritten.getModelElementsByType(ZeebeFormDefinition.class)).isEmpty();
		assertThat(rewritten.getModelElementsByType(ZeebePriorityDefinition.class)).isEmpty();
		assertThat(rewritten.getModelElementsByType(ZeebeAssignmentDefinition.class)).singleElement()
			.extracting(ZeebeAssignmentDefinition::getCandidateGroups).isEqualTo("STAFF");
		assertThat(rewritten.getModelElementsByType(ZeebeTaskSchedule.class)).singleElement()
			.extracting(ZeebeTaskSchedule::getDueDate).isEqualTo("2030-01-15T12:00:00Z");
		Map<String, String> headers = review.getExtensionElements().getElementsQuery()
			.filterByType(io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders.class).singleResult()
			.getHeaders().stream().collect(Collectors.toMap(ZeebeHeader::getKey, ZeebeHeader::getValue));
		assertThat(headers).containsEntry(UserTaskRewriter.FORM_ID_HEADER, "test-approval")
			.containsEntry(UserTaskRewriter.NAME_HEADER, "Review test request");
		Bpmn.validateModel(rewritten);
	}

	private static BpmnModelInstance read(byte[] xml) {
		return Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
	}

	private static byte[] resource(String path) throws IOException {
		try (InputStream in = UserTaskRewriterTests.class.getClassLoader().getResourceAsStream(path)) {
			return in.readAllBytes();
		}
	}

}
