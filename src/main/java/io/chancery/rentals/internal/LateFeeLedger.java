package io.chancery.rentals.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.chancery.rentals.LateFee;

/** Late fees charged, one row per item and overdue day (the key makes a repeated accrual a no-op). */
@Repository
public class LateFeeLedger {

	private final JdbcClient jdbc;

	LateFeeLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return whether the day was charged now (false: it already was) */
	public boolean charge(long companyId, long rentalItemId, int overdueDay, BigDecimal amount, BigDecimal dailyFee,
			int graceDays, BigDecimal cap, Instant at) {
		return jdbc.sql("""
				insert into rental_late_fee (company_id, rental_item_id, overdue_day, amount, daily_fee, grace_days, fee_cap, charged_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(companyId, rentalItemId, overdueDay, amount, dailyFee, graceDays, cap, Timestamp.from(at))
			.update() == 1;
	}

	public List<LateFee> ofRental(long companyId, long rentalId) {
		return jdbc.sql("""
				select f.rental_item_id, i.equipment_id, f.overdue_day, f.amount, f.daily_fee, f.grace_days, f.fee_cap, f.charged_at
				from rental_late_fee f join rental_item i on i.id = f.rental_item_id
				where f.company_id = ? and i.rental_id = ? order by f.rental_item_id, f.overdue_day""")
			.params(companyId, rentalId)
			.query((rs, row) -> new LateFee(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getBigDecimal(4),
					rs.getBigDecimal(5), rs.getInt(6), rs.getBigDecimal(7), rs.getTimestamp(8).toInstant()))
			.list();
	}

}
