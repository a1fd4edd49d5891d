package io.chancery.devtools.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import io.chancery.workflow.EngineClock;

/**
 * The application clock in embedded demo mode: real time plus an offset that only grows. Moving
 * it moves the engine clock by the same amount, so timers and "days left" agree.
 */
class DevClock extends Clock {

	private final Clock base;

	private final EngineClock engine;

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	DevClock(Clock base, EngineClock engine) {
		this.base = base;
		this.engine = engine;
	}

	synchronized void advance(Duration duration) {
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("The clock only moves forward: give a positive duration such as P1D or PT12H");
		}
		engine.advance(duration);
		offset.accumulateAndGet(duration, Duration::plus);
	}

	Duration offset() {
		return offset.get();
	}

	@Override
	public Instant instant() {
		return base.instant().plus(offset.get());
	}

	@Override
	public ZoneId getZone() {
		return base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		DevClock zoned = new DevClock(base.withZone(zone), engine);
		zoned.offset.set(offset.get());
		return zoned;
	}

}
