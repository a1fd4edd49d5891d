package io.chancery.rentals.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.chancery.customers.CustomerService;
import io.chancery.rentals.CheckOutItem;
import io.chancery.rentals.EquipmentService;
import io.chancery.rentals.ItemCondition;
import io.chancery.rentals.NewRental;
import io.chancery.rentals.RentalService;
import io.chancery.rentals.ReturnedItem;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.signatures.SignatureLink;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.CompanyService;

/** Rentals pages: list, overdue dashboard, new rental, and the rental page with its check-out and check-in screens. */
@Controller
class RentalPageController {

	private static final DateTimeFormatter EXPIRES = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

	private final RentalService rentals;

	private final EquipmentService equipment;

	private final CustomerService customers;

	private final CompanyService companies;

	private final RentalViews views;

	RentalPageController(RentalService rentals, EquipmentService equipment, CustomerService customers,
			CompanyService companies, RentalViews views) {
		this.rentals = rentals;
		this.equipment = equipment;
		this.customers = customers;
		this.companies = companies;
		this.views = views;
	}

	@GetMapping("/rentals")
	String list(@AuthenticationPrincipal ChanceryUser me, Model model) {
		model.addAttribute("rentals", rentals.list(me.companyId()).stream().map(views::of).toList());
		model.addAttribute("heading", "Rentals");
		return "rentals/list";
	}

	@GetMapping("/rentals/overdue")
	String overdue(@AuthenticationPrincipal ChanceryUser me, Model model) {
		model.addAttribute("rentals", rentals.overdue(me.companyId()).stream().map(views::of).toList());
		model.addAttribute("heading", "Overdue rentals");
		return "rentals/list";
	}

	@GetMapping("/rentals/new")
	String newRental(@AuthenticationPrincipal ChanceryUser me, Model model) {
		return form(me, model, null, null, null, null, null, List.of(), null);
	}

	@PostMapping("/rentals/new")
	String reserve(@AuthenticationPrincipal ChanceryUser me, Model model, @RequestParam(required = false) Long customerId,
			@RequestParam(required = false) List<Long> equipmentIds, @RequestParam(required = false) java.time.LocalDate startDate,
			@RequestParam(required = false) java.time.LocalDate dueDate, @RequestParam(required = false) String deliveryAddress) {
		List<Long> chosen = equipmentIds == null ? List.of() : equipmentIds;
		if (customerId == null || chosen.isEmpty() || startDate == null || dueDate == null) {
			return form(me, model, customerId, startDate, dueDate, deliveryAddress, null, chosen,
					"Choose a customer, at least one item, and the start and due dates.");
		}
		try {
			var rental = rentals.reserve(me.companyId(), new NewRental(customerId, chosen, startDate, dueDate, deliveryAddress));
			return "redirect:/rentals/" + rental.getId();
		}
		catch (InvalidFieldException | ConflictException refused) {
			return form(me, model, customerId, startDate, dueDate, deliveryAddress, null, chosen, refused.getMessage());
		}
	}

	private String form(ChanceryUser me, Model model, Long customerId, java.time.LocalDate start, java.time.LocalDate due,
			String address, Object unused, List<Long> chosen, String error) {
		model.addAttribute("customers", customers.search(me.companyId(), "", false, PageRequest.of(0, 200, Sort.by("name"))).getContent());
		model.addAttribute("equipment", equipment.list(me.companyId(), null));
		model.addAttribute("customerId", customerId);
		model.addAttribute("startDate", start == null ? rentals.today(me.companyId()) : start);
		model.addAttribute("dueDate", due == null ? rentals.today(me.companyId()).plusDays(7) : due);
		model.addAttribute("deliveryAddress", address);
		model.addAttribute("chosen", chosen);
		model.addAttribute("errorMessage", error);
		return "rentals/form";
	}

	@GetMapping({ "/rentals/{id}", "/rentals/{id}/check-out", "/rentals/{id}/check-in" })
	String detail(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		return detail(me, id, model, null);
	}

	@PostMapping("/rentals/{id}/check-out")
	String checkOut(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @RequestParam List<Long> equipmentId,
			@RequestParam List<String> serialNumber, Model model) {
		List<CheckOutItem> items = new ArrayList<>();
		for (int i = 0; i < equipmentId.size(); i++) {
			items.add(new CheckOutItem(equipmentId.get(i), i < serialNumber.size() ? serialNumber.get(i) : null));
		}
		try {
			return detail(me, id, model, rentals.checkOut(me.companyId(), id, items, me.email()).link());
		}
		catch (InvalidFieldException | ConflictException refused) {
			model.addAttribute("errorMessage", refused.getMessage());
			return detail(me, id, model, null);
		}
	}

	@PostMapping("/rentals/{id}/signing-link")
	String signingLink(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		try {
			return detail(me, id, model, rentals.newSigningLink(me.companyId(), id, me.email()));
		}
		catch (ConflictException refused) {
			model.addAttribute("errorMessage", refused.getMessage());
			return detail(me, id, model, null);
		}
	}

	@PostMapping("/rentals/{id}/cancel")
	String cancel(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		try {
			rentals.cancel(me.companyId(), id, me.email());
			return "redirect:/rentals/" + id;
		}
		catch (ConflictException refused) {
			model.addAttribute("errorMessage", refused.getMessage());
			return detail(me, id, model, null);
		}
	}

	@PostMapping("/rentals/{id}/check-in")
	String checkIn(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestParam(required = false) List<Long> returned, @RequestParam List<Long> equipmentId,
			@RequestParam List<ItemCondition> condition, @RequestParam List<String> damageCharge,
			@RequestParam List<String> notes, Model model) {
		List<ReturnedItem> items = new ArrayList<>();
		for (int i = 0; i < equipmentId.size(); i++) {
			if (returned != null && returned.contains(equipmentId.get(i))) {
				String charge = damageCharge.get(i);
				items.add(new ReturnedItem(equipmentId.get(i), condition.get(i),
						charge == null || charge.isBlank() ? null : new java.math.BigDecimal(charge.strip()), notes.get(i)));
			}
		}
		try {
			rentals.checkIn(me.companyId(), id, items);
			return "redirect:/rentals/" + id;
		}
		catch (InvalidFieldException | ConflictException | NumberFormatException refused) {
			model.addAttribute("errorMessage", refused instanceof NumberFormatException ? "A damage charge is not a number" : refused.getMessage());
			return detail(me, id, model, null);
		}
	}

	private String detail(ChanceryUser me, long id, Model model, SignatureLink link) {
		model.addAttribute("rental", views.of(rentals.get(me.companyId(), id)));
		model.addAttribute("conditions", ItemCondition.values());
		model.addAttribute("link", link);
		if (link != null) {
			model.addAttribute("linkExpires", EXPIRES.format(link.expiresAt().atZone(companies.get(me.companyId()).getTimeZone())));
		}
		return "rentals/detail";
	}

}
