package io.chancery.rentals.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which billing invoice each closed rental became: at most one per rental. */
@Repository
public class RentalInvoices {

	private final JdbcClient jdbc;

	RentalInvoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Long> of(long companyId, long rentalId) {
		return jdbc.sql("select invoice_id from rental_invoice where company_id = ? and rental_id = ?")
			.params(companyId, rentalId)
			.query(Long.class)
			.optional();
	}

	/**
	 * A plain insert: should two closes race past the check, the second one's primary-key violation
	 * rolls back its transaction, draft invoice included.
	 */
	public void link(long companyId, long rentalId, long invoiceId, Instant at) {
		jdbc.sql("insert into rental_invoice (rental_id, company_id, invoice_id, created_at) values (?, ?, ?, ?)")
			.params(rentalId, companyId, invoiceId, Timestamp.from(at))
			.update();
	}

}
