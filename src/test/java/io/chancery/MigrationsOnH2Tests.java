package io.chancery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The embedded mode's H2 database must accept the same migrations as PostgreSQL (where every other
 * persistence test runs).
 */
class MigrationsOnH2Tests {

	private static final String URL = "jdbc:h2:mem:%s;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	@Test
	void allMigrationsRunOnH2InPostgresMode() throws Exception {
		String url = URL.formatted("migrations");
		try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
			var result = migrate(url);

			assertThat(result.success).isTrue();
			assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(3);
			try (ResultSet tables = keepAlive.getMetaData().getTables(null, null, "user_task", null)) {
				assertThat(tables.next()).isTrue();
			}
		}
	}

	@Test
	void theAuditLogRefusesUpdateAndDeleteOnH2() throws Exception {
		String url = URL.formatted("audit");
		try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
			migrate(url);
			try (Statement sql = connection.createStatement()) {
				sql.executeUpdate("""
						insert into audit_entry (company_id, at, actor_kind, actor_name, action, entity_type)
						values (1, current_timestamp, 'SYSTEM', 'system', 'CREATED', 'INVOICE')""");

				assertThatThrownBy(() -> sql.executeUpdate("update audit_entry set actor_name = 'someone else'"))
					.hasMessageContaining("append-only");
				assertThatThrownBy(() -> sql.executeUpdate("delete from audit_entry")).hasMessageContaining("append-only");
				try (ResultSet kept = sql.executeQuery("select actor_name from audit_entry")) {
					assertThat(kept.next()).isTrue();
					assertThat(kept.getString(1)).isEqualTo("system");
				}
			}
		}
	}

	/** With the locations of spring.flyway.locations, {vendor} resolved as Spring Boot does for H2. */
	private static MigrateResult migrate(String url) {
		return Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.failOnMissingLocations(true)
			.load()
			.migrate();
	}

}
