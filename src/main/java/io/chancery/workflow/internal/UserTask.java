package io.chancery.workflow.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.chancery.workflow.TaskState;

/** A human task as the app knows it; the engine's key is an implementation detail of the adapter. */
@Entity
public class UserTask {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private String engineRun;

	private long engineKey;

	private long processInstanceKey;

	private String bpmnProcessId;

	private String elementId;

	private String name;

	/** Comma-separated role names. */
	private String candidateGroups;

	private String assignee;

	private Instant dueAt;

	private Instant followUpAt;

	private String formId;

	/** JSON object: the process variables the task was created with. */
	private String variables;

	@Enumerated(EnumType.STRING)
	private TaskState state;

	private Instant createdAt;

	private Instant claimedAt;

	private Instant completedAt;

	private String completedBy;

	private String closedReason;

	@Version
	private long version;

	protected UserTask() {
	}

	UserTask(NewUserTask task, Instant createdAt) {
		this.companyId = task.companyId();
		this.engineRun = task.engineRun();
		this.engineKey = task.engineKey();
		this.processInstanceKey = task.processInstanceKey();
		this.bpmnProcessId = task.bpmnProcessId();
		this.elementId = task.elementId();
		this.name = task.name();
		this.candidateGroups = task.candidateGroups().isEmpty() ? null : String.join(",", task.candidateGroups());
		this.assignee = task.assignee();
		this.dueAt = task.dueAt();
		this.followUpAt = task.followUpAt();
		this.formId = task.formId();
		this.variables = task.variablesJson();
		this.state = TaskState.OPEN;
		this.createdAt = createdAt;
	}

	public void claim(String assignee, Instant at) {
		this.assignee = assignee;
		this.claimedAt = at;
	}

	public void unclaim() {
		this.assignee = null;
		this.claimedAt = null;
	}

	/** {@code variablesJson}: the task's variables with the submitted values merged in, shown on the closed task. */
	public void complete(String by, Instant at, String variablesJson) {
		this.variables = variablesJson;
		this.state = TaskState.COMPLETED;
		this.completedBy = by;
		this.completedAt = at;
	}

	public void cancel(String reason, Instant at) {
		this.state = TaskState.CANCELLED;
		this.closedReason = reason;
		this.completedAt = at;
	}

	public List<String> candidateGroupList() {
		return candidateGroups == null ? List.of() : Arrays.asList(candidateGroups.split(","));
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public String getEngineRun() {
		return engineRun;
	}

	public long getEngineKey() {
		return engineKey;
	}

	public long getProcessInstanceKey() {
		return processInstanceKey;
	}

	public String getBpmnProcessId() {
		return bpmnProcessId;
	}

	public String getElementId() {
		return elementId;
	}

	public String getName() {
		return name;
	}

	public String getAssignee() {
		return assignee;
	}

	public Instant getDueAt() {
		return dueAt;
	}

	public Instant getFollowUpAt() {
		return followUpAt;
	}

	public String getFormId() {
		return formId;
	}

	public String getVariables() {
		return variables;
	}

	public TaskState getState() {
		return state;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getClaimedAt() {
		return claimedAt;
	}

	public Instant getCompletedAt() {
		return completedAt;
	}

	public String getCompletedBy() {
		return completedBy;
	}

	public String getClosedReason() {
		return closedReason;
	}

}
