package io.chancery.workflow.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.chancery.workflow.ProcessVariables;

/**
 * Embedded mode: every user task arrives as a job of this type. The job is held (a year-long
 * activation timeout) until a person completes the task, and recorded in the task table once.
 * Public because the Camunda starter invokes worker methods reflectively.
 */
@Component
@ConditionalOnProperty(name = "chancery.engine.mode", havingValue = "embedded", matchIfMissing = true)
public class UserTaskJobWorker {

	static final String JOB_TYPE = "io.camunda.zeebe:userTask";

	/** Long enough that an open task is never handed out again while the engine runs. */
	static final long ACTIVATION_TIMEOUT_MS = 365L * 24 * 60 * 60 * 1000;

	private static final Logger log = LoggerFactory.getLogger(UserTaskJobWorker.class);

	private static final String HEADER_PREFIX = "io.camunda.zeebe:";

	private final UserTaskRecorder recorder;

	private final EngineRun run;

	private final ObjectMapper json;

	private final CamundaClient client;

	UserTaskJobWorker(UserTaskRecorder recorder, EngineRun run, ObjectMapper json, CamundaClient client) {
		this.recorder = recorder;
		this.run = run;
		this.json = json;
		this.client = client;
	}

	@JobWorker(type = JOB_TYPE, autoComplete = false, timeout = ACTIVATION_TIMEOUT_MS, fetchAllVariables = true)
	public void onUserTask(ActivatedJob job) throws JsonProcessingException {
		Map<String, Object> variables = job.getVariablesAsMap();
		if (!(variables.get(ProcessVariables.COMPANY_ID) instanceof Number companyId)) {
			// Without a company the task could be shown to nobody: make it an incident an analyst sees.
			client.newFailCommand(job).retries(0)
				.errorMessage("Process variable '" + ProcessVariables.COMPANY_ID + "' is missing; start processes through ProcessService")
				.send()
				.join();
			return;
		}
		Map<String, String> headers = job.getCustomHeaders();
		recorder.record(new NewUserTask(companyId.longValue(), run.id(), job.getKey(), job.getProcessInstanceKey(),
				job.getBpmnProcessId(), job.getElementId(),
				headers.getOrDefault(UserTaskRewriter.NAME_HEADER, job.getElementId()),
				list(headers.get(HEADER_PREFIX + "candidateGroups")), headers.get(HEADER_PREFIX + "assignee"),
				instant(headers.get(HEADER_PREFIX + "dueDate")), instant(headers.get(HEADER_PREFIX + "followUpDate")),
				headers.get(UserTaskRewriter.FORM_ID_HEADER), json.writeValueAsString(variables)));
		log.debug("User task job {} of process instance {} recorded", job.getKey(), job.getProcessInstanceKey());
	}

	private List<String> list(String jsonArray) throws JsonProcessingException {
		return jsonArray == null || jsonArray.isBlank() ? List.of() : json.readValue(jsonArray, new TypeReference<>() {
		});
	}

	private static Instant instant(String isoDateTime) {
		return isoDateTime == null || isoDateTime.isBlank() ? null : OffsetDateTime.parse(isoDateTime).toInstant();
	}

}
