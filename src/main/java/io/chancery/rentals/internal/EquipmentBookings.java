package io.chancery.rentals.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The (item, day) rows that make double bookings impossible; see V41__rentals.sql. */
@Repository
public class EquipmentBookings {

	/** A day an item is booked, and by which rental. */
	public record Booking(long equipmentId, LocalDate day, long rentalId, String rentalNumber) {
	}

	private final JdbcClient jdbc;

	EquipmentBookings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @throws org.springframework.dao.DuplicateKeyException when another rental holds the day */
	public void book(long companyId, long equipmentId, LocalDate day, long rentalId) {
		jdbc.sql("insert into equipment_booking (equipment_id, booked_on, company_id, rental_id) values (?, ?, ?, ?)")
			.params(equipmentId, Date.valueOf(day), companyId, rentalId)
			.update();
	}

	public List<Booking> between(long companyId, List<Long> equipmentIds, LocalDate from, LocalDate to) {
		if (equipmentIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select b.equipment_id, b.booked_on, b.rental_id, r.number from equipment_booking b join rental r on r.id = b.rental_id
				where b.company_id = :company and b.equipment_id in (:items) and b.booked_on between :from and :to
				order by b.equipment_id, b.booked_on""")
			.param("company", companyId)
			.param("items", equipmentIds)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, row) -> new Booking(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getLong(3), rs.getString(4)))
			.list();
	}

	/** Gives back the days after an early return, so others may book them. */
	public void releaseAfter(long rentalId, long equipmentId, LocalDate day) {
		jdbc.sql("delete from equipment_booking where rental_id = ? and equipment_id = ? and booked_on > ?")
			.params(rentalId, equipmentId, Date.valueOf(day))
			.update();
	}

	/** Gives back every day of a cancelled reservation. */
	public void releaseAll(long rentalId) {
		jdbc.sql("delete from equipment_booking where rental_id = ?").params(rentalId).update();
	}

	public boolean hasFutureBookings(long equipmentId, LocalDate after) {
		return jdbc.sql("select count(*) from equipment_booking where equipment_id = ? and booked_on > ?")
			.params(equipmentId, Date.valueOf(after))
			.query(Long.class)
			.single() > 0;
	}

}
