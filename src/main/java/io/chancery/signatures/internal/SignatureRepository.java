package io.chancery.signatures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import io.chancery.signatures.Signature;

@Repository
public class SignatureRepository {

	/** A signature request: which document a signing link is for. */
	public record Request(long id, long companyId, String subjectKind, long subjectId) {
	}

	private static final String SIGNATURE_COLUMNS = "id, company_id, subject_kind, subject_id, signer_name, signed_at, file_key";

	private final JdbcClient jdbc;

	SignatureRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insertRequest(long companyId, String subjectKind, long subjectId, String requestedBy, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into signature_request (company_id, subject_kind, subject_id, requested_by, created_at)
				values (?, ?, ?, ?, ?)""")
			.params(companyId, subjectKind, subjectId, requestedBy, Timestamp.from(at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public void setLink(long requestId, long linkId) {
		jdbc.sql("update signature_request set link_id = ? where id = ?").params(linkId, requestId).update();
	}

	public Optional<Request> request(long companyId, long requestId) {
		return jdbc.sql("select id, company_id, subject_kind, subject_id from signature_request where id = ? and company_id = ?")
			.params(requestId, companyId)
			.query((rs, row) -> new Request(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)))
			.optional();
	}

	/** The document's links that could still be used: neither used nor withdrawn. */
	public List<Long> openLinkIds(long companyId, String subjectKind, long subjectId) {
		return jdbc.sql("""
				select l.id from signature_request r join public_link l on l.id = r.link_id
				where r.company_id = ? and r.subject_kind = ? and r.subject_id = ? and l.used_at is null and l.revoked_at is null""")
			.params(companyId, subjectKind, subjectId)
			.query(Long.class)
			.list();
	}

	public long insertSignature(Request request, String signerName, String fileKey, Instant signedAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into signature (company_id, request_id, subject_kind, subject_id, signer_name, file_key, signed_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(request.companyId(), request.id(), request.subjectKind(), request.subjectId(), signerName, fileKey,
					Timestamp.from(signedAt))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<Signature> signatureOf(long companyId, String subjectKind, long subjectId) {
		return jdbc.sql("select " + SIGNATURE_COLUMNS + " from signature where company_id = ? and subject_kind = ? and subject_id = ?")
			.params(companyId, subjectKind, subjectId)
			.query(SignatureRepository::signature)
			.optional();
	}

	public Optional<Signature> signatureOfRequest(long companyId, long requestId) {
		return jdbc.sql("select " + SIGNATURE_COLUMNS + " from signature where company_id = ? and request_id = ?")
			.params(companyId, requestId)
			.query(SignatureRepository::signature)
			.optional();
	}

	private static Signature signature(ResultSet rs, int row) throws SQLException {
		return new Signature(rs.getLong("id"), rs.getLong("company_id"), rs.getString("subject_kind"),
				rs.getLong("subject_id"), rs.getString("signer_name"), rs.getTimestamp("signed_at").toInstant(),
				rs.getString("file_key"));
	}

}
