package io.chancery.workflow;

import java.time.Duration;

/** The engine's notion of time. Only the embedded engine can be moved (dev clock, process tests). */
public interface EngineClock {

	void advance(Duration duration);

}
