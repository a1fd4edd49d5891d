package io.chancery.bench;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.camunda.zeebe.protocol.record.Record;
import io.chancery.workflow.internal.EmbeddedZeebeEngine;

/**
 * Hands each new engine record to the listeners as soon as the engine appended it, from one thread: the
 * flows benchmark learns that a step finished from the record stream, the same way for the app and for the
 * bare engine, without polling the database. The list only grows, so it is read by index.
 */
final class RecordFollower implements AutoCloseable {

	private final List<Consumer<Record<?>>> listeners = new CopyOnWriteArrayList<>();

	private final Thread thread;

	private volatile boolean running = true;

	@SuppressWarnings("unchecked")
	RecordFollower(EmbeddedZeebeEngine engine) {
		List<Record<?>> live = (List<Record<?>>) engine.records().getRecords();
		int start = live.size();
		thread = Thread.ofPlatform().name("bench-record-follower").daemon().start(() -> {
			int next = start;
			while (running) {
				int size = live.size();
				if (next == size) {
					sleep();
					continue;
				}
				for (; next < size; next++) {
					Record<?> record = live.get(next);
					listeners.forEach(listener -> listener.accept(record));
				}
			}
		});
	}

	void listen(Consumer<Record<?>> listener) {
		listeners.add(listener);
	}

	void remove(Consumer<Record<?>> listener) {
		listeners.remove(listener);
	}

	private static void sleep() {
		try {
			Thread.sleep(1);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() throws InterruptedException {
		running = false;
		thread.join();
	}

}
