package io.chancery.isolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.chancery.support.ApiClient;

/**
 * How the isolation sweep reaches each API operation that takes an id in its path: one entry per
 * operation of the OpenAPI document, "METHOD /path/{var}" exactly as the document spells it.
 * <p>
 * A new endpoint with a path id fails {@link IsolationSweepTests} until it has an entry here:
 * <ul>
 * <li>{@code owned(operation, FIXTURE)} — the ids are company-owned; FIXTURE is SQL returning company
 * A's ids, one column per path variable in order, with {@code ?} for A's company id (or a
 * {@link Fixture} that creates A's resource through the API, for things kept outside tables). Add
 * {@code .json(body)} when the operation validates a body before it looks the id up, and
 * {@code .file(part)} for multipart uploads.</li>
 * <li>{@code notOwned(operation, reason)} — the path variable is no company's id (a report name, a
 * model shared by all companies); say why.</li>
 * </ul>
 */
final class IsolationCoverage {

	// Company A's rows, one column per path variable. Plain SQL: it must see every company.
	static final String CUSTOMER = "select id from customer where company_id = ? order by id";

	static final String EMPLOYEE = "select customer_id, id from employee where company_id = ? order by id";

	static final String DOCUMENT = "select id from document where company_id = ? order by id";

	static final String DOCUMENT_FILE = "select document_id, id from document_file where company_id = ? order by id";

	static final String QUOTE = "select id from quote where company_id = ? order by id";

	static final String INVOICE = "select id from invoice where company_id = ? order by id";

	/** The demo data has no expense: company A records one through the API. */
	static final Fixture EXPENSE = Fixture.sql("select invoice_id, id from expense where company_id = ? order by id")
		.orElse((companyA, database, companyAId) -> {
			long invoice = first(database, "select id from invoice where company_id = ? order by id", companyAId);
			String expense = "{\"description\": \"Isolation sweep\", \"amount\": 1}";
			return List.of(invoice, companyA.post("/api/v1/invoices/" + invoice + "/expenses", expense).json().get("id").asLong());
		});

	/** The demo data has no credit note: company A credits a little of its first issued invoice. */
	static final Fixture CREDIT_NOTE = Fixture.sql("select id from credit_note where company_id = ? order by id")
		.orElse((companyA, database, companyAId) -> {
			long invoice = first(database, "select id from invoice where company_id = ? and status in ('SENT', 'PAID') order by id",
					companyAId);
			String credit = "{\"reason\": \"Isolation sweep\", \"amount\": 0.01, \"taxRate\": 0}";
			return List.of(companyA.post("/api/v1/invoices/" + invoice + "/credit-notes", credit).json().get("id").asLong());
		});

	static final String CONSOLIDATION = "select id from einvoice_consolidation where company_id = ? order by id";

	static final String SERVICE = "select id from catalog_service where company_id = ? order by id";

	static final String SUPPLIER = "select id from supplier where company_id = ? order by id";

	static final String PURCHASE_ORDER = "select id from purchase_order where company_id = ? order by id";

	static final String GOODS_RECEIPT = "select purchase_order_id, id from goods_receipt where company_id = ? order by id";

	static final String VARIANCE_CHECK = "select purchase_order_id, id from variance_check where company_id = ? order by id";

	static final String EQUIPMENT = "select id from equipment where company_id = ? order by id";

	/** The demo data has no rental: company A reserves its first equipment for some future days. */
	static final Fixture RENTAL = Fixture.sql("select id from rental where company_id = ? order by id")
		.orElse((companyA, database, companyAId) -> {
			long customer = first(database, "select id from customer where company_id = ? order by id", companyAId);
			long equipment = first(database, "select id from equipment where company_id = ? order by id", companyAId);
			LocalDate start = LocalDate.of(2031, 1, 5).plusDays(ThreadLocalRandom.current().nextInt(3000));
			String rental = "{\"customerId\": " + customer + ", \"equipmentIds\": [" + equipment + "], \"startDate\": \"" + start
					+ "\", \"dueDate\": \"" + start.plusDays(3) + "\", \"deliveryAddress\": \"Isolation sweep\"}";
			return List.of(companyA.post("/api/v1/rentals", rental).json().get("id").asLong());
		});

	static final String TASK = "select id from user_task where company_id = ? order by id";

	static final String NOTIFICATION = "select id from notification where company_id = ? order by id";

	/** The demo data has no portal link: company A issues one through the API. */
	static final Fixture PORTAL_LINK = Fixture.sql("select id from portal_link where company_id = ? order by id")
		.orElse((companyA, database, companyAId) -> {
			long customer = first(database, "select id from customer where company_id = ? order by id", companyAId);
			return List.of(companyA.post("/api/v1/customers/" + customer + "/portal-links", "").json().get("id").asLong());
		});

	static final String USER = "select id from app_user where company_id = ? order by id";

	static final String PROCESS_INSTANCE = "select process_instance_key from process_instance where company_id = ? order by id";

	static final String INCIDENT = """
			select i.incident_key from incident i join process_instance p on p.process_instance_key = i.process_instance_key
			where p.company_id = ? order by i.id""";

	// Valid bodies for operations that check the body before the id: the sweep must reach the lookup.
	private static final String LINE = "{\"description\": \"Intruder\", \"quantity\": 1, \"unitPrice\": 1, \"taxRate\": 5}";

	private static final String QUOTE_BODY = "{\"customerId\": 1, \"validUntil\": \"2030-01-01\", \"lines\": [" + LINE + "]}";

	private static final String INVOICE_BODY = "{\"customerId\": 1, \"lines\": [" + LINE + "]}";

	private static final String PURCHASE_ORDER_BODY = "{\"supplierId\": 1, \"expectedDeliveryDate\": \"2030-01-01\", \"lines\": ["
			+ "{\"description\": \"Intruder\", \"quantity\": 1, \"unitPrice\": 1}]}";

	/** Company A starts an export job through the API (one of its own may not exist yet). */
	static final Fixture EXPORT_JOB = (companyA, database, companyAId) -> List.of(
			companyA.post("/api/v1/exports/customers", "").json().get("id").asText());

	static final Map<String, Coverage> ENTRIES = entries(
			owned("GET /api/v1/customers/{id}", CUSTOMER),
			owned("PUT /api/v1/customers/{id}", CUSTOMER).json("{\"kind\": \"INDIVIDUAL\", \"name\": \"Intruder\"}"),
			owned("POST /api/v1/customers/{id}/archive", CUSTOMER),
			owned("POST /api/v1/customers/{id}/restore", CUSTOMER),
			owned("GET /api/v1/customers/{id}/employees", CUSTOMER),
			owned("POST /api/v1/customers/{id}/employees", CUSTOMER).json("{\"name\": \"Intruder\"}"),
			owned("GET /api/v1/customers/{id}/employees/{employeeId}", EMPLOYEE),
			owned("PUT /api/v1/customers/{id}/employees/{employeeId}", EMPLOYEE).json("{\"name\": \"Intruder\"}"),
			owned("POST /api/v1/customers/{id}/employees/{employeeId}/archive", EMPLOYEE),
			owned("GET /api/v1/customers/{customerId}/portal-links", CUSTOMER),
			owned("POST /api/v1/customers/{customerId}/portal-links", CUSTOMER),
			owned("PUT /api/v1/customers/{customerId}/payment-terms", CUSTOMER).json("{\"days\": 30}"),
			owned("GET /api/v1/customers/{id}/tin-validation", CUSTOMER),
			owned("POST /api/v1/customers/{id}/tin-validation", CUSTOMER),
			owned("POST /api/v1/portal-links/{id}/revoke", PORTAL_LINK),

			owned("GET /api/v1/documents/{id}", DOCUMENT),
			owned("PUT /api/v1/documents/{id}", DOCUMENT).json("{\"number\": \"X-1\"}"),
			owned("GET /api/v1/documents/{id}/history", DOCUMENT),
			owned("GET /api/v1/documents/{id}/audit", DOCUMENT),
			owned("POST /api/v1/documents/{id}/renewals", DOCUMENT).json("{\"number\": \"X-2\", \"issueDate\": \"2026-01-01\", \"expiryDate\": \"2036-01-01\"}"),
			owned("GET /api/v1/documents/{id}/files", DOCUMENT),
			owned("POST /api/v1/documents/{id}/renewal-start", DOCUMENT),
			owned("POST /api/v1/documents/{id}/files", DOCUMENT).file("file"),
			owned("GET /api/v1/documents/{id}/files/{fileId}/url", DOCUMENT_FILE),

			owned("GET /api/v1/services/{id}", SERVICE),
			owned("PUT /api/v1/services/{id}", SERVICE)
				.json("{\"code\": \"X\", \"name\": \"Intruder\", \"unit\": \"day\", \"unitPrice\": 1, \"taxCode\": \"SR\"}"),

			owned("GET /api/v1/quotes/{id}", QUOTE),
			owned("PUT /api/v1/quotes/{id}", QUOTE).json(QUOTE_BODY),
			owned("POST /api/v1/quotes/{id}/send", QUOTE),
			owned("POST /api/v1/quotes/{id}/revise", QUOTE),
			owned("GET /api/v1/quotes/{id}/pdf", QUOTE),

			owned("GET /api/v1/invoices/{id}", INVOICE),
			owned("PUT /api/v1/invoices/{id}", INVOICE).json(INVOICE_BODY),
			owned("POST /api/v1/invoices/{id}/issue", INVOICE),
			owned("POST /api/v1/invoices/{id}/cancel", INVOICE).json("{\"reason\": \"Intruder\"}"),
			owned("POST /api/v1/invoices/{id}/reject", INVOICE).json("{\"reason\": \"Intruder\"}"),
			owned("GET /api/v1/invoices/{id}/pdf", INVOICE),
			owned("POST /api/v1/invoices/{id}/payments", INVOICE)
				.json("{\"amount\": 1, \"date\": \"2026-11-01\", \"method\": \"BANK_TRANSFER\"}"),
			owned("GET /api/v1/invoices/{id}/expenses", INVOICE),
			owned("POST /api/v1/invoices/{id}/expenses", INVOICE).json("{\"description\": \"Intruder\", \"amount\": 1}"),
			owned("GET /api/v1/invoices/{id}/expenses/{expenseId}/receipt", EXPENSE),
			owned("PUT /api/v1/invoices/{id}/exchange-rate", INVOICE).json("{\"exchangeRate\": 1.5}"),
			owned("GET /api/v1/invoices/{id}/credit-notes", INVOICE),
			owned("POST /api/v1/invoices/{id}/credit-notes", INVOICE).json("{\"reason\": \"Intruder\", \"amount\": 1, \"taxRate\": 0}"),
			owned("GET /api/v1/credit-notes/{id}", CREDIT_NOTE),
			owned("GET /api/v1/credit-notes/{id}/pdf", CREDIT_NOTE),
			owned("GET /api/v1/credit-notes/{id}/einvoice", CREDIT_NOTE),
			owned("GET /api/v1/credit-notes/{id}/einvoice/document", CREDIT_NOTE),
			owned("GET /api/v1/einvoice/consolidations/{id}", CONSOLIDATION).whenPresent(),
			owned("GET /api/v1/invoices/{id}/einvoice", INVOICE),
			owned("GET /api/v1/invoices/{id}/einvoice/document", INVOICE),
			owned("POST /api/v1/invoices/{id}/einvoice/cancellation", INVOICE).json("{\"reason\": \"Intruder\"}"),

			owned("GET /api/v1/suppliers/{id}", SUPPLIER),
			owned("PUT /api/v1/suppliers/{id}", SUPPLIER).json("{\"name\": \"Intruder\", \"email\": \"x@example.com\"}"),
			owned("GET /api/v1/purchase-orders/{id}", PURCHASE_ORDER),
			owned("PUT /api/v1/purchase-orders/{id}", PURCHASE_ORDER).json(PURCHASE_ORDER_BODY),
			owned("POST /api/v1/purchase-orders/{id}/approve", PURCHASE_ORDER),
			owned("POST /api/v1/purchase-orders/{id}/send", PURCHASE_ORDER),
			owned("POST /api/v1/purchase-orders/{id}/cancel", PURCHASE_ORDER).json("{\"reason\": \"Intruder\"}"),
			owned("POST /api/v1/purchase-orders/{id}/close-short", PURCHASE_ORDER).json("{\"reason\": \"Intruder\"}"),
			owned("GET /api/v1/purchase-orders/{id}/audit", PURCHASE_ORDER),
			owned("GET /api/v1/purchase-orders/{id}/pdf", PURCHASE_ORDER),
			owned("GET /api/v1/purchase-orders/{id}/receipts", PURCHASE_ORDER),
			owned("POST /api/v1/purchase-orders/{id}/receipts", PURCHASE_ORDER).json("{\"lines\": [{\"lineId\": 1, \"quantity\": 1}]}"),
			owned("GET /api/v1/purchase-orders/{id}/receipts/{receiptId}/file-url", GOODS_RECEIPT).whenPresent(),
			owned("GET /api/v1/purchase-orders/{id}/supplier-invoices", PURCHASE_ORDER),
			owned("POST /api/v1/purchase-orders/{id}/supplier-invoices", PURCHASE_ORDER)
				.json("{\"number\": \"SI-1\", \"invoiceDate\": \"2026-11-01\", \"lines\": [{\"lineId\": 1, \"quantity\": 1, \"unitPrice\": 1}]}"),
			owned("POST /api/v1/purchase-orders/{id}/variance-checks/{checkId}/review", VARIANCE_CHECK).whenPresent()
				.json("{\"decision\": \"ACCEPT_VARIANCE\"}"),

			owned("GET /api/v1/equipment/{id}", EQUIPMENT),
			owned("PUT /api/v1/equipment/{id}", EQUIPMENT).json("{\"category\": \"M1\", \"serialNumber\": \"SN-X\", "
					+ "\"description\": \"Intruder\", \"dailyRate\": 1, \"deposit\": 1, \"calibrationDue\": \"2030-01-01\"}"),
			owned("POST /api/v1/equipment/{id}/status", EQUIPMENT).json("{\"status\": \"AVAILABLE\"}"),
			owned("GET /api/v1/rentals/{id}", RENTAL),
			owned("POST /api/v1/rentals/{id}/cancel", RENTAL),
			owned("POST /api/v1/rentals/{id}/check-out", RENTAL),
			owned("POST /api/v1/rentals/{id}/check-in", RENTAL),
			owned("POST /api/v1/rentals/{id}/signing-link", RENTAL),
			owned("GET /api/v1/rentals/{id}/delivery-order.pdf", RENTAL),

			owned("GET /api/v1/tasks/{id}", TASK),
			owned("POST /api/v1/tasks/{id}/claim", TASK),
			owned("POST /api/v1/tasks/{id}/unclaim", TASK),
			owned("POST /api/v1/tasks/{id}/complete", TASK).json("{}"),
			owned("POST /api/v1/notifications/{id}/read", NOTIFICATION).whenPresent(),
			owned("GET /api/v1/users/{id}", USER),
			owned("PUT /api/v1/users/{id}", USER).json("{\"email\": \"intruder@example.com\", \"fullName\": \"Intruder\", \"roles\": [\"STAFF\"]}"),
			owned("GET /api/v1/process-instances/{key}", PROCESS_INSTANCE),
			owned("POST /api/v1/incidents/{key}/retry", INCIDENT).whenPresent(),

			notOwned("GET /api/v1/reports/{name}", "a report's name; its rows come from the caller's company"),
			notOwned("GET /api/v1/reports/{name}.xlsx", "a report's name; its rows come from the caller's company"),
			notOwned("POST /api/v1/exports/{list}", "a list's name; the job belongs to the caller"),
			owned("GET /api/v1/exports/jobs/{id}", EXPORT_JOB),
			owned("GET /api/v1/exports/jobs/{id}/file", EXPORT_JOB),
			owned("POST /api/v1/exports/jobs/{id}/retry", EXPORT_JOB),
			notOwned("GET /api/v1/exports/{list}.xlsx", "a list's name; its rows come from the caller's company"),
			notOwned("GET /api/v1/models/{resourceName}", "process models are shared by every company of the installation"),
			notOwned("GET /api/v1/models/{resourceName}/versions/{version}", "process models are shared by every company"),
			notOwned("POST /api/v1/models/{resourceName}/versions/{version}/redeploy", "process models are shared by every company"));

	private IsolationCoverage() {
	}

	/** Company A's ids for an operation's path variables, in order. */
	@FunctionalInterface
	interface Fixture {

		List<Object> idsOf(ApiClient companyA, JdbcClient database, long companyAId);

		/** This fixture's ids, or the other's when this finds none. */
		default Fixture orElse(Fixture other) {
			Fixture self = this;
			return new Fixture() {

				@Override
				public List<Object> idsOf(ApiClient companyA, JdbcClient database, long companyAId) {
					List<Object> ids = self.idsOf(companyA, database, companyAId);
					return ids.isEmpty() ? other.idsOf(companyA, database, companyAId) : ids;
				}

				@Override
				public String toString() {
					return self + ", else created through the API";
				}

			};
		}

		static Fixture sql(String select) {
			return new Fixture() {

				@Override
				public List<Object> idsOf(ApiClient companyA, JdbcClient database, long companyAId) {
					List<List<Object>> rows = database.sql(select).param(companyAId).query((row, number) -> {
						List<Object> ids = new ArrayList<>();
						for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
							ids.add(row.getObject(column));
						}
						return ids;
					}).list();
					return rows.isEmpty() ? List.of() : rows.getFirst();
				}

				@Override
				public String toString() {
					return select;
				}

			};
		}

	}

	private static long first(JdbcClient database, String select, long companyId) {
		return database.sql(select).param(companyId).query(Long.class).list().getFirst();
	}

	private static Coverage owned(String operation, String sql) {
		return new Coverage(operation, Fixture.sql(sql), null, null, null);
	}

	private static Coverage owned(String operation, Fixture fixture) {
		return new Coverage(operation, fixture, null, null, null);
	}

	private static Coverage notOwned(String operation, String reason) {
		return new Coverage(operation, null, null, null, reason);
	}

	private static Map<String, Coverage> entries(Coverage... entries) {
		Map<String, Coverage> byOperation = new LinkedHashMap<>();
		for (Coverage entry : entries) {
			if (byOperation.put(entry.operation(), entry) != null) {
				throw new IllegalStateException("Two entries for " + entry.operation());
			}
		}
		return byOperation;
	}

	/** One operation's entry; {@code fixture} null means not company-owned, for {@code reason}. */
	record Coverage(String operation, Fixture fixture, String json, String filePart, String reason, boolean optional) {

		Coverage(String operation, Fixture fixture, String json, String filePart, String reason) {
			this(operation, fixture, json, filePart, reason, false);
		}

		Coverage json(String body) {
			return new Coverage(operation, fixture, body, filePart, reason, optional);
		}

		Coverage file(String part) {
			return new Coverage(operation, fixture, json, part, reason, optional);
		}

		/**
		 * For rows that exist only after something went a certain way (a job failed, a delivery differed
		 * from its order): the sweep calls the operation when company A has one, and counts it otherwise.
		 */
		Coverage whenPresent() {
			return new Coverage(operation, fixture, json, filePart, reason, true);
		}

		String method() {
			return operation.substring(0, operation.indexOf(' '));
		}

		String path() {
			return operation.substring(operation.indexOf(' ') + 1);
		}

		boolean companyOwned() {
			return fixture != null;
		}

	}

}
