package io.chancery.reporting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code export_job} rows: one per background export, written as the job moves on. */
@Repository
class ExportJobStore {

	private static final String COLUMNS = """
			id, company_id, user_id, list_name, range_from, range_to, status, rows_written, file_key, file_size, error,
			started_at, finished_at""";

	private final JdbcClient jdbc;

	ExportJobStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ExportJob job) {
		jdbc.sql("""
				insert into export_job (id, company_id, user_id, list_name, range_from, range_to, status, rows_written,
				    started_at, heartbeat_at)
				values (?, ?, ?, ?, ?, ?, 'RUNNING', 0, ?, ?)""")
			.params(job.id(), job.companyId(), job.userId(), job.list(), job.range().from(), job.range().to(),
					at(job.startedAt()), at(job.startedAt()))
			.update();
	}

	/** Progress and proof of life for the jobs this process runs. */
	void heartbeat(UUID id, long rows, Instant now) {
		jdbc.sql("update export_job set rows_written = ?, heartbeat_at = ? where id = ? and status = 'RUNNING'")
			.params(rows, at(now), id)
			.update();
	}

	void done(UUID id, long rows, String fileKey, long fileSize, Instant now) {
		jdbc.sql("""
				update export_job set status = 'DONE', rows_written = ?, file_key = ?, file_size = ?, finished_at = ?,
				    heartbeat_at = ?
				where id = ?""")
			.params(rows, fileKey, fileSize, at(now), at(now), id)
			.update();
	}

	void failed(UUID id, String error, Instant now) {
		jdbc.sql("update export_job set status = 'FAILED', error = ?, finished_at = ?, heartbeat_at = ? where id = ?")
			.params(error, at(now), at(now), id)
			.update();
	}

	/**
	 * Marks as failed every running job whose heartbeat stopped before {@code silentSince}, other than
	 * {@code alive} (the ones this process is running, whatever the clock says).
	 */
	int failSilent(Instant silentSince, Collection<UUID> alive, String error, Instant now) {
		String notAlive = alive.isEmpty() ? "" : " and id not in (:alive)";
		JdbcClient.StatementSpec update = jdbc.sql("""
				update export_job set status = 'FAILED', error = :error, finished_at = :now
				where status = 'RUNNING' and heartbeat_at < :silentSince""" + notAlive)
			.param("error", error).param("now", at(now)).param("silentSince", at(silentSince));
		return (alive.isEmpty() ? update : update.param("alive", alive)).update();
	}

	Optional<ExportJob> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from export_job where id = ?").param(id).query(ExportJobStore::job).optional();
	}

	List<ExportJob> of(long companyId, long userId) {
		return jdbc.sql("select " + COLUMNS + " from export_job where company_id = ? and user_id = ? order by started_at desc")
			.params(companyId, userId)
			.query(ExportJobStore::job)
			.list();
	}

	List<ExportJob> finishedBefore(Instant cutoff) {
		return jdbc.sql("select " + COLUMNS + " from export_job where finished_at < ?").param(at(cutoff))
			.query(ExportJobStore::job)
			.list();
	}

	void delete(UUID id) {
		jdbc.sql("delete from export_job where id = ?").param(id).update();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static ExportJob job(ResultSet rs, int row) throws SQLException {
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new ExportJob(rs.getObject("id", UUID.class), rs.getLong("company_id"), rs.getLong("user_id"),
				rs.getString("list_name"),
				new DateRange(rs.getObject("range_from", LocalDate.class), rs.getObject("range_to", LocalDate.class)),
				ExportJob.Status.valueOf(rs.getString("status")), rs.getLong("rows_written"), rs.getString("file_key"),
				rs.getObject("file_size", Long.class), rs.getString("error"),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(), finished == null ? null : finished.toInstant());
	}

}
