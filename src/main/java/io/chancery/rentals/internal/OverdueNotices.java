package io.chancery.rentals.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The overdue steps already told, once per rental and step. */
@Repository
public class OverdueNotices {

	private final JdbcClient jdbc;

	OverdueNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return whether this step is recorded now (false: it was before) */
	public boolean record(long companyId, long rentalId, int overdueDay, Instant at) {
		return jdbc.sql("insert into rental_overdue_notice (rental_id, overdue_day, company_id, recorded_at) values (?, ?, ?, ?) on conflict do nothing")
			.params(rentalId, overdueDay, companyId, Timestamp.from(at))
			.update() == 1;
	}

	public List<Integer> of(long companyId, long rentalId) {
		return jdbc.sql("select overdue_day from rental_overdue_notice where company_id = ? and rental_id = ? order by overdue_day")
			.params(companyId, rentalId)
			.query(Integer.class)
			.list();
	}

}
