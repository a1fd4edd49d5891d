package io.chancery.rentals.internal;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.rentals.CheckOutItem;
import io.chancery.rentals.NewRental;
import io.chancery.rentals.RentalService;
import io.chancery.rentals.ReturnedItem;
import io.chancery.rentals.internal.RentalViews.LinkView;
import io.chancery.rentals.internal.RentalViews.RentalView;
import io.chancery.tenancy.ChanceryUser;

@RestController
@RequestMapping("/api/v1/rentals")
class RentalApiController {

	/** {@code {"items": [{"equipmentId": 1, "serialNumber": "…"}]}}; items may be left out (registered serials). */
	record CheckOutRequest(@Valid List<CheckOutItem> items) {
	}

	/** {@code {"items": [{"equipmentId": 1, "condition": "GOOD", "damageCharge": 0, "notes": "…"}]}}. */
	record CheckInRequest(@Valid List<ReturnedItem> items) {
	}

	private final RentalService rentals;

	private final RentalViews views;

	private final DeliveryOrders deliveryOrders;

	RentalApiController(RentalService rentals, RentalViews views, DeliveryOrders deliveryOrders) {
		this.rentals = rentals;
		this.views = views;
		this.deliveryOrders = deliveryOrders;
	}

	@GetMapping
	List<RentalView> list(@AuthenticationPrincipal ChanceryUser me) {
		return rentals.list(me.companyId()).stream().map(views::of).toList();
	}

	@GetMapping("/overdue")
	List<RentalView> overdue(@AuthenticationPrincipal ChanceryUser me) {
		return rentals.overdue(me.companyId()).stream().map(views::of).toList();
	}

	@GetMapping("/{id}")
	RentalView get(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return views.of(rentals.get(me.companyId(), id));
	}

	@PostMapping
	@PreAuthorize(EquipmentApiController.WRITERS)
	ResponseEntity<RentalView> reserve(@AuthenticationPrincipal ChanceryUser me, @Valid @RequestBody NewRental request) {
		var rental = rentals.reserve(me.companyId(), request);
		return ResponseEntity.created(URI.create("/api/v1/rentals/" + rental.getId())).body(views.of(rental));
	}

	@PostMapping("/{id}/check-out")
	@PreAuthorize(EquipmentApiController.WRITERS)
	RentalView checkOut(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestBody(required = false) CheckOutRequest request) {
		var checkOut = rentals.checkOut(me.companyId(), id,
				request == null || request.items() == null ? List.of() : request.items(), me.email());
		return views.of(checkOut.rental()).withLink(checkOut.link());
	}

	/** A new signing link; the one sent before stops working. */
	@PostMapping("/{id}/signing-link")
	@PreAuthorize(EquipmentApiController.WRITERS)
	LinkView signingLink(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return LinkView.of(rentals.newSigningLink(me.companyId(), id, me.email()));
	}

	/** Only before check-out: the bookings are given back and the rental process ends. */
	@PostMapping("/{id}/cancel")
	@PreAuthorize(EquipmentApiController.WRITERS)
	RentalView cancel(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return views.of(rentals.cancel(me.companyId(), id, me.email()));
	}

	@PostMapping("/{id}/check-in")
	@PreAuthorize(EquipmentApiController.WRITERS)
	RentalView checkIn(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestBody CheckInRequest request) {
		return views.of(rentals.checkIn(me.companyId(), id, request.items() == null ? List.of() : request.items()));
	}

	@GetMapping(value = "/{id}/delivery-order.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> deliveryOrder(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		var rental = rentals.get(me.companyId(), id);
		return ResponseEntity.ok()
			.header("Content-Disposition", "inline; filename=\"delivery-order-" + rental.getNumber() + ".pdf\"")
			.body(deliveryOrders.pdf(me.companyId(), id));
	}

}
