package io.chancery.monitoring.internal;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;

/** The names in a BPMN model, by element id: the engine's records carry ids only. */
record ElementNames(String processName, Map<String, String> byId) {

	static final ElementNames NONE = new ElementNames(null, Map.of());

	static ElementNames read(byte[] bpmnXml, String bpmnProcessId) {
		BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmnXml));
		Map<String, String> names = new HashMap<>();
		for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
			if (element.getName() != null) {
				names.put(element.getId(), element.getName());
			}
		}
		BaseElement process = model.getModelElementById(bpmnProcessId);
		String processName = process instanceof io.camunda.zeebe.model.bpmn.instance.Process p ? p.getName() : null;
		return new ElementNames(processName, names);
	}

	String of(String elementId) {
		return byId.get(elementId);
	}

}
