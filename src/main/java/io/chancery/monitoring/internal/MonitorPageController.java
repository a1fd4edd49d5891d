package io.chancery.monitoring.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.chancery.shared.ConflictException;
import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.ChanceryUser;

/** The process monitor pages: definitions with counts, instance lists, an instance, open incidents. */
@Controller
@RequestMapping("/monitor")
@PreAuthorize(MonitorPageController.MONITOR_ROLES)
class MonitorPageController {

	static final String MONITOR_ROLES = "hasAnyRole('ANALYST','MANAGER','ADMIN')";

	private static final int PAGE_SIZE = 25;

	private static final int MAX_PAGE_SIZE = 200;

	private final ProcessMonitor monitor;

	private final IncidentRetry retry;

	MonitorPageController(ProcessMonitor monitor, IncidentRetry retry) {
		this.monitor = monitor;
		this.retry = retry;
	}

	static int pageSize(int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
		}
		return size;
	}

	@GetMapping
	String definitions(@AuthenticationPrincipal ChanceryUser me, Model model) {
		model.addAttribute("definitions", monitor.definitions(Viewer.of(me)));
		return "monitor/definitions";
	}

	@GetMapping("/instances")
	String instances(@AuthenticationPrincipal ChanceryUser me, @RequestParam(required = false) String processId,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) InstanceState state,
			@RequestParam(defaultValue = "false") boolean incident, @RequestParam(required = false) String after,
			Model model) {
		String process = processId == null || processId.isBlank() ? null : processId.strip();
		InstanceQuery query = new InstanceQuery(process, version, state, incident, after, PAGE_SIZE);
		model.addAttribute("query", query);
		model.addAttribute("instances", monitor.instances(Viewer.of(me), query));
		model.addAttribute("states", InstanceState.values());
		return "monitor/instances";
	}

	@GetMapping("/instances/{key}")
	String instance(@AuthenticationPrincipal ChanceryUser me, @PathVariable long key, Model model) {
		model.addAttribute("details",
				monitor.instance(Viewer.of(me), key).orElseThrow(() -> new NotFoundException("Process instance", key)));
		return "monitor/instance";
	}

	@GetMapping("/incidents")
	String incidents(@AuthenticationPrincipal ChanceryUser me, @RequestParam(required = false) String after,
			Model model) {
		model.addAttribute("incidents", monitor.incidents(Viewer.of(me), after, PAGE_SIZE));
		return "monitor/incidents";
	}

	@PostMapping("/incidents/{key}/retry")
	String retry(@AuthenticationPrincipal ChanceryUser me, @PathVariable long key, RedirectAttributes redirect) {
		try {
			IncidentView incident = retry.retry(me, key);
			redirect.addFlashAttribute("successMessage",
					"Retry sent: the engine runs “" + incident.elementId() + "” again. This page shows the result in a moment.");
			return "redirect:/monitor/instances/" + incident.processInstanceKey();
		}
		catch (ConflictException conflict) {
			redirect.addFlashAttribute("errorMessage", conflict.getMessage());
			return "redirect:/monitor/incidents";
		}
	}

}
