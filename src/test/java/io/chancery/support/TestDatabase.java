package io.chancery.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The PostgreSQL every persistence test runs on: CHANCERY_TEST_DB_URL (default the local server
 * at 127.0.0.1:5432/test), else a Testcontainers PostgreSQL when Docker is present. Each test run
 * gets a fresh schema, dropped when the JVM exits.
 */
public final class TestDatabase {

	private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private static Connection admin;

	private static String url;

	private static String username;

	private static String password;

	private static String schema;

	private TestDatabase() {
	}

	public static synchronized String url() {
		if (schema == null) {
			start();
		}
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	public static synchronized String username() {
		url();
		return username;
	}

	public static synchronized String password() {
		url();
		return password;
	}

	public static synchronized String schema() {
		url();
		return schema;
	}

	private static void start() {
		String configured = System.getenv("CHANCERY_TEST_DB_URL");
		url = configured != null ? configured : DEFAULT_URL;
		username = env("CHANCERY_TEST_DB_USER", "postgres");
		password = env("CHANCERY_TEST_DB_PASSWORD", "");
		try {
			admin = DriverManager.getConnection(url, username, password);
		}
		catch (SQLException unreachable) {
			if (configured != null || !DockerClientFactory.instance().isDockerAvailable()) {
				throw new IllegalStateException("Tests need PostgreSQL: none is reachable at " + url + " as user '"
						+ username + "' (" + unreachable.getMessage() + "), and Docker is not available for "
						+ "Testcontainers. Start PostgreSQL or set CHANCERY_TEST_DB_URL, CHANCERY_TEST_DB_USER and "
						+ "CHANCERY_TEST_DB_PASSWORD.", unreachable);
			}
			startContainer();
		}
		schema = "run_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
		execute("create schema " + schema);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop schema if exists " + schema + " cascade")));
	}

	@SuppressWarnings("resource") // lives as long as the test JVM
	private static void startContainer() {
		PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:16-alpine");
		container.start();
		url = container.getJdbcUrl();
		username = container.getUsername();
		password = container.getPassword();
		try {
			admin = DriverManager.getConnection(url, username, password);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Testcontainers PostgreSQL did not accept a connection", e);
		}
	}

	private static void execute(String sql) {
		try (Statement statement = admin.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Failed: " + sql, e);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value != null ? value : fallback;
	}

}
