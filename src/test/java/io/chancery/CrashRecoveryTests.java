package io.chancery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.chancery.support.ApiClient;
import io.chancery.support.TestDatabase;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Embedded mode survives kill -9: the application runs as a separate JVM (its own data folder and
 * PostgreSQL schema, its mail going to an SMTP server in this JVM) while this test drives 100 mixed
 * flows through the REST API (60 invoices, 20 document renewals worked on the task list, 20
 * purchase orders, half of them reviewed by a manager) and kills the JVM at seeded random moments,
 * restarting it each time. In the end every flow must have finished as driven, its process exactly
 * once; no user task may be recorded twice or left open; no invoice or purchase-order number may be
 * missing or doubled; no e-mail may reach anyone twice; no event may be left undelivered.
 */
class CrashRecoveryTests {

	private static final long SEED = 20261121L;

	private static final int FLOWS = 100;

	private static final int KILLS = 3;

	/** Start-up takes 20–50 s on a quiet 2-core machine, much longer when other builds share it. */
	private static final Duration READY_WITHIN = Duration.ofMinutes(4);

	private final Random random = new Random(SEED);

	private String schema;

	private Connection admin;

	private JdbcClient db;

	private GreenMail smtp;

	private Path dataDir;

	private App app;

	@BeforeEach
	void isolatedDatabaseMailAndDataFolder() throws Exception {
		schema = "crash_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xffffff));
		admin = DriverManager.getConnection(TestDatabase.url(), TestDatabase.username(), TestDatabase.password());
		try (Statement statement = admin.createStatement()) {
			statement.execute("create schema " + schema);
		}
		db = JdbcClient.create(new SingleConnectionDataSource(DriverManager.getConnection(url(), TestDatabase.username(),
				TestDatabase.password()), true));
		smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		smtp.start();
		dataDir = Files.createTempDirectory("chancery-crash-");
	}

	@AfterEach
	void cleanUp() throws SQLException, IOException {
		if (app != null) {
			app.kill();
		}
		smtp.stop();
		try (var files = Files.walk(dataDir)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		try (Statement statement = admin.createStatement()) {
			statement.execute("drop schema if exists " + schema + " cascade");
		}
		admin.close();
	}

	@Test
	void everyFlowFinishesOnceAcrossKills() throws Exception {
		List<Flow> flows = new ArrayList<>();
		int invoices = 0;
		int orders = 0;
		for (int i = 0; i < FLOWS; i++) {
			String email = "crash-" + i + "-" + schema + "@example.com";
			// of every five flows three are invoices, one a document renewal, one a purchase order
			flows.add(switch (i % 5) {
				case 3 -> new RenewalFlow(i, email);
				case 4 -> new PurchaseFlow(i, email, orders++ % 2 == 1);
				default -> new InvoiceFlow(i, Kind.values()[invoices++ % Kind.values().length], email);
			});
		}
		// one kill in each stretch of the first ~430 actions, at a random action within it
		TreeSet<Integer> killAfter = new TreeSet<>();
		for (int k = 0; k < KILLS; k++) {
			killAfter.add(15 + k * 135 + random.nextInt(120));
		}
		app = App.start(this, 0);
		int actions = 0;
		int kills = 0;
		List<Flow> open = new ArrayList<>(flows);
		while (!open.isEmpty()) {
			Flow flow = open.get(random.nextInt(open.size()));
			if (flow.advance(app)) {
				actions++;
				if (killAfter.contains(actions)) {
					// the app is busy with what the last requests started: processes, workers, mail
					Thread.sleep(random.nextInt(1500));
					app.kill();
					kills++;
					app = App.start(this, kills);
				}
			}
			if (flow.driven()) {
				open.remove(flow);
			}
		}
		awaitIgnoringKilledConnections().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
			.until(() -> settled(flows));

		checkEveryFlowEndedOnce(flows);
		checkNoTaskTwiceNoneLeftOpenAndNoEventLeft(flows);
		int[] mail = checkNoMailTwice(flows);
		checkNumbersGapless("invoice", "INV");
		checkNumbersGapless("purchase_order", "PO");
		Map<String, Long> kinds = flows.stream().collect(Collectors.groupingBy(Flow::kind, TreeMap::new,
				Collectors.counting()));
		System.out.printf("Crash test: %d flows %s (%d API actions), %d kills survived, %d business e-mails delivered "
				+ "once (%d interrupted mid-send, not repeated by design), %d e-mails in all, %d user tasks, engine log "
				+ "%d KB; restarts took %s%n", flows.size(), kinds, actions, kills, mail[0], mail[1],
				smtp.getReceivedMessages().length, db.sql("select count(*) from user_task").query(Long.class).single(),
				Files.size(dataDir.resolve("engine/engine.log")) / 1024, App.startTimes);
	}

	/**
	 * Awaitility fails an await on any uncaught exception in any thread by default; a kill in the
	 * middle of an SMTP conversation makes the test's mail server thread throw "Connection reset",
	 * which is the very situation under test, not a failure.
	 */
	private static ConditionFactory awaitIgnoringKilledConnections() {
		return Awaitility.await().dontCatchUncaughtExceptions();
	}

	private boolean settled(List<Flow> flows) {
		for (Flow flow : flows) {
			if (!flow.ended(db)) {
				return false;
			}
		}
		// the flows' own processes: demo invoices of the same company wait for payment for ever
		long unfinishedInstances = db.sql("select count(*) from process_instance where state = 'ACTIVE' and business_key in (:keys)")
			.param("keys", businessKeys(flows)).query(Long.class).single();
		long pendingMail = db.sql("select count(*) from email_outbox where status = 'PENDING'").query(Long.class).single();
		long pendingEvents = db.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class).single();
		return unfinishedInstances == 0 && pendingMail == 0 && pendingEvents == 0;
	}

	private static List<String> businessKeys(List<Flow> flows) {
		return flows.stream().map(Flow::businessKey).toList();
	}

	private void checkEveryFlowEndedOnce(List<Flow> flows) {
		for (Flow flow : flows) {
			List<String> instances = db.sql("select state from process_instance where business_key = ?")
				.param(flow.businessKey()).query(String.class).list();
			assertThat(instances).as("the %s process of flow %d, once and finished", flow.kind(), flow.n)
				.containsExactly("COMPLETED");
			if (flow instanceof InvoiceFlow invoice) {
				BigDecimal paid = db.sql("select coalesce(sum(amount), 0) from payment where invoice_id = ?")
					.param(invoice.invoiceId).query(BigDecimal.class).single();
				assertThat(paid).as("payments of flow %d", flow.n).isEqualByComparingTo(invoice.kind.paid);
			}
		}
	}

	/**
	 * No user task recorded twice for one element of one instance; none of the flows' tasks still
	 * open; each flow's tasks ended as driven (an invoice's review closed by the issue, a renewal's
	 * three worked and its upload task closed by the renewed document, an over-delivered order's
	 * review worked); no event left undelivered.
	 */
	private void checkNoTaskTwiceNoneLeftOpenAndNoEventLeft(List<Flow> flows) {
		assertThat(db.sql("""
				select count(*) from (select process_instance_key, element_id from user_task
				  group by engine_run, process_instance_key, element_id having count(*) > 1) doubled""")
			.query(Long.class).single()).as("user tasks recorded twice").isZero();
		for (Flow flow : flows) {
			List<String> tasks = db.sql("""
					select t.state from user_task t join process_instance p
					  on p.process_instance_key = t.process_instance_key and p.engine_run = t.engine_run
					where p.business_key = ? order by t.created_at""")
				.param(flow.businessKey()).query(String.class).list();
			var ofFlow = assertThat(tasks).as("the user tasks of %s flow %d", flow.kind(), flow.n);
			switch (flow) {
				case RenewalFlow renewal -> ofFlow.containsExactly("COMPLETED", "COMPLETED", "COMPLETED", "CANCELLED");
				// the review task, closed by the issue the flow asked for (or not created when the process issued it)
				case InvoiceFlow invoice -> ofFlow.hasSizeLessThanOrEqualTo(1).doesNotContain("OPEN");
				case PurchaseFlow order -> ofFlow.isEqualTo(order.overDelivered ? List.of("COMPLETED") : List.of());
			}
		}
		assertThat(db.sql("select count(*) from engine_export").query(Long.class).single())
			.as("one engine run across all restarts").isOne();
	}

	/**
	 * No e-mail may reach anyone twice. Each business e-mail (an invoice's, a purchase order's) is
	 * queued at most once and arrives once if sent; one whose sending a kill interrupted (SENDING, or
	 * FAILED after the claim timed out) is not sent again, by design: a double is worse than a miss
	 * staff see. Returns the e-mails delivered and those interrupted.
	 */
	private int[] checkNoMailTwice(List<Flow> flows) throws MessagingException {
		Map<String, Integer> received = new HashMap<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			String recipient = ((InternetAddress) message.getAllRecipients()[0]).getAddress();
			received.merge(recipient + " | " + message.getSubject(), 1, Integer::sum);
		}
		assertThat(received).as("e-mails received more than once")
			.allSatisfy((key, count) -> assertThat(count).as(key).isOne());
		int delivered = 0;
		int interrupted = 0;
		for (Flow flow : flows) {
			if (!(flow instanceof SendsMail mailing)) {
				continue;
			}
			String number = mailing.mailMark(db);
			List<String> outbox = db.sql("select status from email_outbox where mail_key = ?")
				.param(mailing.mailKey()).query(String.class).list();
			boolean mayLackMail = flow instanceof InvoiceFlow invoice && invoice.kind == Kind.CANCEL_AFTER_ISSUE;
			assertThat(outbox.size()).as("e-mails queued for %s flow %d", flow.kind(), flow.n)
				.isEqualTo(mayLackMail ? outbox.size() : 1);
			int arrived = received.entrySet().stream()
				.filter(mail -> mail.getKey().startsWith(flow.email + " | ") && mail.getKey().contains(number))
				.mapToInt(Map.Entry::getValue).sum();
			if (outbox.contains("SENT")) {
				assertThat(arrived).as("%s flow %d's e-mail", flow.kind(), flow.n).isOne();
				delivered++;
			}
			else {
				// killed between claiming and recording: the SMTP server may or may not have it
				assertThat(arrived).as("%s flow %d's interrupted e-mail", flow.kind(), flow.n).isLessThanOrEqualTo(1);
				interrupted += outbox.size();
			}
		}
		return new int[] { delivered, interrupted };
	}

	/** Each company's numbers of this kind run 1, 2, 3… this year: no gap, no repeat. */
	private void checkNumbersGapless(String table, String prefix) {
		int year = LocalDate.now().getYear();
		for (long company : db.sql("select distinct company_id from " + table + " where number is not null")
			.query(Long.class).list()) {
			List<Integer> sequence = db.sql("select number from " + table + " where company_id = ? and number like ?")
				.param(company).param(prefix + "-" + year + "-%").query(String.class).list()
				.stream().map(number -> Integer.parseInt(number.substring(number.lastIndexOf('-') + 1))).sorted().toList();
			for (int i = 0; i < sequence.size(); i++) {
				assertThat(sequence.get(i)).as("%s numbers of company %d: no gap, no repeat", prefix, company)
					.isEqualTo(i + 1);
			}
		}
	}

	private String url() {
		return TestDatabase.url().replaceAll("currentSchema=[^&]*", "currentSchema=" + schema);
	}

	private enum Kind {

		PAY_IN_FULL("PAID", "105.00"), PAY_IN_TWO("PAID", "105.00"), CANCEL_AFTER_ISSUE("CANCELLED", "0");

		final String finalStatus;

		final BigDecimal paid;

		Kind(String finalStatus, String paid) {
			this.finalStatus = finalStatus;
			this.paid = new BigDecimal(paid);
		}

	}

	/** One business case driven step by step over the API, one action per call of {@link #advance}. */
	private abstract static sealed class Flow permits InvoiceFlow, RenewalFlow, PurchaseFlow {

		final int n;

		final String email;

		int step;

		Flow(int n, String email) {
			this.n = n;
			this.email = email;
		}

		abstract String kind();

		abstract boolean driven();

		/** Takes the next step if it can be taken now; false when the app is not there yet. */
		final boolean advance(App app) {
			if (!takeStep(app)) {
				return false;
			}
			step++;
			return true;
		}

		abstract boolean takeStep(App app);

		/** The business key of the flow's own process instance (monitoring read model). */
		abstract String businessKey();

		/** Whether the app shows the end state the flow was driven to. */
		abstract boolean ended(JdbcClient db);

	}

	/** A flow that sends one business e-mail of its own (a renewal's notices are the scan's). */
	private interface SendsMail {

		/** The outbox key of the e-mail. */
		String mailKey();

		/** Text the subject of the e-mail carries: the document number. */
		String mailMark(JdbcClient db);

	}

	/** One invoice: customer, draft, issue, then payments or a cancellation. */
	private static final class InvoiceFlow extends Flow implements SendsMail {

		final Kind kind;

		long customerId;

		long invoiceId;

		InvoiceFlow(int n, Kind kind, String email) {
			super(n, email);
			this.kind = kind;
		}

		@Override
		String kind() {
			return "invoice";
		}

		@Override
		boolean driven() {
			return step == (kind == Kind.PAY_IN_TWO ? 5 : 4);
		}

		@Override
		boolean takeStep(App app) {
			ApiClient api = app.api();
			switch (step) {
				case 0 -> {
					var created = api.post("/api/v1/customers", Map.of("kind", "ORGANISATION", "name", "Crash flow " + n,
							"email", email));
					assertThat(created.status()).as(created.body()).isEqualTo(201);
					customerId = created.json().get("id").asLong();
				}
				case 1 -> {
					var created = api.post("/api/v1/invoices", Map.of("customerId", customerId, "lines", List.of(Map.of(
							"description", "Work", "quantity", "1", "unitPrice", "100.00", "taxRate", "5"))));
					assertThat(created.status()).as(created.body()).isEqualTo(201);
					invoiceId = created.json().get("id").asLong();
				}
				case 2 -> {
					if (status(api).equals("DRAFT")) {
						var issued = api.post("/api/v1/invoices/" + invoiceId + "/issue", "");
						// 409: the process issued it meanwhile
						assertThat(issued.status()).as(issued.body()).isIn(200, 409);
					}
				}
				case 3 -> {
					if (!status(api).equals("SENT")) {
						return false;
					}
					var response = switch (kind) {
						case PAY_IN_FULL -> api.post(payments(), payment("105.00"));
						case PAY_IN_TWO -> api.post(payments(), payment("50.00"));
						case CANCEL_AFTER_ISSUE -> api.post("/api/v1/invoices/" + invoiceId + "/cancel",
								Map.of("reason", "crash test"));
					};
					assertThat(response.status()).as(response.body()).isIn(200, 201);
				}
				case 4 -> {
					var paid = api.post(payments(), payment("55.00"));
					assertThat(paid.status()).as(paid.body()).isEqualTo(201);
				}
				default -> throw new IllegalStateException("flow " + n + " is driven already");
			}
			return true;
		}

		@Override
		String businessKey() {
			return "invoice " + invoiceId;
		}

		@Override
		boolean ended(JdbcClient db) {
			return db.sql("select status from invoice where id = ?").param(invoiceId).query(String.class).single()
				.equals(kind.finalStatus);
		}

		@Override
		public String mailKey() {
			return "invoice-sent-" + invoiceId;
		}

		@Override
		public String mailMark(JdbcClient db) {
			return db.sql("select number from invoice where id = ?").param(invoiceId).query(String.class).single();
		}

		private String status(ApiClient api) {
			return api.get("/api/v1/invoices/" + invoiceId).json().get("status").asText();
		}

		private String payments() {
			return "/api/v1/invoices/" + invoiceId + "/payments";
		}

		private static Map<String, Object> payment(String amount) {
			return Map.of("amount", amount, "date", LocalDate.now().minusDays(1).toString(), "method", "BANK_TRANSFER");
		}

	}

	/**
	 * A passport expiring in five days: the expiry scan escalates it, which starts its renewal
	 * process; staff work its three tasks and register the renewed passport, which ends the process
	 * while its upload task is open.
	 */
	private static final class RenewalFlow extends Flow {

		private static final List<String> TASKS = List.of("Contact the customer", "Collect documents and fees",
				"Submit the application to the authority", "Upload the renewed document");

		long customerId;

		long documentId;

		final String documentNumber;

		RenewalFlow(int n, String email) {
			super(n, email);
			// a passport number (6–9 letters or digits), unique in the test's own schema
			this.documentNumber = "CRS%03d".formatted(n);
		}

		@Override
		String kind() {
			return "renewal";
		}

		@Override
		boolean driven() {
			return step == 7;
		}

		@Override
		boolean takeStep(App app) {
			ApiClient staff = app.api();
			LocalDate today = LocalDate.now();
			switch (step) {
				case 0 -> {
					var created = staff.post("/api/v1/customers", Map.of("kind", "INDIVIDUAL", "name", "Crash renewal " + n,
							"email", email));
					assertThat(created.status()).as(created.body()).isEqualTo(201);
					customerId = created.json().get("id").asLong();
				}
				case 1 -> {
					var created = staff.post("/api/v1/documents", Map.of("typeCode", "PASSPORT", "customerId", customerId,
							"number", documentNumber, "issueDate", today.minusYears(10).toString(), "expiryDate",
							today.plusDays(5).toString()));
					assertThat(created.status()).as(created.body()).isEqualTo(201);
					documentId = created.json().get("id").asLong();
				}
				case 2 -> {
					var scanned = app.as("manager").post("/api/v1/admin/expiry-scan", "");
					assertThat(scanned.status()).as(scanned.body()).isEqualTo(200);
				}
				case 3, 4, 5 -> {
					JsonNode task = task(staff, TASKS.get(step - 3));
					if (task == null) {
						return false;
					}
					complete(staff, task, switch (step) {
						case 3 -> Map.of("customerDecision", "AGREED", "contactNotes", "Crash test");
						case 4 -> Map.of("documentsCollected", true);
						default -> Map.of("applicationReference", "GDRFA-" + n, "submittedOn", today.toString());
					});
				}
				case 6 -> {
					if (task(staff, TASKS.get(3)) == null) {
						return false;
					}
					var renewed = staff.post("/api/v1/documents/" + documentId + "/renewals", Map.of("number",
							"CRR%03d".formatted(n), "issueDate", today.toString(), "expiryDate", today.plusYears(10).toString()));
					assertThat(renewed.status()).as(renewed.body()).isEqualTo(201);
				}
				default -> throw new IllegalStateException("flow " + n + " is driven already");
			}
			return true;
		}

		private JsonNode task(ApiClient staff, String name) {
			for (JsonNode task : staff.get("/api/v1/tasks?customerId=" + customerId).json()) {
				if (task.at("/variables/documentId").asLong() == documentId && task.get("name").asText().equals(name)) {
					return task;
				}
			}
			return null;
		}

		@Override
		String businessKey() {
			// the renewal process has no business key of its own: the monitor keys it by the document number
			return documentNumber;
		}

		@Override
		boolean ended(JdbcClient db) {
			return db.sql("select count(*) from document where previous_id = ?").param(documentId).query(Long.class)
				.single() == 1;
		}

	}

	/**
	 * A purchase order approved, sent (an e-mail to the supplier) and received in full, which the
	 * variance-check process closes by itself; or received with 10 % too many, which a manager
	 * accepts on the review task.
	 */
	private static final class PurchaseFlow extends Flow implements SendsMail {

		final boolean overDelivered;

		long supplierId;

		long orderId;

		long lineId;

		String number;

		PurchaseFlow(int n, String email, boolean overDelivered) {
			super(n, email);
			this.overDelivered = overDelivered;
		}

		@Override
		String kind() {
			return overDelivered ? "purchase order reviewed" : "purchase order";
		}

		@Override
		boolean driven() {
			return step == (overDelivered ? 6 : 5);
		}

		@Override
		boolean takeStep(App app) {
			ApiClient staff = app.api();
			ApiClient manager = app.as("manager");
			switch (step) {
				case 0 -> {
					var created = staff.post("/api/v1/suppliers", Map.of("name", "Crash supplier " + n, "contactPerson",
							"Sam Supply", "email", email, "paymentTermsDays", 30));
					assertThat(created.status()).as(created.body()).isEqualTo(201);
					supplierId = created.json().get("id").asLong();
				}
				case 1 -> {
					var created = staff.post("/api/v1/purchase-orders", Map.of("supplierId", supplierId,
							"expectedDeliveryDate", LocalDate.now().plusDays(60).toString(), "lines", List.of(Map.of(
									"description", "Calibration weight 1 kg", "itemCategory", "GOODS", "quantity", 100,
									"unit", "pcs", "unitPrice", "12.50", "taxRate", 5))));
					assertThat(created.status()).as(created.body()).isEqualTo(201);
					orderId = created.json().get("id").asLong();
					lineId = created.json().at("/lines/0/id").asLong();
				}
				case 2 -> {
					// the number is taken at approval
					var approved = manager.post(path("/approve"), "");
					assertThat(approved.status()).as(approved.body()).isEqualTo(200);
					number = approved.json().get("number").asText();
				}
				case 3 -> {
					var sent = staff.post(path("/send"), "");
					assertThat(sent.status()).as(sent.body()).isEqualTo(200);
				}
				case 4 -> {
					var received = staff.post(path("/receipts"), Map.of("lines", List.of(Map.of("lineId", lineId,
							"quantity", overDelivered ? 110 : 100))));
					assertThat(received.status()).as(received.body()).isEqualTo(201);
				}
				case 5 -> {
					JsonNode task = reviewTask(manager);
					if (task == null) {
						return false;
					}
					complete(manager, task, Map.of("reviewDecision", "ACCEPT_VARIANCE", "reviewNotes", "Crash test"));
				}
				default -> throw new IllegalStateException("flow " + n + " is driven already");
			}
			return true;
		}

		private JsonNode reviewTask(ApiClient manager) {
			for (JsonNode task : manager.get("/api/v1/tasks").json()) {
				if (task.get("elementId").asText().equals("review-variance")
						&& task.at("/variables/purchaseOrderId").asLong() == orderId) {
					return task;
				}
			}
			return null;
		}

		private String path(String action) {
			return "/api/v1/purchase-orders/" + orderId + action;
		}

		@Override
		String businessKey() {
			return number;
		}

		@Override
		boolean ended(JdbcClient db) {
			return db.sql("select status from purchase_order where id = ?").param(orderId).query(String.class).single()
				.equals("CLOSED");
		}

		@Override
		public String mailKey() {
			return "purchase-order-sent-" + orderId;
		}

		@Override
		public String mailMark(JdbcClient db) {
			return number;
		}

	}

	/** Claims and completes in one action, so that a kill never falls between the two. */
	private static void complete(ApiClient user, JsonNode task, Map<String, Object> variables) {
		long id = task.get("id").asLong();
		var claimed = user.post("/api/v1/tasks/" + id + "/claim", "");
		assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
		var completed = user.post("/api/v1/tasks/" + id + "/complete", Map.of("variables", variables));
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
	}

	/** The application in a JVM of its own, as `java -cp … ChanceryApplication` starts it. */
	private record App(Process process, int port) {

		static final List<Duration> startTimes = new ArrayList<>();

		static App start(CrashRecoveryTests test, int life) throws IOException {
			int port = freePort();
			Path logFile = Path.of("target", "crash-test", test.schema + "-life-" + life + ".log");
			Files.createDirectories(logFile.getParent());
			String java = ProcessHandle.current().info().command().orElse("java");
			long started = System.nanoTime();
			Process process = new ProcessBuilder(java, "-Xmx640m", "-XX:TieredStopAtLevel=1", "-cp",
					applicationClassPath(), ChanceryApplication.class.getName(), "--server.port=" + port,
					"--spring.datasource.url=" + test.url(), "--spring.datasource.username=" + TestDatabase.username(),
					"--spring.datasource.password=" + TestDatabase.password(), "--spring.flyway.default-schema=" + test.schema,
					"--chancery.data-dir=" + test.dataDir, "--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + test.smtp.getSmtp().getPort(), "--chancery.notifications.dispatch-interval=500ms",
					"--chancery.engine.export-interval=500ms",
					"--management.endpoint.health.probes.enabled=true")
				.redirectErrorStream(true)
				.redirectOutput(logFile.toFile())
				.start();
			App app = new App(process, port);
			// never leave the app running behind this JVM
			Thread reaper = new Thread(process::destroyForcibly);
			Runtime.getRuntime().addShutdownHook(reaper);
			process.onExit().thenRun(() -> removeHook(reaper));
			try {
				awaitIgnoringKilledConnections().atMost(READY_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
					if (!process.isAlive()) {
						throw new IllegalStateException("The application exited: see " + logFile);
					}
					return app.ready();
				});
			}
			catch (RuntimeException notReady) {
				app.kill();
				throw notReady;
			}
			startTimes.add(Duration.ofNanos(System.nanoTime() - started).withNanos(0));
			return app;
		}

		private static void removeHook(Thread hook) {
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			}
			catch (IllegalStateException shuttingDown) {
				// the hook runs anyway; the process is gone
			}
		}

		/** This JVM's class path without the test classes: the app runs as shipped, without test beans. */
		private static String applicationClassPath() {
			return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.filter(entry -> !entry.endsWith("test-classes"))
				.collect(Collectors.joining(File.pathSeparator));
		}

		ApiClient api() {
			return as("staff");
		}

		/** A demo user of the demo company: staff, manager or admin. */
		ApiClient as(String role) {
			return ApiClient.as(port, role + "@demo.chancery", "demo");
		}

		/** Readiness is UP (200) once the start-up runners are done (model deployment, demo data). */
		boolean ready() {
			try {
				HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port
						+ "/actuator/health/readiness").toURL().openConnection();
				connection.setConnectTimeout(500);
				connection.setReadTimeout(2000);
				return connection.getResponseCode() == 200;
			}
			catch (IOException notYet) {
				return false;
			}
		}

		/** SIGKILL: no shutdown hook, no flush, no goodbye. */
		void kill() {
			process.destroyForcibly();
			try {
				process.waitFor();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		private static int freePort() throws IOException {
			try (var socket = new java.net.ServerSocket(0)) {
				return socket.getLocalPort();
			}
		}

	}

}
