package io.chancery.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The most heap in use right after a collection while it listens: what was live, not garbage waiting for the
 * next collection, so it does not grow with the young generation's size.
 */
final class HeapAfterGc implements AutoCloseable {

	private final AtomicLong peak = new AtomicLong();

	private final AtomicLong collections = new AtomicLong();

	private final List<NotificationEmitter> emitters = new ArrayList<>();

	private final NotificationListener listener = (notification, handback) -> {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
			long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
			peak.accumulateAndGet(used, Math::max);
			collections.incrementAndGet();
		}
	};

	HeapAfterGc() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener(listener, null, null);
				emitters.add(emitter);
			}
		}
	}

	long peakBytes() {
		return peak.get();
	}

	long collections() {
		return collections.get();
	}

	@Override
	public void close() throws Exception {
		for (NotificationEmitter emitter : emitters) {
			emitter.removeNotificationListener(listener);
		}
	}

}
