package io.chancery.links.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Link tokens as compact JWTs signed with HMAC-SHA256. Expiry and use are decided by the link's row
 * (on the application clock), not by the token's own {@code exp}, which is informational.
 */
public class LinkTokens {

	private static final String PURPOSE = "pur";

	private static final String COMPANY = "cid";

	private final MACSigner signer;

	private final MACVerifier verifier;

	LinkTokens(byte[] secret) {
		try {
			this.signer = new MACSigner(secret);
			this.verifier = new MACVerifier(secret);
		}
		catch (JOSEException e) {
			throw new IllegalStateException("The link signing key must be at least 32 bytes", e);
		}
	}

	public String sign(String purpose, long companyId, long subjectId, Instant expiresAt, String uniqueId) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().jwtID(uniqueId)
			.subject(Long.toString(subjectId))
			.claim(PURPOSE, purpose)
			.claim(COMPANY, companyId)
			.expirationTime(Date.from(expiresAt))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			jwt.sign(signer);
		}
		catch (JOSEException e) {
			throw new IllegalStateException("Signing a link token failed", e);
		}
		return jwt.serialize();
	}

	/** The claims of a token we signed, or empty for anything else (altered, another key, another algorithm, garbage). */
	public Optional<Claims> verify(String token) {
		if (token == null || token.length() > 2048) {
			return Optional.empty();
		}
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
				return Optional.empty();
			}
			JWTClaimsSet claims = jwt.getJWTClaimsSet();
			return Optional.of(new Claims(claims.getStringClaim(PURPOSE), claims.getLongClaim(COMPANY),
					Long.parseLong(claims.getSubject())));
		}
		catch (ParseException | JOSEException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	/** What the database keeps instead of the token. */
	public static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	public record Claims(String purpose, Long companyId, long subjectId) {
	}

}
