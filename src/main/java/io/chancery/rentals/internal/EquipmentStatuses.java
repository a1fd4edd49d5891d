package io.chancery.rentals.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.chancery.rentals.EquipmentStatus;
import io.chancery.rentals.ItemCondition;

/**
 * Moves items between statuses with conditional updates: each move names the statuses it starts
 * from, so a repeated or late move (jobs come at least once) changes nothing it should not.
 */
@Repository
public class EquipmentStatuses {

	private final JdbcClient jdbc;

	EquipmentStatuses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public int move(long equipmentId, Collection<EquipmentStatus> from, EquipmentStatus to, Instant at) {
		return jdbc.sql("update equipment set status = :to, updated_at = :at where id = :id and status in (:from)")
			.param("to", to.name())
			.param("at", Timestamp.from(at))
			.param("id", equipmentId)
			.param("from", from.stream().map(Enum::name).toList())
			.update();
	}

	public void condition(long equipmentId, ItemCondition condition, Instant at) {
		jdbc.sql("update equipment set item_condition = ?, updated_at = ? where id = ?")
			.params(condition.name(), Timestamp.from(at), equipmentId)
			.update();
	}

}
