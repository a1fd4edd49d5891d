package io.chancery.support;

import java.util.ArrayList;
import java.util.List;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.chancery.workflow.internal.EmbeddedZeebeEngine;

/** What the embedded engine did, read from its record stream. */
public final class EngineRecords {

	private EngineRecords() {
	}

	/**
	 * The records so far. The engine appends to its list while we read, so an iterator would fail with a
	 * ConcurrentModificationException: the list only grows, so reading up to its current size by index is safe.
	 */
	@SuppressWarnings("unchecked")
	public static List<Record<?>> soFar(EmbeddedZeebeEngine engine) {
		List<Record<?>> live = (List<Record<?>>) engine.records().getRecords();
		int size = live.size();
		List<Record<?>> copy = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			copy.add(live.get(i));
		}
		return copy;
	}

	/** Whether the process instance completed the element (an end event, a task). */
	public static boolean reached(EmbeddedZeebeEngine engine, long processInstanceKey, String elementId) {
		for (Record<?> record : soFar(engine)) {
			if (record.getValue() instanceof ProcessInstanceRecordValue element
					&& element.getProcessInstanceKey() == processInstanceKey && element.getElementId().equals(elementId)
					&& record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED) {
				return true;
			}
		}
		return false;
	}

}
