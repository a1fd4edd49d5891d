package io.chancery.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.chancery.purchasing.PurchaseOrder;
import io.chancery.purchasing.PurchaseOrderDetails;
import io.chancery.purchasing.PurchaseOrderService;
import io.chancery.purchasing.ReceiptDetails;
import io.chancery.purchasing.ReceivingService;
import io.chancery.purchasing.Supplier;
import io.chancery.purchasing.SupplierDetails;
import io.chancery.purchasing.SupplierService;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.Company;
import io.chancery.tenancy.UserAccountService;

/**
 * Two suppliers per demo company and orders in each state a buyer meets: a draft, an approved order,
 * one sent, one partly delivered, one short delivery waiting for a manager's review, and one
 * delivered in full (closed by the tolerance rules). Seeded once: skipped when the company has suppliers.
 */
@Component
class PurchasingDemoData {

	private static final Logger log = LoggerFactory.getLogger(PurchasingDemoData.class);

	/** A supplier's name, tax number and address, per company. */
	record DemoSupplier(String name, String taxNumber, String contact, String email, String phone, String address,
			int paymentTermsDays) {
	}

	private final SupplierService suppliers;

	private final PurchaseOrderService orders;

	private final ReceivingService receiving;

	private final UserAccountService users;

	PurchasingDemoData(SupplierService suppliers, PurchaseOrderService orders, ReceivingService receiving,
			UserAccountService users) {
		this.suppliers = suppliers;
		this.orders = orders;
		this.receiving = receiving;
		this.users = users;
	}

	void seed(Company company, String domain, BigDecimal taxRate, DemoSupplier weights, DemoSupplier office) {
		if (!suppliers.all(company.getId()).isEmpty()) {
			return;
		}
		ChanceryUser staff = user(company, "staff@" + domain);
		ChanceryUser manager = user(company, "manager@" + domain);
		LocalDate today = orders.today(company.getId());
		Supplier weightSupplier = suppliers.create(company.getId(), supplier(weights));
		Supplier officeSupplier = suppliers.create(company.getId(), supplier(office));

		orders.create(staff, order(officeSupplier, today.plusDays(10), taxRate, line("A4 copy paper, 80 g (box of 5 reams)", "GOODS", 20, "box", "18.50")));
		PurchaseOrder approved = orders.create(staff, order(officeSupplier, today.plusDays(7), taxRate,
				line("Toner cartridge, black", "GOODS", 6, "pcs", "245.00"), line("Printer service visit", "SERVICES", 1, "visit", "350.00")));
		orders.approve(manager, approved.getId());
		sent(staff, manager, order(weightSupplier, today.plusDays(21), taxRate, line("Test weight M1, 20 kg", "GOODS", 50, "pcs", "96.00")));
		PurchaseOrder partial = sent(staff, manager, order(weightSupplier, today.plusDays(3), taxRate,
				line("Test weight F1, 1 kg", "GOODS", 100, "pcs", "12.50")));
		receive(staff, partial, 60, "DN-1041");
		PurchaseOrder shortDelivery = sent(staff, manager, order(weightSupplier, today, taxRate,
				line("Weight set F2, 1 mg – 200 g", "GOODS", 40, "set", "310.00")));
		receive(staff, shortDelivery, 36, "DN-1043", true);
		PurchaseOrder complete = sent(staff, manager, order(officeSupplier, today, taxRate,
				line("Archive box, A4", "GOODS", 50, "pcs", "7.25")));
		receive(staff, complete, 50, "DN-77810");
		log.info("Demo suppliers and purchase orders seeded for {}", company.getName());
	}

	private PurchaseOrder sent(ChanceryUser staff, ChanceryUser manager, PurchaseOrderDetails details) {
		PurchaseOrder order = orders.create(staff, details);
		orders.approve(manager, order.getId());
		return orders.send(staff, order.getId());
	}

	private void receive(ChanceryUser staff, PurchaseOrder order, int quantity, String deliveryNote) {
		receive(staff, order, quantity, deliveryNote, false);
	}

	private void receive(ChanceryUser staff, PurchaseOrder order, int quantity, String deliveryNote, boolean finalDelivery) {
		ReceiptDetails receipt = new ReceiptDetails();
		receipt.setDeliveryNoteNumber(deliveryNote);
		receipt.setFinalDelivery(finalDelivery);
		ReceiptDetails.Line line = new ReceiptDetails.Line();
		line.setLineId(order.getLines().get(0).getId());
		line.setQuantity(BigDecimal.valueOf(quantity));
		receipt.getLines().add(line);
		receiving.receive(staff, order.getId(), receipt, null, null);
	}

	private ChanceryUser user(Company company, String email) {
		return users.list(company.getId()).stream()
			.filter(user -> user.getEmail().equals(email))
			.map(ChanceryUser::of)
			.findFirst()
			.orElseThrow();
	}

	private static SupplierDetails supplier(DemoSupplier demo) {
		SupplierDetails details = new SupplierDetails();
		details.setName(demo.name());
		details.setTaxNumber(demo.taxNumber());
		details.setContactPerson(demo.contact());
		details.setEmail(demo.email());
		details.setPhone(demo.phone());
		details.setAddress(demo.address());
		details.setPaymentTermsDays(demo.paymentTermsDays());
		return details;
	}

	private static PurchaseOrderDetails order(Supplier supplier, LocalDate expected, BigDecimal taxRate,
			PurchaseOrderDetails.Line... lines) {
		PurchaseOrderDetails details = new PurchaseOrderDetails();
		details.setSupplierId(supplier.getId());
		details.setExpectedDeliveryDate(expected);
		for (PurchaseOrderDetails.Line line : lines) {
			line.setTaxRate(taxRate);
			details.getLines().add(line);
		}
		return details;
	}

	private static PurchaseOrderDetails.Line line(String description, String category, int quantity, String unit,
			String unitPrice) {
		PurchaseOrderDetails.Line line = new PurchaseOrderDetails.Line();
		line.setDescription(description);
		line.setItemCategory(category);
		line.setQuantity(BigDecimal.valueOf(quantity));
		line.setUnit(unit);
		line.setUnitPrice(new BigDecimal(unitPrice));
		return line;
	}

}
