package io.chancery;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The embedded mode's H2 database must accept the same migrations as PostgreSQL (where every other
 * persistence test runs).
 */
class MigrationsOnH2Tests {

	@Test
	void allMigrationsRunOnH2InPostgresMode() throws Exception {
		String url = "jdbc:h2:mem:migrations;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
		try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
			var result = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

			assertThat(result.success).isTrue();
			assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(3);
			try (ResultSet tables = keepAlive.getMetaData().getTables(null, null, "user_task", null)) {
				assertThat(tables.next()).isTrue();
			}
		}
	}

}
