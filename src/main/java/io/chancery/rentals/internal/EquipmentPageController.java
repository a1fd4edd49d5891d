package io.chancery.rentals.internal;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.chancery.rentals.EquipmentDetails;
import io.chancery.rentals.EquipmentService;
import io.chancery.shared.InvalidFieldException;
import io.chancery.tenancy.ChanceryUser;

/** The equipment list with its availability for the next two weeks, and the form to add an item. */
@Controller
class EquipmentPageController {

	static final int CALENDAR_DAYS = 14;

	private final EquipmentService equipment;

	private final io.chancery.rentals.RentalService rentals;

	EquipmentPageController(EquipmentService equipment, io.chancery.rentals.RentalService rentals) {
		this.equipment = equipment;
		this.rentals = rentals;
	}

	@GetMapping("/equipment")
	String list(@AuthenticationPrincipal ChanceryUser me, @RequestParam(required = false) String category, Model model) {
		return list(me, category, model, new EquipmentDetails());
	}

	@PostMapping("/equipment")
	String create(@AuthenticationPrincipal ChanceryUser me, @Valid @ModelAttribute("form") EquipmentDetails form,
			BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				equipment.create(me.companyId(), form);
				return "redirect:/equipment";
			}
			catch (InvalidFieldException wrong) {
				errors.rejectValue(wrong.field(), "invalid", wrong.getMessage());
			}
		}
		return list(me, null, model, form);
	}

	private String list(ChanceryUser me, String category, Model model, EquipmentDetails form) {
		var items = equipment.list(me.companyId(), category);
		LocalDate from = rentals.today(me.companyId());
		var days = from.datesUntil(from.plusDays(CALENDAR_DAYS)).toList();
		var booked = equipment.calendar(me.companyId(), items, from, from.plusDays(CALENDAR_DAYS - 1));
		model.addAttribute("items", items);
		model.addAttribute("categories", equipment.categories(me.companyId()));
		model.addAttribute("category", category);
		model.addAttribute("days", days);
		model.addAttribute("booked", booked.stream().map(booking -> booking.equipmentId() + "/" + booking.day()).toList());
		model.addAttribute("bookedBy", booked.stream().collect(java.util.stream.Collectors.toMap(
				booking -> booking.equipmentId() + "/" + booking.day(), EquipmentBookings.Booking::rentalNumber)));
		model.addAttribute("form", form);
		return "rentals/equipment";
	}

}
