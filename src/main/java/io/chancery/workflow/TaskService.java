package io.chancery.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidValuesException;
import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.Role;
import io.chancery.workflow.internal.FormRegistry;
import io.chancery.workflow.internal.FormValues;
import io.chancery.workflow.internal.UserTask;
import io.chancery.workflow.internal.UserTaskEngine;
import io.chancery.workflow.internal.UserTaskRepository;

/**
 * The task list. A person may work a task assigned to them, or an unassigned one whose candidate
 * groups include one of their roles (a task without candidate groups is open to the whole company).
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

	private static final Logger log = LoggerFactory.getLogger(TaskService.class);

	private static final TypeReference<Map<String, Object>> VARIABLES = new TypeReference<>() {
	};

	private final UserTaskRepository tasks;

	private final UserTaskEngine engine;

	private final ObjectMapper json;

	private final FormRegistry forms;

	private final Clock clock;

	TaskService(UserTaskRepository tasks, UserTaskEngine engine, ObjectMapper json, FormRegistry forms, Clock clock) {
		this.tasks = tasks;
		this.engine = engine;
		this.json = json;
		this.forms = forms;
		this.clock = clock;
	}

	/** Open tasks the user may see: assigned to them, or unassigned and offered to one of their roles. */
	public List<TaskView> openTasks(ChanceryUser user) {
		return openTasks(user, TaskFilter.all());
	}

	/** Open tasks in the filter's scope, soonest due first (tasks without a due date last). */
	public List<TaskView> openTasks(ChanceryUser user, TaskFilter filter) {
		Instant now = clock.instant();
		return tasks.findByCompanyIdAndStateOrderByCreatedAtDesc(user.companyId(), TaskState.OPEN).stream()
			.filter(task -> switch (filter.scope()) {
				case MINE -> user.email().equals(task.getAssignee());
				case GROUP -> task.getAssignee() == null && offeredTo(task, user);
				case ALL -> user.email().equals(task.getAssignee()) || (task.getAssignee() == null && offeredTo(task, user));
			})
			.filter(task -> filter.processId() == null || filter.processId().equals(task.getBpmnProcessId()))
			.filter(task -> filter.due() == null || dueMatches(task, filter.due(), now))
			.map(this::view)
			.filter(task -> filter.customerId() == null || filter.customerId().equals(customerIdOf(task)))
			.sorted(Comparator.comparing(TaskView::dueAt, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/** How many tasks are mine and how many wait for my roles, for the navigation. */
	public TaskCounts counts(ChanceryUser user) {
		List<UserTask> open = tasks.findByCompanyIdAndStateOrderByCreatedAtDesc(user.companyId(), TaskState.OPEN);
		long mine = open.stream().filter(task -> user.email().equals(task.getAssignee())).count();
		long group = open.stream().filter(task -> task.getAssignee() == null && offeredTo(task, user)).count();
		return new TaskCounts(mine, group);
	}

	/** The form a task is completed with (Camunda form JSON), if it has one. */
	public Optional<JsonNode> form(TaskView task) {
		return forms.form(task.formId());
	}

	public TaskView get(ChanceryUser user, long taskId) {
		return view(find(user, taskId));
	}

	@Transactional
	public TaskView claim(ChanceryUser user, long taskId) {
		UserTask task = lock(user, taskId);
		requireOpen(task);
		if (task.getAssignee() != null && !task.getAssignee().equals(user.email())) {
			throw new ConflictException("Task " + taskId + " is already claimed by " + task.getAssignee());
		}
		if (!offeredTo(task, user)) {
			throw new AccessDeniedException("Task " + taskId + " is for " + task.candidateGroupList());
		}
		engine.claim(task, user.email());
		task.claim(user.email(), clock.instant());
		return view(task);
	}

	@Transactional
	public TaskView unclaim(ChanceryUser user, long taskId) {
		UserTask task = lock(user, taskId);
		requireOpen(task);
		if (task.getAssignee() == null) {
			return view(task);
		}
		if (!task.getAssignee().equals(user.email()) && !user.hasRole(Role.MANAGER)) {
			throw new AccessDeniedException("Only the assignee or a manager can release task " + taskId);
		}
		engine.unclaim(task);
		task.unclaim();
		return view(task);
	}

	@Transactional
	public TaskView complete(ChanceryUser user, long taskId, Map<String, Object> variables) {
		UserTask task = lock(user, taskId);
		requireOpen(task);
		boolean mayComplete = task.getAssignee() == null ? offeredTo(task, user) : task.getAssignee().equals(user.email());
		if (!mayComplete) {
			throw new AccessDeniedException("Task " + taskId + " is not yours to complete");
		}
		checkAgainstForm(task, variables);
		if (!engine.complete(task, variables)) {
			log.warn("Task {} was already completed in the engine; recording the completion", taskId);
		}
		Map<String, Object> all = new HashMap<>(parse(task.getVariables()));
		all.putAll(variables);
		task.complete(user.email(), clock.instant(), write(all));
		return view(task);
	}

	private void checkAgainstForm(UserTask task, Map<String, Object> variables) {
		if (task.getFormId() == null) {
			if (!variables.isEmpty()) {
				throw new InvalidValuesException("This task has no form, so it takes no values",
						variables.keySet().stream().collect(Collectors.toMap(key -> key, key -> "is not a field of this task")));
			}
			return;
		}
		JsonNode form = forms.form(task.getFormId())
			.orElseThrow(() -> new ConflictException("The form '" + task.getFormId() + "' of this task is not known to Chancery"));
		FormValues.check(form, variables);
	}

	private static boolean dueMatches(UserTask task, TaskFilter.Due due, Instant now) {
		if (task.getDueAt() == null) {
			return false;
		}
		return due == TaskFilter.Due.OVERDUE ? task.getDueAt().isBefore(now)
				: !task.getDueAt().isBefore(now) && task.getDueAt().isBefore(now.plus(Duration.ofDays(1)));
	}

	private static Long customerIdOf(TaskView task) {
		return task.variables().get("customerId") instanceof Number id ? id.longValue() : null;
	}

	private UserTask find(ChanceryUser user, long taskId) {
		return tasks.findByIdAndCompanyId(taskId, user.companyId()).orElseThrow(() -> new NotFoundException("Task", taskId));
	}

	private UserTask lock(ChanceryUser user, long taskId) {
		return tasks.lockByIdAndCompanyId(taskId, user.companyId()).orElseThrow(() -> new NotFoundException("Task", taskId));
	}

	private static void requireOpen(UserTask task) {
		if (task.getState() != TaskState.OPEN) {
			throw new ConflictException("Task " + task.getId() + " is " + task.getState().name().toLowerCase()
					+ (task.getCompletedBy() != null ? " by " + task.getCompletedBy() : "")
					+ (task.getClosedReason() != null ? ": " + task.getClosedReason() : ""));
		}
	}

	private static boolean offeredTo(UserTask task, ChanceryUser user) {
		List<String> groups = task.candidateGroupList();
		return groups.isEmpty() || user.roles().stream().anyMatch(role -> groups.contains(role.name()));
	}

	private TaskView view(UserTask task) {
		return new TaskView(task.getId(), task.getName(), task.getBpmnProcessId(), task.getElementId(),
				task.getProcessInstanceKey(), task.candidateGroupList(), task.getAssignee(), task.getDueAt(),
				task.getFollowUpAt(), task.getFormId(), parse(task.getVariables()), task.getState(),
				task.getCreatedAt(), task.getClaimedAt(), task.getCompletedAt(), task.getCompletedBy(),
				task.getClosedReason());
	}

	private String write(Map<String, Object> variables) {
		try {
			return json.writeValueAsString(variables);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException("The values cannot be stored", e);
		}
	}

	private Map<String, Object> parse(String variables) {
		try {
			return json.readValue(variables, VARIABLES);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Stored task variables are not JSON", e);
		}
	}

}
