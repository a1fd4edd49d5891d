package io.chancery.billing.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import io.chancery.customers.CustomerService;
import io.chancery.links.IssuedLink;
import io.chancery.links.PublicLink;
import io.chancery.links.PublicLinks;
import io.chancery.shared.NotFoundException;

/**
 * A customer's portal link: multi-use, valid for half a year, revocable by staff. It opens a page of
 * the customer's quotes, invoices (with PDFs and balances) and documents due for renewal.
 */
@Component
public class CustomerPortal {

	public static final String PURPOSE = "customer-portal";

	private static final Duration LIFETIME = Duration.ofDays(180);

	private final PublicLinks links;

	private final CustomerService customers;

	private final JdbcClient jdbc;

	private final URI publicUrl;

	private final Clock clock;

	CustomerPortal(PublicLinks links, CustomerService customers, JdbcClient jdbc,
			@Value("${chancery.public-url}") URI publicUrl, Clock clock) {
		this.links = links;
		this.customers = customers;
		this.jdbc = jdbc;
		this.publicUrl = publicUrl;
		this.clock = clock;
	}

	public record PortalLink(long id, long customerId, String createdBy, Instant createdAt, Instant expiresAt,
			Instant revokedAt) {
	}

	/** The URL is shown once: only the token's hash is kept. */
	public record NewPortalLink(long id, String url, Instant expiresAt) {
	}

	@Transactional
	public NewPortalLink issue(long companyId, long customerId, String actor) {
		customers.get(companyId, customerId);
		Instant expiresAt = clock.instant().plus(LIFETIME);
		IssuedLink link = links.issue(PURPOSE, companyId, customerId, expiresAt, false);
		jdbc.sql("""
				insert into portal_link (company_id, customer_id, public_link_id, created_by, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(companyId, customerId, link.id(), actor, java.sql.Timestamp.from(clock.instant()),
					java.sql.Timestamp.from(expiresAt))
			.update();
		long id = jdbc.sql("select id from portal_link where public_link_id = ?").param(link.id()).query(Long.class).single();
		return new NewPortalLink(id, UriComponentsBuilder.fromUri(publicUrl).path("/p/" + link.token()).toUriString(), expiresAt);
	}

	/** @throws io.chancery.shared.NotFoundException for another company's customer (an empty list said it existed) */
	public List<PortalLink> of(long companyId, long customerId) {
		customers.get(companyId, customerId);
		return jdbc.sql("""
				select id, customer_id, created_by, created_at, expires_at, revoked_at from portal_link
				where company_id = ? and customer_id = ? order by created_at desc, id desc""")
			.params(companyId, customerId)
			.query((rs, row) -> new PortalLink(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
					rs.getTimestamp(5).toInstant(), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
			.list();
	}

	/** @return the customer whose link it was */
	@Transactional
	public long revoke(long companyId, long portalLinkId) {
		record Row(long customerId, long publicLinkId) {
		}
		Row row = jdbc.sql("select customer_id, public_link_id from portal_link where id = ? and company_id = ?")
			.params(portalLinkId, companyId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Portal link", portalLinkId));
		links.revoke(companyId, row.publicLinkId());
		jdbc.sql("update portal_link set revoked_at = coalesce(revoked_at, ?) where id = ?")
			.params(java.sql.Timestamp.from(clock.instant()), portalLinkId)
			.update();
		return row.customerId();
	}

	/** The customer a portal token opens. @throws io.chancery.links.InvalidLinkException when it opens nothing */
	public PublicLink open(String token) {
		return links.check(token, PURPOSE);
	}

}
