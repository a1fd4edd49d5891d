package io.chancery.links;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.links.InvalidLinkException.Reason;
import io.chancery.links.internal.LinkTokens;
import io.chancery.links.internal.PublicLinkRepository;
import io.chancery.shared.NotFoundException;

/**
 * Issues and checks public links. A token is a JWT (HMAC-SHA256) naming purpose, company, subject,
 * expiry and a unique id; the database keeps only its SHA-256 and the link's state, so a token is
 * good only while its row says so, and a leaked database yields no usable link.
 */
@Service
public class PublicLinks {

	private final LinkTokens tokens;

	private final PublicLinkRepository links;

	private final Clock clock;

	PublicLinks(LinkTokens tokens, PublicLinkRepository links, Clock clock) {
		this.tokens = tokens;
		this.links = links;
		this.clock = clock;
	}

	@Transactional
	public IssuedLink issue(String purpose, long companyId, long subjectId, Instant expiresAt, boolean singleUse) {
		if (!purpose.matches("[a-z][a-z-]{0,39}")) {
			throw new IllegalArgumentException("A link purpose is lower-case words joined by '-', not '" + purpose + "'");
		}
		Instant now = clock.instant();
		if (!expiresAt.isAfter(now)) {
			throw new IllegalArgumentException("A link must expire in the future, not at " + expiresAt);
		}
		String token = tokens.sign(purpose, companyId, subjectId, expiresAt, UUID.randomUUID().toString());
		long id = links.insert(companyId, purpose, subjectId, LinkTokens.sha256(token), singleUse, now, expiresAt);
		return new IssuedLink(id, token, expiresAt);
	}

	/** The link the token grants, without using it up. */
	@Transactional(readOnly = true)
	public PublicLink check(String token, String purpose) {
		PublicLink link = find(token, purpose);
		if (link.revokedAt() != null) {
			throw new InvalidLinkException(Reason.REVOKED, link);
		}
		// a used link stays "used" after its expiry, so its page can keep showing what was done
		if (link.singleUse() && link.used()) {
			throw new InvalidLinkException(Reason.USED, link);
		}
		if (!clock.instant().isBefore(link.expiresAt())) {
			throw new InvalidLinkException(Reason.EXPIRED, link);
		}
		return link;
	}

	/**
	 * Uses the link for the caller's action, in the caller's transaction: a single-use link is spent
	 * only if the action commits, and of two concurrent redeemers exactly one succeeds.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PublicLink redeem(String token, String purpose) {
		PublicLink link = check(token, purpose);
		if (!link.singleUse()) {
			return link;
		}
		Instant now = clock.instant();
		if (!links.markUsed(link.id(), now)) {
			throw new InvalidLinkException(Reason.USED, links.findById(link.id()).orElse(link));
		}
		return new PublicLink(link.id(), link.companyId(), link.purpose(), link.subjectId(), link.expiresAt(), true, now,
				null);
	}

	@Transactional
	public void revoke(long companyId, long linkId) {
		if (!links.markRevoked(companyId, linkId, clock.instant())) {
			throw new NotFoundException("Link", linkId);
		}
	}

	private PublicLink find(String token, String purpose) {
		Optional<LinkTokens.Claims> claims = tokens.verify(token);
		if (claims.isEmpty()) {
			throw new InvalidLinkException(Reason.MALFORMED, null);
		}
		PublicLink link = links.findByTokenHash(LinkTokens.sha256(token))
			.filter(found -> found.companyId() == claims.get().companyId() && found.subjectId() == claims.get().subjectId())
			.orElseThrow(() -> new InvalidLinkException(Reason.MALFORMED, null));
		if (!link.purpose().equals(purpose) || !claims.get().purpose().equals(purpose)) {
			throw new InvalidLinkException(Reason.WRONG_PURPOSE, null);
		}
		return link;
	}

}
