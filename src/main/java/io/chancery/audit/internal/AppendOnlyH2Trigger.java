package io.chancery.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * Refuses every UPDATE and DELETE of the audit log on H2 (the embedded mode's database), as the
 * PL/pgSQL trigger does on PostgreSQL. H2 creates it by name (db/vendor/h2/V61).
 */
public class AppendOnlyH2Trigger implements Trigger {

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("audit_entry is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
				"42501");
	}

}
