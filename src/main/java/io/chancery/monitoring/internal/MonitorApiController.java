package io.chancery.monitoring.internal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.ChanceryUser;

@RestController
@RequestMapping("/api/v1")
@PreAuthorize(MonitorPageController.MONITOR_ROLES)
class MonitorApiController {

	private final ProcessMonitor monitor;

	private final IncidentRetry retry;

	MonitorApiController(ProcessMonitor monitor, IncidentRetry retry) {
		this.monitor = monitor;
		this.retry = retry;
	}

	/** Newest first; {@code incident=true} keeps instances with an open incident only. */
	@GetMapping("/process-instances")
	CursorPage<InstanceSummary> instances(@AuthenticationPrincipal ChanceryUser me,
			@RequestParam(required = false) String processId, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) InstanceState state, @RequestParam(defaultValue = "false") boolean incident,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
		return monitor.instances(Viewer.of(me),
				new InstanceQuery(processId, version, state, incident, after, MonitorPageController.pageSize(size)));
	}

	@GetMapping("/process-instances/{key}")
	InstanceDetails instance(@AuthenticationPrincipal ChanceryUser me, @PathVariable long key) {
		return monitor.instance(Viewer.of(me), key).orElseThrow(() -> new NotFoundException("Process instance", key));
	}

	/** Open incidents, newest first. */
	@GetMapping("/incidents")
	CursorPage<IncidentView> incidents(@AuthenticationPrincipal ChanceryUser me,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size) {
		return monitor.incidents(Viewer.of(me), after, MonitorPageController.pageSize(size));
	}

	/** 204 once the engine accepted the retry; the instance goes on shortly after. */
	@PostMapping("/incidents/{key}/retry")
	ResponseEntity<Void> retry(@AuthenticationPrincipal ChanceryUser me, @PathVariable long key) {
		retry.retry(me, key);
		return ResponseEntity.noContent().build();
	}

}
