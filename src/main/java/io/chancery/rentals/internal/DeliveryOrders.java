package io.chancery.rentals.internal;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.customers.Customer;
import io.chancery.customers.CustomerService;
import io.chancery.pdf.PdfRenderer;
import io.chancery.rentals.Equipment;
import io.chancery.rentals.EquipmentService;
import io.chancery.rentals.Rental;
import io.chancery.rentals.RentalService;
import io.chancery.signatures.SignableDocument;
import io.chancery.signatures.SignableSummary;
import io.chancery.signatures.SignatureRequests;
import io.chancery.tenancy.Company;
import io.chancery.tenancy.CompanyService;

/**
 * A rental's delivery order: what the customer signs on the signing page, and the PDF rendered on
 * request from current data, with the signature, signer and time once signed.
 */
@Component
class DeliveryOrders implements SignableDocument {

	private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm zzz", Locale.ENGLISH);

	/** An item line of the delivery order. */
	record Line(String category, String description, String serial, String dailyRate, String deposit) {
	}

	private final RentalService rentals;

	private final EquipmentService equipment;

	private final CustomerService customers;

	private final CompanyService companies;

	private final SignatureRequests signatures;

	private final PdfRenderer pdf;

	DeliveryOrders(RentalService rentals, EquipmentService equipment, CustomerService customers, CompanyService companies,
			SignatureRequests signatures, PdfRenderer pdf) {
		this.rentals = rentals;
		this.equipment = equipment;
		this.customers = customers;
		this.companies = companies;
		this.signatures = signatures;
		this.pdf = pdf;
	}

	@Override
	public String kind() {
		return RentalService.DELIVERY_ORDER;
	}

	@Override
	@Transactional(readOnly = true)
	public SignableSummary describe(long companyId, long rentalId) {
		Rental rental = rentals.get(companyId, rentalId);
		String currency = companies.get(companyId).getCurrency();
		List<SignableSummary.Line> lines = lines(rental).stream()
			.map(line -> new SignableSummary.Line(line.description(), "Serial " + line.serial(),
					currency + " " + line.dailyRate() + "/day"))
			.toList();
		return new SignableSummary("Delivery order " + rental.getNumber(),
				customers.get(companyId, rental.getCustomerId()).getName(), lines,
				List.of("Hire from " + rental.getStartDate() + " to " + rental.getDueDate() + "; deposit " + currency + " "
						+ deposit(rental) + ".",
						"By signing you confirm you received the items above in good order and agree to return them by "
								+ rental.getDueDate() + ". Late returns are charged per day."));
	}

	@Transactional(readOnly = true)
	public byte[] pdf(long companyId, long rentalId) {
		Rental rental = rentals.get(companyId, rentalId);
		Company company = companies.get(companyId);
		Customer customer = customers.get(companyId, rental.getCustomerId());
		Map<String, Object> variables = new HashMap<>();
		variables.put("company", company);
		variables.put("rental", rental);
		variables.put("customer", customer);
		variables.put("lines", lines(rental));
		variables.put("currency", company.getCurrency());
		variables.put("deposit", deposit(rental));
		signatures.signatureOf(companyId, RentalService.DELIVERY_ORDER, rentalId).ifPresent(signature -> {
			variables.put("signatureImage", PdfRenderer.imageDataUri(signatures.image(signature), "image/png"));
			variables.put("signerName", signature.signerName());
			variables.put("signedAt", SIGNED_AT.format(signature.signedAt().atZone(company.getTimeZone())));
		});
		return pdf.render("delivery-order", variables);
	}

	private List<Line> lines(Rental rental) {
		return rental.getItems().stream().map(item -> {
			Equipment unit = equipment.get(rental.getCompanyId(), item.getEquipmentId());
			return new Line(unit.getCategory(), unit.getDescription(),
					item.getCheckedOutSerial() != null ? item.getCheckedOutSerial() : unit.getSerialNumber(),
					item.getDailyRate().toPlainString(), item.getDeposit().toPlainString());
		}).toList();
	}

	private static String deposit(Rental rental) {
		return rental.getItems().stream().map(item -> item.getDeposit()).reduce(java.math.BigDecimal.ZERO,
				java.math.BigDecimal::add).toPlainString();
	}

}
