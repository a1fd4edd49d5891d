package io.chancery.reporting;

import static io.chancery.reporting.ReportApiTests.DUBAI;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for the operational dashboards' tests in a company of their own, around {@code today}: each
 * report gets rows inside its range and some just outside it, so a wrong filter changes a figure.
 */
record OperationalData(JdbcClient jdbc, ReportingCompany company, LocalDate today) {

	/** Noon in the company's zone, {@code days} from today. */
	OffsetDateTime noon(int days) {
		return today.plusDays(days).atTime(12, 0).atZone(DUBAI).toOffsetDateTime();
	}

	/**
	 * Two lifts and a scaffold. R1 (returned) had lift 1 from 12 to 6 days ago, with a late fee 11 days
	 * ago and one 5 days ago; R2 (out, due 2 days ago, so overdue) has lift 2 and the scaffold from 8 to 2
	 * days ago with late fees since; R3 (reserved) books lift 1 from yesterday for a week.
	 */
	void rentals() {
		long lift1 = equipment("Lifts", "L1");
		long lift2 = equipment("Lifts", "L2");
		long scaffold = equipment("Scaffolds", "S1");
		long r1 = rental(1, "RETURNED", -12, -6);
		long r2 = rental(2, "RENTED", -8, -2);
		long r3 = rental(3, "RESERVED", -1, 5);
		long r1Lift = item(r1, lift1, -12, -6);
		long r2Lift = item(r2, lift2, -8, -2);
		long r2Scaffold = item(r2, scaffold, -8, -2);
		item(r3, lift1, -1, 5);
		lateFee(r1Lift, 1, "10.00", -11);
		lateFee(r1Lift, 2, "10.00", -5);
		lateFee(r2Lift, 1, "25.00", -1);
		lateFee(r2Lift, 2, "25.00", 0);
		lateFee(r2Scaffold, 1, "15.00", -1);
	}

	private long equipment(String category, String serial) {
		return jdbc.sql("""
				insert into equipment (company_id, category, serial_number, description, daily_rate, deposit, item_condition,
				    status, created_at, updated_at, version)
				values (?, ?, ?, ?, 40, 400, 'GOOD', 'AVAILABLE', ?, ?, 0) returning id""")
			.params(company.id(), category, serial + "-" + company.tag(), category + " " + serial, noon(-100), noon(-100))
			.query(Long.class).single();
	}

	private long rental(int n, String status, int start, int due) {
		return jdbc.sql("""
				insert into rental (company_id, number, customer_id, start_date, due_date, status, created_at, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, 0) returning id""")
			.params(company.id(), "RR-" + company.tag() + "-" + n, company.customerId(), today.plusDays(start),
					today.plusDays(due), status, noon(start - 1), noon(start - 1))
			.query(Long.class).single();
	}

	/** The item on the rental, booked every day from {@code first} to {@code last} (days from today). */
	private long item(long rental, long equipment, int first, int last) {
		long id = jdbc.sql("""
				insert into rental_item (company_id, rental_id, equipment_id, daily_rate, deposit)
				values (?, ?, ?, 40, 400) returning id""").params(company.id(), rental, equipment).query(Long.class).single();
		for (int day = first; day <= last; day++) {
			jdbc.sql("insert into equipment_booking (equipment_id, booked_on, company_id, rental_id) values (?, ?, ?, ?)")
				.params(equipment, today.plusDays(day), company.id(), rental).update();
		}
		return id;
	}

	private void lateFee(long item, int overdueDay, String amount, int chargedOn) {
		jdbc.sql("""
				insert into rental_late_fee (company_id, rental_item_id, overdue_day, amount, daily_fee, grace_days, charged_at)
				values (?, ?, ?, ?, ?, 0, ?)""")
			.params(company.id(), item, overdueDay, new BigDecimal(amount), new BigDecimal(amount), noon(chargedOn))
			.update();
	}

	/**
	 * Process "alpha": started 5 days ago, two active (one with an open incident), one completed whose
	 * incident was resolved, one terminated, and one started 60 days ago with an open incident. Process
	 * "beta": two completed yesterday.
	 */
	void processInstances() {
		long alphaIncident = instance("alpha", "ACTIVE", true, -5);
		instance("alpha", "ACTIVE", false, -5);
		long alphaResolved = instance("alpha", "COMPLETED", false, -5);
		instance("alpha", "TERMINATED", false, -5);
		long old = instance("alpha", "ACTIVE", true, -60);
		instance("beta", "COMPLETED", false, -1);
		instance("beta", "COMPLETED", false, -1);
		incident(alphaIncident, "ACTIVE");
		incident(alphaResolved, "RESOLVED");
		incident(old, "ACTIVE");
	}

	private long instance(String process, String state, boolean incident, int startedOn) {
		long key = jdbc.sql("select count(*) + 1 from process_instance where engine_run = ?").param(run()).query(Long.class).single();
		jdbc.sql("""
				insert into process_instance (engine_run, process_instance_key, process_definition_key, bpmn_process_id, version,
				    company_id, state, incident, started_at)
				values (?, ?, 1, ?, 1, ?, ?, ?, ?)""")
			.params(run(), key, process + "-" + company.tag(), company.id(), state, incident, noon(startedOn))
			.update();
		return key;
	}

	private void incident(long instanceKey, String state) {
		jdbc.sql("""
				insert into incident (engine_run, incident_key, process_instance_key, element_instance_key, element_id, error_type,
				    state, created_at)
				values (?, ?, ?, ?, 'task', 'JOB_NO_RETRIES', ?, ?)""")
			.params(run(), instanceKey, instanceKey, instanceKey, state, noon(-5))
			.update();
	}

	private String run() {
		return "ops-" + company.tag();
	}

	/**
	 * The staff member completes three "Check" tasks two days ago taking 1, 2 and 6 hours (the 6-hour one
	 * past its due time) and one 20 days ago; has one open task overdue and one not yet due; records a
	 * renewal three days ago and issues an invoice two days ago. The analyst completes two "Check" tasks
	 * yesterday taking 10 and 12 hours.
	 */
	void staffWork() {
		String staff = company.staff();
		task(staff, "COMPLETED", noon(-2).minusHours(1), noon(-2), noon(-1));
		task(staff, "COMPLETED", noon(-2).minusHours(2), noon(-2), noon(-1));
		task(staff, "COMPLETED", noon(-2).minusHours(6), noon(-2), noon(-2).minusHours(3));
		task(staff, "COMPLETED", noon(-20).minusHours(1), noon(-20), noon(-19));
		task(company.analyst(), "COMPLETED", noon(-1).minusHours(10), noon(-1), noon(1));
		task(company.analyst(), "COMPLETED", noon(-1).minusHours(12), noon(-1), noon(1));
		task(staff, "OPEN", noon(-4), null, noon(-2));
		task(staff, "OPEN", noon(-4), null, noon(2));
		long previous = jdbc.sql("""
				insert into document (company_id, type_id, customer_id, number, active_number, expiry_date, expiring_from,
				    superseded_at, created_at, created_by, updated_at, version)
				values (?, ?, ?, ?, null, ?, ?, ?, ?, 'seed', ?, 0) returning id""")
			.params(company.id(), company.passportTypeId(), company.customerId(), "OPS-" + company.tag(), today.minusDays(10),
					today.minusDays(40), noon(-3), noon(-400), noon(-3))
			.query(Long.class).single();
		jdbc.sql("""
				insert into document (company_id, type_id, customer_id, number, active_number, expiry_date, expiring_from,
				    previous_id, created_at, created_by, updated_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(company.id(), company.passportTypeId(), company.customerId(), "OPS-" + company.tag(), "OPS-" + company.tag(),
					today.plusYears(5), today.plusYears(5).minusDays(30), previous, noon(-3), staff, noon(-3))
			.update();
		jdbc.sql("""
				insert into billing_audit (company_id, document_kind, document_id, from_status, to_status, actor, at)
				values (?, 'INVOICE', 1, 'DRAFT', 'SENT', ?, ?)""").params(company.id(), staff, noon(-2)).update();
	}

	private void task(String person, String state, OffsetDateTime created, OffsetDateTime completed, OffsetDateTime due) {
		long key = jdbc.sql("select count(*) + 1 from user_task where engine_run = ?").param(run()).query(Long.class).single();
		jdbc.sql("""
				insert into user_task (company_id, engine_run, engine_key, process_instance_key, bpmn_process_id, element_id,
				    name, assignee, due_at, variables, state, created_at, completed_at, completed_by, version)
				values (?, ?, ?, 1, 'ops', 'check', ?, ?, ?, '{}', ?, ?, ?, ?, 0)""")
			.params(company.id(), run(), key, "Check " + company.tag(), person, due, state, created, completed,
					completed == null ? null : person)
			.update();
	}

	/**
	 * Supplier "Acme": orders due 10 days ago (received early), 5 days ago (received twice, late, with a
	 * shortfall), 20 days ago (on time, over-delivered, 40.00 price variance) and 60 days ago (outside a
	 * 30-day range), and a draft. Supplier "Bolt": one order due 2 days ago received on the day, −12.50
	 * price variance.
	 */
	void purchaseOrders() {
		long acme = supplier("Acme");
		long bolt = supplier("Bolt");
		long early = order(acme, 1, -10, true);
		receipt(early, -12);
		long late = order(acme, 2, -5, true);
		receipt(late, -3);
		variance(late, receipt(late, -1), "QUANTITY_SHORT", "0");
		long over = order(acme, 3, -20, true);
		long overReceipt = receipt(over, -20);
		variance(over, overReceipt, "QUANTITY_OVER", "0");
		variance(over, overReceipt, "PRICE_DIFFERENCE", "40.00");
		long before = order(acme, 4, -60, true);
		receipt(before, -70);
		order(acme, 5, -5, false);
		long onTheDay = order(bolt, 6, -2, true);
		variance(onTheDay, receipt(onTheDay, -2), "PRICE_DIFFERENCE", "-12.50");
	}

	private long supplier(String name) {
		return jdbc.sql("""
				insert into supplier (company_id, name, payment_terms_days, created_at, updated_at, version)
				values (?, ?, 30, ?, ?, 0) returning id""")
			.params(company.id(), name + " " + company.tag(), noon(-100), noon(-100)).query(Long.class).single();
	}

	private long order(long supplier, int n, int expected, boolean sent) {
		OffsetDateTime created = noon(expected - 30);
		return jdbc.sql("""
				insert into purchase_order (company_id, supplier_id, number, status, currency, expected_delivery_date, subtotal,
				    tax_total, total, created_by, created_at, sent_at, updated_at, version)
				values (?, ?, ?, ?, 'AED', ?, 100, 5, 105, 'buyer', ?, ?, ?, 0) returning id""")
			.params(company.id(), supplier, "PO-" + company.tag() + "-" + n, sent ? "SENT" : "DRAFT", today.plusDays(expected),
					created, sent ? created.plusDays(1) : null, created)
			.query(Long.class).single();
	}

	private long receipt(long order, int receivedOn) {
		return jdbc.sql("""
				insert into goods_receipt (company_id, purchase_order_id, received_on, received_by, created_at, final_delivery)
				values (?, ?, ?, 'store', ?, false) returning id""")
			.params(company.id(), order, today.plusDays(receivedOn), noon(receivedOn)).query(Long.class).single();
	}

	/** A variance found by the receipt's check (one check per receipt, as purchasing keeps them). */
	private void variance(long order, long receipt, String kind, String amount) {
		long check = jdbc.sql("select id from variance_check where source = 'GOODS_RECEIPT' and source_id = ?").param(receipt)
			.query(Long.class).optional()
			.orElseGet(() -> jdbc.sql("""
					insert into variance_check (company_id, purchase_order_id, source, source_id, status, created_at)
					values (?, ?, 'GOODS_RECEIPT', ?, 'REVIEWED', ?) returning id""")
				.params(company.id(), order, receipt, noon(-1)).query(Long.class).single());
		jdbc.sql("""
				insert into purchase_variance (company_id, purchase_order_id, variance_check_id, kind, item_category,
				    percent_difference, absolute_difference, amount, created_at)
				values (?, ?, ?, ?, 'GOODS', 10, 10, ?, ?)""")
			.params(company.id(), order, check, kind, new BigDecimal(amount), noon(-1)).update();
	}

}
