package io.chancery.rentals;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.billing.Invoice;
import io.chancery.billing.InvoiceService;
import io.chancery.billing.LineInput;
import io.chancery.customers.Customer;
import io.chancery.customers.CustomerService;
import io.chancery.numbering.DocumentNumbers;
import io.chancery.rentals.internal.EquipmentBookings;
import io.chancery.rentals.internal.EquipmentStatuses;
import io.chancery.rentals.internal.InvoiceLines;
import io.chancery.rentals.internal.LateFeeLedger;
import io.chancery.rentals.internal.OverdueMessages;
import io.chancery.rentals.internal.OverdueNotices;
import io.chancery.rentals.internal.RentalInvoices;
import io.chancery.rentals.internal.RentalRepository;
import io.chancery.shared.Amounts;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.shared.NotFoundException;
import io.chancery.signatures.SignatureLink;
import io.chancery.signatures.SignatureRequests;
import io.chancery.tenancy.CompanyService;

/**
 * Rental agreements from reservation to return. The rental process drives the steps in time
 * (signature, daily overdue check, close); the rules of each step live here.
 */
@Service
@Transactional(readOnly = true)
public class RentalService {

	/** The subject kind of delivery orders in the signatures module. */
	public static final String DELIVERY_ORDER = "delivery-order";

	private static final Set<RentalStatus> OUT = EnumSet.of(RentalStatus.AWAITING_SIGNATURE, RentalStatus.RENTED);

	private final RentalRepository rentals;

	private final EquipmentService equipment;

	private final EquipmentBookings bookings;

	private final EquipmentStatuses statuses;

	private final LateFeeLedger lateFees;

	private final InvoiceLines invoiceLines;

	private final OverdueNotices notices;

	private final OverdueMessages overdueMessages;

	private final RentalInvoices rentalInvoices;

	private final InvoiceService invoices;

	private final CustomerService customers;

	private final CompanyService companies;

	private final DocumentNumbers numbers;

	private final SignatureRequests signatures;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RentalService(RentalRepository rentals, EquipmentService equipment, EquipmentBookings bookings,
			EquipmentStatuses statuses, LateFeeLedger lateFees, InvoiceLines invoiceLines, OverdueNotices notices,
			OverdueMessages overdueMessages, RentalInvoices rentalInvoices, InvoiceService invoices, CustomerService customers, CompanyService companies, DocumentNumbers numbers, SignatureRequests signatures,
			ApplicationEventPublisher events, Clock clock) {
		this.rentals = rentals;
		this.equipment = equipment;
		this.bookings = bookings;
		this.statuses = statuses;
		this.lateFees = lateFees;
		this.invoiceLines = invoiceLines;
		this.notices = notices;
		this.overdueMessages = overdueMessages;
		this.rentalInvoices = rentalInvoices;
		this.invoices = invoices;
		this.customers = customers;
		this.companies = companies;
		this.numbers = numbers;
		this.signatures = signatures;
		this.events = events;
		this.clock = clock;
	}

	public LocalDate today(long companyId) {
		return LocalDate.now(clock.withZone(companies.get(companyId).getTimeZone()));
	}

	public Rental get(long companyId, long rentalId) {
		return rentals.findByIdAndCompanyId(rentalId, companyId).orElseThrow(() -> new NotFoundException("Rental", rentalId));
	}

	public List<Rental> list(long companyId) {
		return rentals.findByCompanyIdOrderByIdDesc(companyId);
	}

	/** Rentals with items out past their due date, most overdue first. */
	public List<Rental> overdue(long companyId) {
		LocalDate today = today(companyId);
		return rentals.findByCompanyIdAndStatusInOrderByDueDateAsc(companyId, OUT)
			.stream()
			.filter(rental -> rental.daysOverdue(today) > 0)
			.toList();
	}

	/**
	 * Books every item for every day from start to due date. The bookings' primary key refuses a day
	 * another rental holds, also when two reservations race: one commits, the other gets a conflict.
	 */
	@Transactional
	public Rental reserve(long companyId, NewRental request) {
		if (request.dueDate().isBefore(request.startDate())) {
			throw new InvalidFieldException("dueDate", "The due date is before the start date");
		}
		if (request.startDate().isBefore(today(companyId))) {
			throw new InvalidFieldException("startDate", "A rental cannot start in the past");
		}
		if (new HashSet<>(request.equipmentIds()).size() != request.equipmentIds().size()) {
			throw new InvalidFieldException("equipmentIds", "An item is listed twice");
		}
		Customer customer = customers.get(companyId, request.customerId());
		if (customer.isArchived()) {
			throw new InvalidFieldException("customerId", customer.getName() + " is archived; restore the customer first");
		}
		List<Equipment> items = request.equipmentIds().stream().map(id -> equipment.get(companyId, id)).toList();
		for (Equipment item : items) {
			if (item.getStatus() == EquipmentStatus.RETIRED || item.getStatus() == EquipmentStatus.MAINTENANCE) {
				throw new InvalidFieldException("equipmentIds", item.getSerialNumber() + " is " + item.getStatus() + " and cannot be hired out");
			}
		}
		refuseBooked(companyId, items, request.startDate(), request.dueDate());
		String number = numbers.next(companyId, "RNT", request.startDate().getYear());
		String address = request.deliveryAddress() == null || request.deliveryAddress().isBlank() ? null : request.deliveryAddress().strip();
		Rental rental = new Rental(companyId, number, customer.getId(), request.startDate(), request.dueDate(), address,
				clock.instant());
		items.forEach(item -> rental.add(new RentalItem(companyId, item)));
		rentals.saveAndFlush(rental);
		for (Equipment item : items) {
			for (LocalDate day = request.startDate(); !day.isAfter(request.dueDate()); day = day.plusDays(1)) {
				try {
					bookings.book(companyId, item.getId(), day, rental.getId());
				}
				catch (DuplicateKeyException raced) {
					throw new ConflictException(item.getSerialNumber() + " was just booked for " + day + " by another rental");
				}
			}
			statuses.move(item.getId(), List.of(EquipmentStatus.AVAILABLE), EquipmentStatus.RESERVED, clock.instant());
		}
		events.publishEvent(new RentalReserved(companyId, rental.getId()));
		return rental;
	}

	private void refuseBooked(long companyId, List<Equipment> items, LocalDate from, LocalDate to) {
		var taken = equipment.calendar(companyId, items, from, to);
		if (!taken.isEmpty()) {
			var first = taken.getFirst();
			Equipment item = items.stream().filter(candidate -> candidate.getId() == first.equipmentId()).findFirst().orElseThrow();
			throw new ConflictException("%s is booked by %s on %s%s".formatted(item.getSerialNumber(), first.rentalNumber(),
					first.day(), taken.size() > 1 ? " (and " + (taken.size() - 1) + " more item-days)" : ""));
		}
	}

	/**
	 * Cancels a reservation before anything went out: every booked day is given back, an item this
	 * rental held RESERVED becomes AVAILABLE unless another rental books it from today on, and the
	 * rental process ends.
	 */
	@Transactional
	public Rental cancel(long companyId, long rentalId, String by) {
		Rental rental = rentals.lockByIdAndCompanyId(rentalId, companyId).orElseThrow(() -> new NotFoundException("Rental", rentalId));
		if (rental.getStatus() != RentalStatus.RESERVED) {
			throw new ConflictException(rental.getNumber() + " is " + rental.getStatus() + "; only a reservation not yet checked out can be cancelled");
		}
		bookings.releaseAll(rentalId);
		LocalDate yesterday = today(companyId).minusDays(1);
		for (RentalItem item : rental.getItems()) {
			if (!bookings.hasFutureBookings(item.getEquipmentId(), yesterday)) {
				statuses.move(item.getEquipmentId(), List.of(EquipmentStatus.RESERVED), EquipmentStatus.AVAILABLE, clock.instant());
			}
		}
		rental.cancelled(by, clock.instant());
		events.publishEvent(new RentalCancelled(companyId, rentalId));
		return rental;
	}

	/** The result of a check-out: the rental, and the signing link to send to the customer. */
	public record CheckOut(Rental rental, SignatureLink link) {
	}

	/**
	 * Hands the items over: each scanned serial must be the item's; the delivery order then waits for
	 * the customer's signature through a new single-use link.
	 */
	@Transactional
	public CheckOut checkOut(long companyId, long rentalId, List<CheckOutItem> scanned, String by) {
		Rental rental = rentals.lockByIdAndCompanyId(rentalId, companyId).orElseThrow(() -> new NotFoundException("Rental", rentalId));
		if (rental.getStatus() != RentalStatus.RESERVED) {
			throw new ConflictException(rental.getNumber() + " is " + rental.getStatus() + ", not RESERVED");
		}
		if (today(companyId).isBefore(rental.getStartDate())) {
			throw new ConflictException(rental.getNumber() + " starts on " + rental.getStartDate() + "; check it out from then");
		}
		Map<Long, String> serials = new HashMap<>();
		for (int i = 0; i < scanned.size(); i++) {
			CheckOutItem line = scanned.get(i);
			if (rental.item(line.equipmentId()) == null) {
				throw new InvalidFieldException("items[" + i + "].equipmentId", "Item " + line.equipmentId() + " is not part of " + rental.getNumber());
			}
			serials.put(line.equipmentId(), line.serialNumber());
		}
		for (RentalItem item : rental.getItems()) {
			Equipment unit = equipment.get(companyId, item.getEquipmentId());
			String serial = serials.get(item.getEquipmentId());
			if (serial != null && !serial.isBlank() && !serial.strip().equalsIgnoreCase(unit.getSerialNumber())) {
				throw new InvalidFieldException("items[" + scanned.indexOf(scanned.stream()
					.filter(line -> line.equipmentId().equals(item.getEquipmentId())).findFirst().orElseThrow()) + "].serialNumber",
						"Scanned " + serial.strip() + ", but this item is " + unit.getSerialNumber());
			}
			if (statuses.move(unit.getId(), List.of(EquipmentStatus.AVAILABLE, EquipmentStatus.RESERVED), EquipmentStatus.RENTED,
					clock.instant()) == 0) {
				throw new ConflictException(unit.getSerialNumber() + " is " + unit.getStatus() + " and cannot go out now");
			}
			item.checkedOut(unit.getSerialNumber());
		}
		rental.checkedOut(by, clock.instant());
		SignatureLink link = signatures.request(companyId, DELIVERY_ORDER, rentalId, by);
		events.publishEvent(new RentalCheckedOut(companyId, rentalId));
		return new CheckOut(rental, link);
	}

	/** A new signing link for a checked-out rental (the earlier one stops working). */
	@Transactional
	public SignatureLink newSigningLink(long companyId, long rentalId, String by) {
		Rental rental = get(companyId, rentalId);
		if (rental.getStatus() != RentalStatus.AWAITING_SIGNATURE) {
			throw new ConflictException(rental.getNumber() + " is " + rental.getStatus() + "; only a checked-out rental waits for a signature");
		}
		return signatures.request(companyId, DELIVERY_ORDER, rentalId, by);
	}

	/** The delivery order is signed: the rental runs. Repeated calls change nothing. */
	@Transactional
	public Rental markSigned(long companyId, long rentalId) {
		Rental rental = get(companyId, rentalId);
		if (rental.getStatus() == RentalStatus.AWAITING_SIGNATURE) {
			rental.signed(signatures.signatureOf(companyId, DELIVERY_ORDER, rentalId)
				.orElseThrow(() -> new ConflictException(rental.getNumber() + " has no signature yet"))
				.signedAt());
		}
		return rental;
	}

	/**
	 * Takes items back, all or some. Each comes back AVAILABLE, or MAINTENANCE when damaged, due for
	 * calibration, or past its calibration date; days booked after today are given back.
	 */
	@Transactional
	public Rental checkIn(long companyId, long rentalId, List<ReturnedItem> returned) {
		Rental rental = get(companyId, rentalId);
		if (rental.getStatus() != RentalStatus.RENTED) {
			throw new ConflictException(rental.getNumber() + " is " + rental.getStatus()
					+ (rental.getStatus() == RentalStatus.AWAITING_SIGNATURE ? "; the delivery order is not signed yet" : ""));
		}
		if (returned.isEmpty()) {
			throw new InvalidFieldException("items", "Name at least one item that came back");
		}
		LocalDate today = today(companyId);
		String currency = companies.get(companyId).getCurrency();
		for (int i = 0; i < returned.size(); i++) {
			ReturnedItem line = returned.get(i);
			RentalItem item = rental.item(line.equipmentId());
			if (item == null) {
				throw new InvalidFieldException("items[" + i + "].equipmentId", "Item " + line.equipmentId() + " is not part of " + rental.getNumber());
			}
			if (item.isReturned()) {
				throw new ConflictException("Item " + item.getCheckedOutSerial() + " came back on " + item.getReturnedOn() + " already");
			}
			BigDecimal damage = line.damageCharge() == null ? null : Amounts.round(line.damageCharge(), currency);
			String notes = line.notes() == null || line.notes().isBlank() ? null : line.notes().strip();
			item.returned(today, line.condition(), damage, notes);
			Equipment unit = equipment.get(companyId, item.getEquipmentId());
			boolean calibrationDue = unit.getCalibrationDue() != null && !unit.getCalibrationDue().isAfter(today);
			bookings.releaseAfter(rentalId, unit.getId(), today);
			EquipmentStatus next = line.condition().needsMaintenance() || calibrationDue ? EquipmentStatus.MAINTENANCE
					: bookings.hasFutureBookings(unit.getId(), today) ? EquipmentStatus.RESERVED : EquipmentStatus.AVAILABLE;
			statuses.move(unit.getId(), List.of(EquipmentStatus.RENTED), next, clock.instant());
			statuses.condition(unit.getId(), line.condition(), clock.instant());
		}
		if (rental.allReturned()) {
			events.publishEvent(new RentalReturned(companyId, rentalId));
		}
		return rental;
	}

	/** What the daily overdue check hands to the late-fees decision: days overdue and the items still out. */
	public record OverdueCheck(long daysOverdue, String customerType, List<OverdueItem> items) {
	}

	public record OverdueItem(long rentalItemId, String category) {
	}

	public OverdueCheck overdueCheck(long companyId, long rentalId) {
		Rental rental = get(companyId, rentalId);
		long days = rental.getStatus() == RentalStatus.RENTED ? rental.daysOverdue(today(companyId)) : 0;
		List<OverdueItem> out = days <= 0 ? List.of()
				: rental.getItems().stream().filter(item -> !item.isReturned())
					.map(item -> new OverdueItem(item.getId(), equipment.get(companyId, item.getEquipmentId()).getCategory()))
					.toList();
		return new OverdueCheck(days, customers.get(companyId, rental.getCustomerId()).getKind().name(), out);
	}

	/**
	 * Charges each overdue day beyond the grace days once per item, at the rule given, while the
	 * item's late fees stay within the cap. Days the check missed (the app was down) are charged now.
	 * @return the amount charged now
	 */
	@Transactional
	public BigDecimal accrueLateFees(long companyId, long rentalId, long daysOverdue, List<LateFeeRule> rules) {
		Rental rental = get(companyId, rentalId);
		String currency = companies.get(companyId).getCurrency();
		Map<Long, BigDecimal> charged = new HashMap<>();
		Map<Long, Set<Integer>> chargedDays = new HashMap<>();
		for (LateFee fee : lateFees.ofRental(companyId, rentalId)) {
			charged.merge(fee.rentalItemId(), fee.amount(), BigDecimal::add);
			chargedDays.computeIfAbsent(fee.rentalItemId(), any -> new HashSet<>()).add(fee.overdueDay());
		}
		BigDecimal total = BigDecimal.ZERO;
		for (LateFeeRule rule : rules) {
			RentalItem item = rental.getItems().stream().filter(candidate -> candidate.getId() == rule.rentalItemId()).findFirst()
				.orElseThrow(() -> new NotFoundException("Rental item", rule.rentalItemId()));
			if (item.isReturned() || rule.dailyFee() == null) {
				continue;
			}
			BigDecimal fee = Amounts.round(rule.dailyFee(), currency);
			for (int day = Math.max(1, rule.graceDays() + 1); day <= daysOverdue; day++) {
				if (chargedDays.getOrDefault(item.getId(), Set.of()).contains(day)) {
					continue;
				}
				BigDecimal sofar = charged.getOrDefault(item.getId(), BigDecimal.ZERO);
				BigDecimal amount = rule.cap() == null ? fee : fee.min(Amounts.round(rule.cap(), currency).subtract(sofar)).max(BigDecimal.ZERO);
				if (lateFees.charge(companyId, item.getId(), day, amount, fee, rule.graceDays(), rule.cap(), clock.instant())) {
					charged.merge(item.getId(), amount, BigDecimal::add);
					total = total.add(amount);
				}
			}
		}
		return total;
	}

	public List<LateFee> lateFees(long companyId, long rentalId) {
		get(companyId, rentalId);
		return lateFees.ofRental(companyId, rentalId);
	}

	/**
	 * Records the overdue step and tells staff (in-app) and the customer (e-mail) in the same
	 * transaction; false, telling nobody, when the step was recorded already.
	 */
	@Transactional
	public boolean recordOverdueNotice(long companyId, long rentalId, int overdueDay) {
		Rental rental = get(companyId, rentalId);
		if (!notices.record(companyId, rentalId, overdueDay, clock.instant())) {
			return false;
		}
		overdueMessages.overdue(rental, overdueDay, rental.daysOverdue(today(companyId)), lateFees.ofRental(companyId, rentalId));
		return true;
	}

	public List<Integer> overdueNotices(long companyId, long rentalId) {
		return notices.of(companyId, rentalId);
	}

	/**
	 * Everything is back: the invoice lines are written (rental days per item, late fees per item,
	 * damages), billing gets a draft invoice with those lines, and the rental is RETURNED. Closing
	 * again returns the same lines and makes no second invoice.
	 */
	@Transactional
	public List<InvoiceLine> close(long companyId, long rentalId) {
		Rental rental = get(companyId, rentalId);
		if (rental.getStatus() == RentalStatus.RETURNED) {
			List<InvoiceLine> lines = invoiceLines.of(companyId, rentalId);
			invoiceOnce(rental, lines);
			return lines;
		}
		if (!rental.allReturned()) {
			throw new ConflictException(rental.getNumber() + " still has items out");
		}
		String currency = companies.get(companyId).getCurrency();
		Map<Long, List<LateFee>> feesByItem = new HashMap<>();
		lateFees.ofRental(companyId, rentalId).forEach(fee -> feesByItem.computeIfAbsent(fee.rentalItemId(), any -> new ArrayList<>()).add(fee));
		List<InvoiceLine> lines = new ArrayList<>();
		BigDecimal days = BigDecimal.valueOf(rental.rentalDays());
		for (RentalItem item : rental.getItems()) {
			Equipment unit = equipment.get(companyId, item.getEquipmentId());
			lines.add(new InvoiceLine(lines.size() + 1, InvoiceLine.Kind.RENTAL, "Hire of %s (%s), %s to %s"
				.formatted(unit.getDescription(), item.getCheckedOutSerial(), rental.getStartDate(), rental.getDueDate()),
					days, item.getDailyRate(), Amounts.round(item.getDailyRate().multiply(days), currency)));
		}
		for (RentalItem item : rental.getItems()) {
			// one line per daily amount: a changed late-fees table gives the later days another price
			Map<BigDecimal, Long> daysByAmount = new java.util.TreeMap<>();
			feesByItem.getOrDefault(item.getId(), List.of()).stream().filter(fee -> fee.amount().signum() > 0)
				.forEach(fee -> daysByAmount.merge(fee.amount(), 1L, Long::sum));
			daysByAmount.forEach((amount, count) -> lines.add(new InvoiceLine(lines.size() + 1, InvoiceLine.Kind.LATE_FEE,
					"Late return of %s, %d day(s)".formatted(item.getCheckedOutSerial(), count), BigDecimal.valueOf(count),
					amount, amount.multiply(BigDecimal.valueOf(count)))));
		}
		for (RentalItem item : rental.getItems()) {
			if (item.getDamageCharge() != null && item.getDamageCharge().signum() > 0) {
				lines.add(new InvoiceLine(lines.size() + 1, InvoiceLine.Kind.DAMAGE, "Damage to %s%s".formatted(item.getCheckedOutSerial(),
						item.getReturnNotes() == null ? "" : ": " + item.getReturnNotes()), BigDecimal.ONE, item.getDamageCharge(), item.getDamageCharge()));
			}
		}
		invoiceLines.saveOnce(companyId, rentalId, lines);
		rental.returned(clock.instant());
		List<InvoiceLine> saved = invoiceLines.of(companyId, rentalId);
		invoiceOnce(rental, saved);
		return saved;
	}

	/**
	 * The draft invoice of the rental's lines, unless it has one. Prices are the rental's (no
	 * catalogue service); the tax rate is left to billing, which takes the company's default rate.
	 */
	private void invoiceOnce(Rental rental, List<InvoiceLine> lines) {
		long companyId = rental.getCompanyId();
		if (rentalInvoices.of(companyId, rental.getId()).isPresent()) {
			return;
		}
		List<LineInput> invoiceLines = lines.stream()
			.map(line -> LineInput.of(line.description(), line.quantity(), line.unitPrice(), null))
			.toList();
		Invoice invoice = invoices.createDraft(companyId, rental.getCustomerId(), invoiceLines, "rental " + rental.getNumber());
		rentalInvoices.link(companyId, rental.getId(), invoice.getId(), clock.instant());
	}

	/** The billing invoice made when the rental closed, if it is closed. */
	public java.util.Optional<Long> invoiceId(long companyId, long rentalId) {
		get(companyId, rentalId);
		return rentalInvoices.of(companyId, rentalId);
	}

	public List<InvoiceLine> invoiceLines(long companyId, long rentalId) {
		get(companyId, rentalId);
		return invoiceLines.of(companyId, rentalId);
	}

}
