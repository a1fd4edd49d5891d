package io.chancery.links.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import io.chancery.links.PublicLink;

@Repository
public class PublicLinkRepository {

	private static final String COLUMNS = "id, company_id, purpose, subject_id, expires_at, single_use, used_at, revoked_at";

	private final JdbcClient jdbc;

	PublicLinkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long companyId, String purpose, long subjectId, String tokenSha256, boolean singleUse,
			Instant createdAt, Instant expiresAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into public_link (company_id, purpose, subject_id, token_sha256, single_use, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(companyId, purpose, subjectId, tokenSha256, singleUse, Timestamp.from(createdAt),
					Timestamp.from(expiresAt))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<PublicLink> findByTokenHash(String tokenSha256) {
		return jdbc.sql("select " + COLUMNS + " from public_link where token_sha256 = ?")
			.param(tokenSha256)
			.query(PublicLinkRepository::link)
			.optional();
	}

	public Optional<PublicLink> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from public_link where id = ?").param(id).query(PublicLinkRepository::link).optional();
	}

	/** False when the link was used meanwhile (another request won). */
	public boolean markUsed(long id, Instant usedAt) {
		return jdbc.sql("update public_link set used_at = ? where id = ? and used_at is null")
			.params(Timestamp.from(usedAt), id)
			.update() == 1;
	}

	public boolean markRevoked(long companyId, long id, Instant revokedAt) {
		return jdbc.sql("update public_link set revoked_at = coalesce(revoked_at, ?) where id = ? and company_id = ?")
			.params(Timestamp.from(revokedAt), id, companyId)
			.update() == 1;
	}

	private static PublicLink link(ResultSet row, int rowNum) throws SQLException {
		return new PublicLink(row.getLong("id"), row.getLong("company_id"), row.getString("purpose"),
				row.getLong("subject_id"), instant(row, "expires_at"), row.getBoolean("single_use"), instant(row, "used_at"),
				instant(row, "revoked_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

}
