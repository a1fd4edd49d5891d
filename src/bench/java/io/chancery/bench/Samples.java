package io.chancery.bench;

import java.util.Arrays;

/** Durations in nanoseconds, summarised as percentiles in milliseconds (nearest rank). */
final class Samples {

	private long[] nanos = new long[1024];

	private int count;

	synchronized void add(long durationNanos) {
		if (count == nanos.length) {
			nanos = Arrays.copyOf(nanos, count * 2);
		}
		nanos[count++] = durationNanos;
	}

	synchronized int count() {
		return count;
	}

	synchronized double percentileMillis(double percentile) {
		if (count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(nanos, count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100.0 * count);
		return sorted[Math.clamp(rank - 1, 0, count - 1)] / 1e6;
	}

}
