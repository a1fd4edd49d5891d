package io.chancery.workflow.internal;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.tenancy.ChanceryUser;
import io.chancery.workflow.TaskService;
import io.chancery.workflow.TaskView;

@RestController
@RequestMapping("/api/v1/tasks")
class TaskApiController {

	private final TaskService tasks;

	TaskApiController(TaskService tasks) {
		this.tasks = tasks;
	}

	/** {@code scope}: mine, group or (default) both; {@code due}: overdue or soon. Soonest due first. */
	@GetMapping
	List<TaskView> list(@AuthenticationPrincipal ChanceryUser me, @RequestParam(defaultValue = "all") String scope,
			@RequestParam(required = false) String processId, @RequestParam(required = false) String due,
			@RequestParam(required = false) Long customerId) {
		return tasks.openTasks(me, TaskFilters.of(scope, processId, due, customerId));
	}

	@GetMapping("/{id}")
	TaskView get(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return tasks.get(me, id);
	}

	@PostMapping("/{id}/claim")
	TaskView claim(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return tasks.claim(me, id);
	}

	@PostMapping("/{id}/unclaim")
	TaskView unclaim(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return tasks.unclaim(me, id);
	}

	/**
	 * Body {@code {"variables": {...}}}: the form's values, checked against the task's form before the
	 * task is completed (400 naming the fields otherwise; the task stays open).
	 */
	@PostMapping("/{id}/complete")
	TaskView complete(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestBody(required = false) Completion completion) {
		return tasks.complete(me, id, completion == null || completion.variables() == null ? Map.of() : completion.variables());
	}

	record Completion(Map<String, Object> variables) {
	}

}
