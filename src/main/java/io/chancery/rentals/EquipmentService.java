package io.chancery.rentals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.rentals.internal.EquipmentBookings;
import io.chancery.rentals.internal.EquipmentBookings.Booking;
import io.chancery.rentals.internal.EquipmentRepository;
import io.chancery.rentals.internal.EquipmentStatuses;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.shared.NotFoundException;

/** The items a company hires out, and when they are booked. */
@Service
@Transactional(readOnly = true)
public class EquipmentService {

	/** How far an availability calendar may reach in one request. */
	static final int MAX_CALENDAR_DAYS = 92;

	private final EquipmentRepository equipment;

	private final EquipmentBookings bookings;

	private final EquipmentStatuses statuses;

	private final EntityManager entities;

	private final Clock clock;

	EquipmentService(EquipmentRepository equipment, EquipmentBookings bookings, EquipmentStatuses statuses,
			EntityManager entities, Clock clock) {
		this.entities = entities;
		this.equipment = equipment;
		this.bookings = bookings;
		this.statuses = statuses;
		this.clock = clock;
	}

	public List<Equipment> list(long companyId, String category) {
		return category == null || category.isBlank() ? equipment.findByCompanyIdOrderByCategoryAscSerialNumberAsc(companyId)
				: equipment.findByCompanyIdAndCategoryOrderBySerialNumberAsc(companyId, category);
	}

	public List<String> categories(long companyId) {
		return list(companyId, null).stream().map(Equipment::getCategory).distinct().sorted().toList();
	}

	public Equipment get(long companyId, long equipmentId) {
		return equipment.findByIdAndCompanyId(equipmentId, companyId)
			.orElseThrow(() -> new NotFoundException("Equipment", equipmentId));
	}

	@Transactional
	public Equipment create(long companyId, EquipmentDetails details) {
		if (equipment.existsByCompanyIdAndSerialNumber(companyId, details.getSerialNumber().trim())) {
			throw new InvalidFieldException("serialNumber", "Serial number " + details.getSerialNumber().trim() + " is already registered");
		}
		Equipment item = new Equipment(companyId, clock.instant());
		item.update(details, clock.instant());
		return equipment.save(item);
	}

	@Transactional
	public Equipment update(long companyId, long equipmentId, EquipmentDetails details) {
		Equipment item = get(companyId, equipmentId);
		if (!item.getSerialNumber().equals(details.getSerialNumber().trim())
				&& equipment.existsByCompanyIdAndSerialNumber(companyId, details.getSerialNumber().trim())) {
			throw new InvalidFieldException("serialNumber", "Serial number " + details.getSerialNumber().trim() + " is already registered");
		}
		item.update(details, clock.instant());
		return item;
	}

	/** Staff send an item to maintenance, bring it back, or retire it; an item out on hire stays RENTED. */
	@Transactional
	public Equipment changeStatus(long companyId, long equipmentId, EquipmentStatus status) {
		Equipment item = get(companyId, equipmentId);
		List<EquipmentStatus> from = switch (status) {
			case MAINTENANCE, RETIRED -> List.of(EquipmentStatus.AVAILABLE, EquipmentStatus.RESERVED, EquipmentStatus.MAINTENANCE);
			case AVAILABLE -> List.of(EquipmentStatus.MAINTENANCE, EquipmentStatus.AVAILABLE);
			case RESERVED, RENTED -> throw new InvalidFieldException("status", "Items become " + status + " through rentals");
		};
		if (statuses.move(equipmentId, from, status, clock.instant()) == 0) {
			throw new ConflictException(item.getSerialNumber() + " is " + item.getStatus() + " and cannot become " + status);
		}
		entities.refresh(item);
		return item;
	}

	/** Days each item is booked in [from, to]; absent days are free. */
	public List<Booking> calendar(long companyId, List<Equipment> items, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidFieldException("to", "The calendar ends before it starts");
		}
		if (from.plusDays(MAX_CALENDAR_DAYS).isBefore(to)) {
			throw new InvalidFieldException("to", "A calendar shows at most " + MAX_CALENDAR_DAYS + " days");
		}
		return bookings.between(companyId, items.stream().map(Equipment::getId).toList(), from, to);
	}

}
