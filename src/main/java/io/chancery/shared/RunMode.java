package io.chancery.shared;

import org.springframework.core.env.Environment;

/** Reads the run mode settings the same way everywhere. */
public final class RunMode {

	private RunMode() {
	}

	/** {@code chancery.engine.mode}: embedded unless set to cluster. */
	public static boolean embedded(Environment environment) {
		return !"cluster".equalsIgnoreCase(environment.getProperty("chancery.engine.mode", "embedded"));
	}

	/** {@code chancery.demo-data}: defaults to true in embedded mode and false otherwise. */
	public static boolean demoData(Environment environment) {
		return environment.getProperty("chancery.demo-data", Boolean.class, embedded(environment));
	}

}
