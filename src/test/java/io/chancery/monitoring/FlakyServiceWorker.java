package io.chancery.monitoring;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;

/**
 * The worker of test-monitor.bpmn's service task: for instances started with {@code serviceDown}, it
 * fails (the task has one retry, so the failure becomes an incident) until a test fixes the service
 * for that instance. A component under src/test, so it joins the shared test context.
 */
@Component
public class FlakyServiceWorker {

	static final String JOB_TYPE = "chancery.test.flaky-service";

	static final String FAILURE = "The flaky service is down";

	private final Set<Long> fixed = ConcurrentHashMap.newKeySet();

	void fix(long processInstanceKey) {
		fixed.add(processInstanceKey);
	}

	@JobWorker(type = JOB_TYPE)
	public void call(ActivatedJob job) {
		if (Boolean.TRUE.equals(job.getVariablesAsMap().get("serviceDown")) && !fixed.contains(job.getProcessInstanceKey())) {
			throw new IllegalStateException(FAILURE);
		}
	}

}
