package io.chancery.support;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.chancery.workflow.internal.EmbeddedZeebeEngine;

/** What the embedded engine did, read from its record stream. */
public final class EngineRecords {

	private EngineRecords() {
	}

	/** Whether the process instance completed the element (an end event, a task). */
	public static boolean reached(EmbeddedZeebeEngine engine, long processInstanceKey, String elementId) {
		for (Record<?> record : engine.records().getRecords()) {
			if (record.getValue() instanceof ProcessInstanceRecordValue element
					&& element.getProcessInstanceKey() == processInstanceKey && element.getElementId().equals(elementId)
					&& record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED) {
				return true;
			}
		}
		return false;
	}

}
