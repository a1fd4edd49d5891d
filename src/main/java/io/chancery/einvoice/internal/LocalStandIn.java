package io.chancery.einvoice.internal;

import java.time.Clock;
import java.util.Set;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.chancery.shared.RunMode;

/**
 * The demo backend of companies whose environment is LOCAL_STAND_IN: a {@link MyInvoisStandIn} on a
 * random loopback port, started on first use in embedded mode only, on the application clock (so the
 * dev clock moves its 72-hour and duplicate windows too). It forgets everything on restart, like the
 * embedded engine. NOT LHDN.
 */
@Component
public class LocalStandIn implements DisposableBean {

	/** The general public, foreign buyer, foreign supplier and government TINs the real service knows. */
	static final Set<String> GENERAL_TINS = Set.of("EI00000000010", "EI00000000020", "EI00000000030", "EI00000000040");

	private final Clock clock;

	private final boolean available;

	private MyInvoisStandIn standIn;

	LocalStandIn(Clock clock, Environment environment) {
		this.clock = clock;
		this.available = RunMode.embedded(environment);
	}

	public boolean available() {
		return available;
	}

	/** The running stand-in, started now if need be. */
	public synchronized MyInvoisStandIn get() {
		if (!available) {
			throw new IllegalStateException("the local MyInvois stand-in runs only in embedded mode");
		}
		if (standIn == null) {
			standIn = MyInvoisStandIn.start(clock, MyInvoisStandIn.Limits.documented());
			GENERAL_TINS.forEach(standIn::registerTin);
		}
		return standIn;
	}

	@Override
	public synchronized void destroy() {
		if (standIn != null) {
			standIn.close();
		}
	}

}
