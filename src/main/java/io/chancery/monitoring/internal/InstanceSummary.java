package io.chancery.monitoring.internal;

import java.time.Instant;
import java.util.List;

/**
 * A process instance in a list. {@code currentElements} names where an active instance waits;
 * {@code operateUrl} is set in cluster mode only.
 */
record InstanceSummary(long key, String processId, int version, String businessKey, InstanceState state,
		boolean incident, Instant startedAt, Instant endedAt, List<String> currentElements, String operateUrl) {
}
