package io.chancery.rentals.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import io.chancery.customers.CustomerService;
import io.chancery.rentals.Equipment;
import io.chancery.rentals.EquipmentService;
import io.chancery.rentals.EquipmentStatus;
import io.chancery.rentals.InvoiceLine;
import io.chancery.rentals.ItemCondition;
import io.chancery.rentals.LateFee;
import io.chancery.rentals.Rental;
import io.chancery.rentals.RentalItem;
import io.chancery.rentals.RentalService;
import io.chancery.rentals.RentalStatus;
import io.chancery.signatures.SignatureLink;
import io.chancery.signatures.SignatureRequests;

/** What the API and pages show of equipment and rentals. */
@Component
class RentalViews {

	record EquipmentView(long id, String category, String serialNumber, String description, BigDecimal dailyRate,
			BigDecimal deposit, ItemCondition condition, LocalDate calibrationDue, EquipmentStatus status) {

		static EquipmentView of(Equipment item) {
			return new EquipmentView(item.getId(), item.getCategory(), item.getSerialNumber(), item.getDescription(),
					item.getDailyRate(), item.getDeposit(), item.getCondition(), item.getCalibrationDue(), item.getStatus());
		}

	}

	record ItemView(long rentalItemId, long equipmentId, String category, String serialNumber, String description,
			BigDecimal dailyRate, BigDecimal deposit, LocalDate returnedOn, ItemCondition returnCondition,
			BigDecimal damageCharge, String returnNotes, BigDecimal lateFees) {
	}

	record SignedView(String signerName, Instant signedAt) {
	}

	record LinkView(URI url, Instant expiresAt, URI whatsappUrl) {

		static LinkView of(SignatureLink link) {
			return new LinkView(link.url(), link.expiresAt(), link.whatsappUrl());
		}

	}

	record RentalView(long id, String number, RentalStatus status, long customerId, String customerName,
			LocalDate startDate, LocalDate dueDate, String deliveryAddress, long daysOverdue, BigDecimal lateFees,
			List<ItemView> items, List<LateFee> lateFeeDays, List<Integer> overdueNoticesRecorded, SignedView signature,
			List<InvoiceLine> invoiceLines, BigDecimal invoiceTotal, String currency, Long invoiceId, LinkView signingLink) {

		RentalView withLink(SignatureLink link) {
			return new RentalView(id, number, status, customerId, customerName, startDate, dueDate, deliveryAddress,
					daysOverdue, lateFees, items, lateFeeDays, overdueNoticesRecorded, signature, invoiceLines, invoiceTotal,
					currency, invoiceId, LinkView.of(link));
		}

	}

	private final RentalService rentals;

	private final EquipmentService equipment;

	private final CustomerService customers;

	private final SignatureRequests signatures;

	private final io.chancery.tenancy.CompanyService companies;

	RentalViews(RentalService rentals, EquipmentService equipment, CustomerService customers,
			SignatureRequests signatures, io.chancery.tenancy.CompanyService companies) {
		this.rentals = rentals;
		this.equipment = equipment;
		this.customers = customers;
		this.signatures = signatures;
		this.companies = companies;
	}

	RentalView of(Rental rental) {
		long companyId = rental.getCompanyId();
		List<LateFee> fees = rentals.lateFees(companyId, rental.getId());
		List<ItemView> items = rental.getItems().stream().map(item -> item(companyId, item, fees)).toList();
		List<InvoiceLine> lines = rentals.invoiceLines(companyId, rental.getId());
		SignedView signed = signatures.signatureOf(companyId, RentalService.DELIVERY_ORDER, rental.getId())
			.map(signature -> new SignedView(signature.signerName(), signature.signedAt()))
			.orElse(null);
		return new RentalView(rental.getId(), rental.getNumber(), rental.getStatus(), rental.getCustomerId(),
				customers.get(companyId, rental.getCustomerId()).getName(), rental.getStartDate(), rental.getDueDate(),
				rental.getDeliveryAddress(), rental.daysOverdue(rentals.today(companyId)), sum(fees), items, fees,
				rentals.overdueNotices(companyId, rental.getId()), signed, lines,
				lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
				companies.get(companyId).getCurrency(), rentals.invoiceId(companyId, rental.getId()).orElse(null), null);
	}

	private ItemView item(long companyId, RentalItem item, List<LateFee> fees) {
		Equipment unit = equipment.get(companyId, item.getEquipmentId());
		return new ItemView(item.getId(), unit.getId(), unit.getCategory(), unit.getSerialNumber(), unit.getDescription(),
				item.getDailyRate(), item.getDeposit(), item.getReturnedOn(), item.getReturnCondition(),
				item.getDamageCharge(), item.getReturnNotes(),
				sum(fees.stream().filter(fee -> fee.rentalItemId() == item.getId()).toList()));
	}

	private static BigDecimal sum(List<LateFee> fees) {
		return fees.stream().map(LateFee::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
