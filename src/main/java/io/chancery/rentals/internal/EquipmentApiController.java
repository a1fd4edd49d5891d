package io.chancery.rentals.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.rentals.EquipmentDetails;
import io.chancery.rentals.EquipmentService;
import io.chancery.rentals.EquipmentStatus;
import io.chancery.rentals.internal.EquipmentBookings.Booking;
import io.chancery.rentals.internal.RentalViews.EquipmentView;
import io.chancery.tenancy.ChanceryUser;

/** Analysts read; staff, managers and admins also write. */
@RestController
@RequestMapping("/api/v1/equipment")
class EquipmentApiController {

	static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','STAFF')";

	private final EquipmentService equipment;

	EquipmentApiController(EquipmentService equipment) {
		this.equipment = equipment;
	}

	@GetMapping
	List<EquipmentView> list(@AuthenticationPrincipal ChanceryUser me, @RequestParam(required = false) String category) {
		return equipment.list(me.companyId(), category).stream().map(EquipmentView::of).toList();
	}

	@GetMapping("/{id}")
	EquipmentView get(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return EquipmentView.of(equipment.get(me.companyId(), id));
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	ResponseEntity<EquipmentView> create(@AuthenticationPrincipal ChanceryUser me, @Valid @RequestBody EquipmentDetails details) {
		var item = equipment.create(me.companyId(), details);
		return ResponseEntity.created(URI.create("/api/v1/equipment/" + item.getId())).body(EquipmentView.of(item));
	}

	@PutMapping("/{id}")
	@PreAuthorize(WRITERS)
	EquipmentView update(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestBody EquipmentDetails details) {
		return EquipmentView.of(equipment.update(me.companyId(), id, details));
	}

	/** {@code {"status": "MAINTENANCE"}}: to or from maintenance, or retired. */
	@PostMapping("/{id}/status")
	@PreAuthorize(WRITERS)
	EquipmentView changeStatus(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestBody Map<String, EquipmentStatus> body) {
		return EquipmentView.of(equipment.changeStatus(me.companyId(), id, body.get("status")));
	}

	/** The days each item (one item, or every item of a category) is booked between from and to. */
	@GetMapping("/calendar")
	List<Booking> calendar(@AuthenticationPrincipal ChanceryUser me, @RequestParam(required = false) Long equipmentId,
			@RequestParam(required = false) String category,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		var items = equipmentId != null ? List.of(equipment.get(me.companyId(), equipmentId)) : equipment.list(me.companyId(), category);
		return equipment.calendar(me.companyId(), items, from, to);
	}

}
