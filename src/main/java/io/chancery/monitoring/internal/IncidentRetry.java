package io.chancery.monitoring.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.chancery.shared.ConflictException;
import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.ChanceryUser;
import io.grpc.Status;

/**
 * Retry, after someone fixed the cause: the failed job gets retries again and the incident is
 * resolved, so the engine runs the element once more. Works the same in both engine modes.
 */
@Service
class IncidentRetry {

	/** As Operate does: one more attempt; if it fails again, the engine raises a new incident. */
	static final int RETRIES = 1;

	private final ProcessMonitor monitor;

	private final CamundaClient client;

	IncidentRetry(ProcessMonitor monitor, CamundaClient client) {
		this.monitor = monitor;
		this.client = client;
	}

	@PreAuthorize("hasAnyRole('ANALYST','MANAGER')")
	IncidentView retry(ChanceryUser user, long incidentKey) {
		IncidentView incident = monitor.incident(Viewer.of(user), incidentKey)
			.orElseThrow(() -> new NotFoundException("Incident", incidentKey));
		if (incident.state() != IncidentState.ACTIVE) {
			throw new ConflictException("Incident " + incidentKey + " is already resolved");
		}
		try {
			if (incident.jobKey() != null) {
				client.newUpdateRetriesCommand(incident.jobKey()).retries(RETRIES).send().join();
			}
			client.newResolveIncidentCommand(incidentKey).send().join();
		}
		catch (ClientStatusException e) {
			if (e.getStatusCode() == Status.Code.NOT_FOUND) {
				throw new ConflictException("Incident " + incidentKey + " is no longer open in the engine");
			}
			throw e;
		}
		return incident;
	}

}
