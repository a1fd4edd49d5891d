package io.chancery.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

import io.chancery.billing.Invoice;
import io.chancery.billing.InvoiceService;
import io.chancery.billing.LineInput;
import io.chancery.billing.PaymentInput;
import io.chancery.billing.QuoteDetails;
import io.chancery.billing.QuoteService;
import io.chancery.catalog.CatalogService;
import io.chancery.catalog.ServiceDetails;
import io.chancery.catalog.ServiceItem;
import io.chancery.customers.Customer;
import io.chancery.customers.CustomerDetails;
import io.chancery.customers.CustomerKind;
import io.chancery.customers.CustomerService;
import io.chancery.customers.Employee;
import io.chancery.customers.EmployeeDetails;
import io.chancery.demo.PurchasingDemoData.DemoSupplier;
import io.chancery.documents.Document;
import io.chancery.documents.DocumentDetails;
import io.chancery.documents.DocumentService;
import io.chancery.documents.DocumentTypeService;
import io.chancery.einvoice.EInvoiceSettingsService;
import io.chancery.einvoice.MyInvoisEnvironment;
import io.chancery.einvoice.SettingsDetails;
import io.chancery.rentals.EquipmentDetails;
import io.chancery.rentals.EquipmentService;
import io.chancery.shared.RunMode;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.Company;
import io.chancery.tenancy.CompanyService;
import io.chancery.tenancy.Role;
import io.chancery.tenancy.UserAccountService;

/**
 * Seeds the two demo companies of the case studies with a user per role, suppliers and purchase orders
 * ({@link PurchasingDemoData}), and the Dubai firm's customers and documents. Runs on every start and creates only what is missing, so restarts and
 * changes made in the demo are respected.
 */
@Component
@Order(10)
@Conditional(DemoDataSeeder.Enabled.class)
class DemoDataSeeder implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

	private final CompanyService companies;

	private final UserAccountService users;

	private final CustomerService customers;

	private final DocumentTypeService documentTypes;

	private final DocumentService documents;

	private final EInvoiceSettingsService einvoiceSettings;

	private final EquipmentService equipment;

	private final PurchasingDemoData purchasing;

	private final CatalogService catalog;

	private final QuoteService quotes;

	private final InvoiceService invoices;

	DemoDataSeeder(CompanyService companies, UserAccountService users, CustomerService customers,
			DocumentTypeService documentTypes, DocumentService documents, EquipmentService equipment,
			PurchasingDemoData purchasing, CatalogService catalog, QuoteService quotes, InvoiceService invoices,
			EInvoiceSettingsService einvoiceSettings) {
		this.catalog = catalog;
		this.quotes = quotes;
		this.invoices = invoices;
		this.companies = companies;
		this.users = users;
		this.customers = customers;
		this.documentTypes = documentTypes;
		this.documents = documents;
		this.equipment = equipment;
		this.purchasing = purchasing;
		this.einvoiceSettings = einvoiceSettings;
	}

	@Override
	public void run(ApplicationArguments args) {
		String passwordHash = users.hashPassword(PASSWORD);
		Company dubai = companies.ensureExists("Demo Services FZ-LLC", "DMCC-000000", "AE", "AED", ZoneId.of("Asia/Dubai"));
		seedUsers(dubai, "demo.chancery", passwordHash);
		Company malaysia = companies.ensureExists("Demo Equipment Sdn Bhd", "202401000001", "MY", "MYR",
				ZoneId.of("Asia/Kuala_Lumpur"));
		seedUsers(malaysia, "demo-my.chancery", passwordHash);
		seedCustomersAndDocuments(dubai, "staff@demo.chancery");
		seedBilling(dubai, "staff@demo.chancery", List.of(
				new ServiceSeed("VISA-RENEW", "Residence visa renewal", "visa", "1250.00", "VAT5"),
				new ServiceSeed("EID-RENEW", "Emirates ID renewal", "card", "370.00", "VAT5"),
				new ServiceSeed("PRO-HOUR", "PRO services", "hour", "150.00", "VAT5"),
				new ServiceSeed("GOV-FEE", "Government fee (pass-through)", "fee", "500.00", "ZERO")));
		seedMalaysianCustomers(malaysia);
		seedBilling(malaysia, "staff@demo-my.chancery", List.of(
				new ServiceSeed("TW-20KG", "Test weight 20 kg, daily hire", "day", "45.00", "SST8"),
				new ServiceSeed("CAL-SERVICE", "Scale calibration service", "visit", "380.00", "SST8"),
				new ServiceSeed("DELIVERY", "Delivery and collection", "trip", "120.00", "SST8"),
				new ServiceSeed("TW-SALE", "Test weight set (sale)", "set", "2400.00", "SALES10")));
		seedEquipment(dubai);
		seedEquipment(malaysia);
		purchasing.seed(dubai, "demo.chancery", new BigDecimal("5"),
				new DemoSupplier("Emirates Precision Weights LLC", "100234567800003", "Faisal Al Marri",
						"orders@emirates-weights.example", "+971 4 555 0303", "Unit 12, Dubai Investments Park 2, Dubai", 45),
				new DemoSupplier("Al Quoz Office Supplies", "100765432100003", "Neha Joshi", "sales@aq-office.example",
						"+971 4 555 0404", "Warehouse 5, Al Quoz Industrial 3, Dubai", 30));
		purchasing.seed(malaysia, "demo-my.chancery", new BigDecimal("10"),
				new DemoSupplier("Timbang Tepat Sdn Bhd", "C20240123456", "Lim Wei Jie", "jualan@timbang-tepat.example",
						"+60 3-5555 0101", "Lot 8, Jalan Perusahaan 2, 47500 Subang Jaya, Selangor", 60),
				new DemoSupplier("Kedai Pejabat Maju Enterprise", "C20240654321", "Nurul Aisyah", "order@pejabat-maju.example",
						"+60 3-5555 0202", "12 Jalan SS 15/4, 47500 Subang Jaya, Selangor", 30));
		einvoiceSettings.seedDemo(malaysia.getId(), malaysianEInvoiceSettings(), malaysia.getName());
		log.warn("DEMO CREDENTIALS ARE ACTIVE: users admin|manager|staff|analyst@demo.chancery and "
				+ "@demo-my.chancery with password '{}'. Set chancery.demo-data=false for real use.", PASSWORD);
	}

	private record ServiceSeed(String code, String name, String unit, String price, String taxCode) {
	}

	/** One customer for the Malaysian firm, so its quotes and invoices have someone to go to. Seeded once. */
	private void seedMalaysianCustomers(Company company) {
		if (customers.search(company.getId(), "", true, PageRequest.of(0, 1)).getTotalElements() == 0) {
			customers.create(company.getId(), organisation("Klang Valley Scales Sdn Bhd", "201901012345", "Tan Mei Ling",
					"accounts@kv-scales.example", "+60 3 5555 0101"));
		}
	}

	/**
	 * The catalogue and a few documents in different states: a draft quote, a draft invoice, an issued
	 * invoice paid in part and a paid one. Seeded once: skipped when the company already has services.
	 */
	private void seedBilling(Company company, String staffEmail, List<ServiceSeed> seeds) {
		catalog.ensureDefaultTaxRates(company.getId());
		if (!catalog.search(company.getId(), "", true).isEmpty()) {
			return;
		}
		List<ServiceItem> services = seeds.stream().map(seed -> {
			ServiceDetails details = new ServiceDetails();
			details.setCode(seed.code());
			details.setName(seed.name());
			details.setUnit(seed.unit());
			details.setUnitPrice(new BigDecimal(seed.price()));
			details.setTaxCode(seed.taxCode());
			return catalog.create(company.getId(), details);
		}).toList();
		List<Customer> firstCustomers = customers.search(company.getId(), "", false, PageRequest.of(0, 2)).getContent();
		LocalDate today = documents.today(company.getId());
		long customer = firstCustomers.get(0).getId();
		long other = firstCustomers.get(firstCustomers.size() - 1).getId();
		quotes.create(company.getId(), staffEmail, new QuoteDetails(customer, today.plusDays(30), null,
				"50 % on approval, balance on completion.", List.of(serviceLine(services.get(0), "2", null),
						serviceLine(services.get(2), "3", "10"))));
		invoices.createDraft(company.getId(), other, List.of(serviceLine(services.get(1), "1", null)), null, null, staffEmail);
		Invoice partly = invoices.createDraft(company.getId(), customer,
				List.of(serviceLine(services.get(0), "1", null), serviceLine(services.get(3), "1", null)), null, null, staffEmail);
		invoices.issue(company.getId(), partly.getId(), staffEmail);
		invoices.recordPayment(company.getId(), partly.getId(),
				new PaymentInput(new BigDecimal("500.00"), today, "BANK_TRANSFER", "DEMO-1"), staffEmail);
		Invoice paid = invoices.createDraft(company.getId(), other, List.of(serviceLine(services.get(2), "2", null)), null,
				null, staffEmail);
		invoices.issue(company.getId(), paid.getId(), staffEmail);
		invoices.recordPayment(company.getId(), paid.getId(),
				new PaymentInput(invoices.get(company.getId(), paid.getId()).getTotal(), today, "CARD", "DEMO-2"), staffEmail);
		log.info("Demo services, quotes and invoices seeded for {}", company.getName());
	}

	private static LineInput serviceLine(ServiceItem service, String quantity, String discountPercent) {
		return new LineInput(service.getId(), null, new BigDecimal(quantity), null,
				discountPercent == null ? null : new BigDecimal(discountPercent), null, null);
	}

	/** Test weights by OIML class and calibration kits for hire; seeded once (skipped when the company has equipment). */
	private void seedEquipment(Company company) {
		if (!equipment.list(company.getId(), null).isEmpty()) {
			return;
		}
		LocalDate nextYear = LocalDate.now(company.getTimeZone()).plusYears(1);
		String prefix = company.getCountry() + "-";
		record Item(String category, String serial, String description, String rate, String deposit) {
		}
		for (Item item : List.of(
				new Item("TEST_WEIGHTS_E2", prefix + "E2-0001", "Test weight set 1 mg–2 kg, class E2", "45.00", "1500.00"),
				new Item("TEST_WEIGHTS_F1", prefix + "F1-0001", "Test weights 20 kg x 5, class F1", "30.00", "800.00"),
				new Item("TEST_WEIGHTS_F1", prefix + "F1-0002", "Test weights 20 kg x 5, class F1", "30.00", "800.00"),
				new Item("TEST_WEIGHTS_M1", prefix + "M1-0001", "Test weights 500 kg, class M1", "55.00", "1200.00"),
				new Item("CALIBRATION_KIT", prefix + "CK-0001", "Balance calibration kit with case", "60.00", "2000.00"))) {
			EquipmentDetails details = new EquipmentDetails();
			details.setCategory(item.category());
			details.setSerialNumber(item.serial());
			details.setDescription(item.description());
			details.setDailyRate(new java.math.BigDecimal(item.rate()));
			details.setDeposit(new java.math.BigDecimal(item.deposit()));
			details.setCalibrationDue(nextYear);
			equipment.create(company.getId(), details);
		}
	}

	private void seedUsers(Company company, String domain, String passwordHash) {
		for (Role role : List.of(Role.ADMIN, Role.MANAGER, Role.STAFF, Role.ANALYST)) {
			String name = role.name().charAt(0) + role.name().substring(1).toLowerCase();
			users.ensureExists(company.getId(), role.name().toLowerCase() + "@" + domain,
					"Demo " + name + " (" + company.getCountry() + ")", passwordHash, EnumSet.of(role));
		}
	}

	/**
	 * Customers of the Dubai firm with documents spread over the expiry windows, relative to today
	 * (so the expiry scan always has work): expired 3 and 1 days ago, due today, in 1, 5, 10, 12 and
	 * 30 days, and far ahead.
	 * Seeded once: skipped when the company already has customers.
	 */
	private void seedCustomersAndDocuments(Company company, String staffEmail) {
		if (customers.search(company.getId(), "", true, PageRequest.of(0, 1)).getTotalElements() > 0) {
			return;
		}
		documentTypes.ensureDefaults(company.getId());
		ChanceryUser staff = users.list(company.getId()).stream()
			.filter(user -> user.getEmail().equals(staffEmail))
			.map(ChanceryUser::of)
			.findFirst()
			.orElseThrow();
		LocalDate today = documents.today(company.getId());

		Customer priya = customers.create(company.getId(), individual("Priya Raman", "IN", "priya.raman@example.com", "+971 50 123 4501"));
		document(staff, priya.getId(), null, "PASSPORT", "Z4821937", today.minusYears(10).plusDays(1), today.plusDays(1));
		document(staff, priya.getId(), null, "RESIDENCE_VISA", "201/2024/7719330", today.minusYears(2).plusDays(10), today.plusDays(10));
		document(staff, priya.getId(), null, "EMIRATES_ID", "784-1988-4455667-1", today.minusYears(2).plusDays(10), today.plusDays(10));

		Customer omar = customers.create(company.getId(), individual("Omar Haddad", "JO", "omar.haddad@example.com", "+971 55 987 6502"));
		document(staff, omar.getId(), null, "DRIVING_LICENCE", "DXB-5520193", today.minusYears(5), today.minusDays(3));
		document(staff, omar.getId(), null, "PASSPORT", "R7730214", today.minusYears(3), today.plusYears(7));

		Customer falcon = customers.create(company.getId(), organisation("Falcon Logistics LLC", "CN-4471203", "Aisha Khan",
				"ops@falcon-logistics.example", "+971 4 555 0101"));
		document(staff, falcon.getId(), null, "TRADE_LICENCE", "CN-4471203", today.minusYears(1).plusDays(30), today.plusDays(30));
		Employee ravi = customers.addEmployee(company.getId(), falcon.getId(), employee("Ravi Kumar", "IN", "Driver", "+971 52 300 1001"));
		document(staff, falcon.getId(), ravi.getId(), "PASSPORT", "M9024471", today.minusYears(8), today.plusDays(5));
		document(staff, falcon.getId(), ravi.getId(), "WORK_PERMIT", "WP-88120045", today.minusYears(2).plusDays(1), today.plusDays(1));
		Employee maria = customers.addEmployee(company.getId(), falcon.getId(), employee("Maria Santos", "PH", "Accountant", "+971 52 300 1002"));
		document(staff, falcon.getId(), maria.getId(), "PASSPORT", "P3310987", today.minusYears(4), today.plusDays(400));
		document(staff, falcon.getId(), maria.getId(), "EMIRATES_ID", "784-1991-2233445-6", today.minusYears(2).plusDays(5), today.plusDays(5));
		document(staff, falcon.getId(), maria.getId(), "WORK_PERMIT", "WP-88120046", today.minusYears(2).plusDays(12), today.plusDays(12));

		Customer marina = customers.create(company.getId(), organisation("Marina Cafe FZ-LLC", "DMCC-118220", "Leo Martins",
				"hello@marina-cafe.example", "+971 4 555 0202"));
		document(staff, marina.getId(), null, "INSURANCE_POLICY", "INS-2025-66120", today.minusYears(1), today.minusDays(1));
		Employee chen = customers.addEmployee(company.getId(), marina.getId(), employee("Chen Wei", "CN", "Barista", null));
		document(staff, marina.getId(), chen.getId(), "RESIDENCE_VISA", "201/2025/1102934", today.minusYears(1), today.plusYears(1));
		document(staff, marina.getId(), chen.getId(), "PASSPORT", "E5512098", today.minusYears(10), today);
		log.info("Demo customers and documents seeded for {}", company.getName());
	}

	private void document(ChanceryUser staff, long customerId, Long employeeId, String type, String number,
			LocalDate issued, LocalDate expires) {
		DocumentDetails details = new DocumentDetails();
		details.setTypeCode(type);
		details.setCustomerId(customerId);
		details.setEmployeeId(employeeId);
		details.setNumber(number);
		details.setIssuingCountry("AE");
		details.setIssueDate(issued);
		details.setExpiryDate(expires);
		Document document = documents.create(staff, details);
		try (InputStream sample = new ClassPathResource("demo/sample-document.pdf").getInputStream()) {
			documents.addFile(staff, document.getId(), sample, number.replace('/', '-') + ".pdf");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Complete MyInvois settings on the local stand-in (not LHDN); the secret only the stand-in checks. */
	private static SettingsDetails malaysianEInvoiceSettings() {
		SettingsDetails settings = new SettingsDetails();
		settings.setTin("C24010000010");
		settings.setIdType("BRN");
		settings.setIdValue("202401000001");
		settings.setSstNumber("B16-2401-32000010");
		settings.setTourismTaxNumber("NA");
		settings.setMsicCode("77309");
		settings.setBusinessActivity("Renting and leasing of test weights and calibration equipment");
		settings.getAddress().setLine1("Lot 12, Jalan Perusahaan 2");
		settings.getAddress().setCity("Shah Alam");
		settings.getAddress().setPostcode("40150");
		settings.getAddress().setStateCode("10");
		settings.getAddress().setCountryCode("MYS");
		settings.setPhone("+60355100200");
		settings.setEmail("einvoice@demo-equipment.example");
		settings.setClientId("demo-equipment-stand-in");
		settings.setClientSecret(java.util.UUID.randomUUID().toString());
		settings.setEnvironment(MyInvoisEnvironment.LOCAL_STAND_IN);
		return settings;
	}

	private static CustomerDetails individual(String name, String nationality, String email, String phone) {
		CustomerDetails details = new CustomerDetails();
		details.setKind(CustomerKind.INDIVIDUAL);
		details.setName(name);
		details.setNationality(nationality);
		details.setEmail(email);
		details.setPhone(phone);
		return details;
	}

	private static CustomerDetails organisation(String name, String licence, String contact, String email, String phone) {
		CustomerDetails details = new CustomerDetails();
		details.setKind(CustomerKind.ORGANISATION);
		details.setName(name);
		details.setTradeLicenceNumber(licence);
		details.setContactPerson(contact);
		details.setEmail(email);
		details.setPhone(phone);
		return details;
	}

	private static EmployeeDetails employee(String name, String nationality, String position, String phone) {
		EmployeeDetails details = new EmployeeDetails();
		details.setName(name);
		details.setNationality(nationality);
		details.setPosition(position);
		details.setPhone(phone);
		return details;
	}

	static class Enabled implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return RunMode.demoData(context.getEnvironment());
		}

	}

}
