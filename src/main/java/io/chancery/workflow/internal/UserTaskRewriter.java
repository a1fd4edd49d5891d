package io.chancery.workflow.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.ExtensionElements;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePriorityDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Turns Camunda user tasks ({@code zeebe:userTask}) into job-worker user tasks for the embedded
 * engine, which cannot complete Camunda user tasks (that command is REST-only). Assignment and
 * schedule stay as they are (the engine hands them to the job as headers); what job-worker tasks
 * do not support moves into headers the app reads: the linked form id and the task's name.
 */
final class UserTaskRewriter {

	static final String FORM_ID_HEADER = "chancery:formId";

	static final String NAME_HEADER = "chancery:name";

	private UserTaskRewriter() {
	}

	static byte[] toJobWorkerUserTasks(byte[] bpmnXml) {
		BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmnXml));
		for (UserTask task : model.getModelElementsByType(UserTask.class)) {
			if (task.getExtensionElements() == null) {
				task.setExtensionElements(model.newInstance(ExtensionElements.class));
			}
			ExtensionElements extensions = task.getExtensionElements();
			removeAll(extensions, ZeebeUserTask.class);
			removeAll(extensions, ZeebeTaskListeners.class);
			removeAll(extensions, ZeebePriorityDefinition.class);
			String formId = null;
			for (ZeebeFormDefinition form : list(extensions, ZeebeFormDefinition.class)) {
				if (form.getFormId() != null) {
					formId = form.getFormId();
					extensions.removeChildElement(form);
				}
			}
			ZeebeTaskHeaders headers = list(extensions, ZeebeTaskHeaders.class).stream()
				.findFirst()
				.orElseGet(() -> extensions.addExtensionElement(ZeebeTaskHeaders.class));
			if (formId != null) {
				addHeader(model, headers, FORM_ID_HEADER, formId);
			}
			addHeader(model, headers, NAME_HEADER, task.getName() != null ? task.getName() : task.getId());
		}
		return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
	}

	private static void addHeader(BpmnModelInstance model, ZeebeTaskHeaders headers, String key, String value) {
		ZeebeHeader header = model.newInstance(ZeebeHeader.class);
		header.setKey(key);
		header.setValue(value);
		headers.addChildElement(header);
	}

	private static <T extends ModelElementInstance> List<T> list(ExtensionElements extensions, Class<T> type) {
		return extensions.getElementsQuery().filterByType(type).list();
	}

	private static void removeAll(ExtensionElements extensions, Class<? extends ModelElementInstance> type) {
		list(extensions, type).forEach(extensions::removeChildElement);
	}

}
