package io.chancery.workflow.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.chancery.shared.ConflictException;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.CompanyService;
import io.chancery.workflow.TaskFilter;
import io.chancery.workflow.TaskService;
import io.chancery.workflow.TaskView;

/** "My tasks" and "Group tasks", and one task with its context and form. */
@Controller
class TaskPageController {

	private final TaskService tasks;

	private final ObjectMapper json;

	private final CompanyService companies;

	private final Clock clock;

	TaskPageController(TaskService tasks, ObjectMapper json, CompanyService companies, Clock clock) {
		this.tasks = tasks;
		this.json = json;
		this.companies = companies;
		this.clock = clock;
	}

	/** Due dates are shown in the company's time zone, against the application clock. */
	@ModelAttribute
	void time(@AuthenticationPrincipal ChanceryUser me, Model model) {
		model.addAttribute("now", clock.instant());
		model.addAttribute("zone", companies.get(me.companyId()).getTimeZone());
	}

	@GetMapping("/tasks")
	String list(@AuthenticationPrincipal ChanceryUser me, @RequestParam(defaultValue = "group") String scope,
			@RequestParam(required = false) String processId, @RequestParam(required = false) String due,
			@RequestParam(required = false) Long customerId, Model model) {
		TaskFilter filter = TaskFilters.of(scope, processId, due, customerId);
		List<TaskView> open = tasks.openTasks(me, filter);
		model.addAttribute("tasks", open);
		model.addAttribute("filter", filter);
		model.addAttribute("processes", tasks.openTasks(me).stream().map(TaskView::bpmnProcessId).distinct().sorted().toList());
		model.addAttribute("me", me);
		return "tasks/list";
	}

	@GetMapping("/tasks/{id}")
	String show(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model)
			throws JsonProcessingException {
		TaskView task = tasks.get(me, id);
		model.addAttribute("task", task);
		model.addAttribute("me", me);
		model.addAttribute("formSchema", tasks.form(task).map(Object::toString).map(TaskPageController::scriptSafe).orElse(null));
		model.addAttribute("formData", scriptSafe(json.writeValueAsString(task.variables())));
		return "tasks/detail";
	}

	/** Tasks without a form are completed with a button; tasks with one submit it through the API. */
	@PostMapping("/tasks/{id}/complete")
	String complete(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, RedirectAttributes redirect) {
		return backTo("/tasks?scope=mine", redirect, "You completed", () -> tasks.complete(me, id, Map.of()));
	}

	@PostMapping("/tasks/{id}/claim")
	String claim(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestParam(defaultValue = "/tasks") String back, RedirectAttributes redirect) {
		return backTo(back, redirect, "You claimed", () -> tasks.claim(me, id));
	}

	@PostMapping("/tasks/{id}/unclaim")
	String unclaim(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestParam(defaultValue = "/tasks") String back, RedirectAttributes redirect) {
		return backTo(back, redirect, "You released", () -> tasks.unclaim(me, id));
	}

	/**
	 * JSON placed inside a script element: "<" is written as its escape, so values people typed (such as
	 * "</script>") cannot end the element.
	 */
	private static String scriptSafe(String json) {
		return json.replace("<", "\\u003c");
	}

	/** A conflict (someone else was quicker) is a message on the page, not an error page. */
	private static String backTo(String back, RedirectAttributes redirect, String done, Supplier<TaskView> action) {
		try {
			redirect.addFlashAttribute("successMessage", done + " “" + action.get().name() + "”.");
		}
		catch (ConflictException conflict) {
			redirect.addFlashAttribute("errorMessage", conflict.getMessage());
		}
		// Only paths of this app, so the parameter cannot send people elsewhere.
		return "redirect:" + (back.startsWith("/") && !back.startsWith("//") ? back : "/tasks");
	}

}
