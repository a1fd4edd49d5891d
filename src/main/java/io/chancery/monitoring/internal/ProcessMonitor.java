package io.chancery.monitoring.internal;

import java.util.List;
import java.util.Optional;

/**
 * What the monitor shows, for one viewer. Two adapters: the embedded read model and the cluster's
 * search API. Instances and incidents the viewer may not see are absent, never an error.
 */
interface ProcessMonitor {

	List<DefinitionSummary> definitions(Viewer viewer);

	CursorPage<InstanceSummary> instances(Viewer viewer, InstanceQuery query);

	Optional<InstanceDetails> instance(Viewer viewer, long processInstanceKey);

	/** Open incidents, newest first. */
	CursorPage<IncidentView> incidents(Viewer viewer, String after, int size);

	Optional<IncidentView> incident(Viewer viewer, long incidentKey);

}
