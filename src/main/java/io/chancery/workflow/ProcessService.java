package io.chancery.workflow;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.camunda.client.CamundaClient;

/** Starts process instances for a company; the company travels with the instance as a variable. */
@Service
public class ProcessService {

	private final CamundaClient client;

	ProcessService(CamundaClient client) {
		this.client = client;
	}

	/** Starts the latest deployed version and returns the process instance key. */
	public long start(String bpmnProcessId, long companyId, Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(variables);
		all.put(ProcessVariables.COMPANY_ID, companyId);
		return client.newCreateInstanceCommand()
			.bpmnProcessId(bpmnProcessId)
			.latestVersion()
			.variables(all)
			.send()
			.join()
			.getProcessInstanceKey();
	}

}
