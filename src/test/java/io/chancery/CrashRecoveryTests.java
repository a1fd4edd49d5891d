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
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.chancery.support.ApiClient;
import io.chancery.support.TestDatabase;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Embedded mode survives kill -9: the application runs as a separate JVM (its own data folder and
 * PostgreSQL schema, its mail going to an SMTP server in this JVM) while this test drives 100
 * invoice flows through the REST API and kills the JVM at seeded random moments, restarting it each
 * time. In the end every flow must have finished as driven, each invoice process exactly once; no
 * invoice number may be missing or doubled; no e-mail may reach a customer twice; no event may be
 * left undelivered.
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
		for (int i = 0; i < FLOWS; i++) {
			flows.add(new Flow(i, Kind.values()[i % Kind.values().length], "crash-" + i + "-" + schema + "@example.com"));
		}
		// one kill in each stretch of the ~430 actions, at a random action within it
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
			if (flow.advance(app.api())) {
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
		Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).until(() -> settled(flows));

		checkEveryFlowEndedAsDriven(flows);
		int[] mail = checkNoMailTwice(flows);
		checkInvoiceNumbersGapless();
		checkNoTaskTwiceAndNoEventLeft();
		System.out.printf("Crash test: %d flows (%d API actions), %d kills survived, %d invoice e-mails delivered once "
				+ "(%d interrupted mid-send, not repeated by design), engine log %d KB; restarts took %s%n", flows.size(),
				actions, kills, mail[0], mail[1],
				Files.size(dataDir.resolve("engine/engine.log")) / 1024, App.startTimes);
	}

	private boolean settled(List<Flow> flows) {
		for (Flow flow : flows) {
			String status = db.sql("select status from invoice where id = ?").param(flow.invoiceId).query(String.class)
				.single();
			if (!status.equals(flow.kind.finalStatus)) {
				return false;
			}
		}
		// the flows' own processes: demo invoices of the same company wait for payment for ever
		long unfinishedInstances = db.sql("select count(*) from process_instance where state = 'ACTIVE' and business_key in (:keys)")
			.param("keys", flows.stream().map(flow -> "invoice " + flow.invoiceId).toList()).query(Long.class).single();
		long pendingMail = db.sql("select count(*) from email_outbox where status = 'PENDING'").query(Long.class).single();
		long pendingEvents = db.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class).single();
		return unfinishedInstances == 0 && pendingMail == 0 && pendingEvents == 0;
	}

	private void checkEveryFlowEndedAsDriven(List<Flow> flows) {
		for (Flow flow : flows) {
			List<String> instances = db.sql("select state from process_instance where business_key = ?")
				.param("invoice " + flow.invoiceId).query(String.class).list();
			assertThat(instances).as("the invoice process of flow %d, once and finished", flow.n)
				.containsExactly("COMPLETED");
			BigDecimal paid = db.sql("select coalesce(sum(amount), 0) from payment where invoice_id = ?")
				.param(flow.invoiceId).query(BigDecimal.class).single();
			assertThat(paid).as("payments of flow %d", flow.n).isEqualByComparingTo(flow.kind.paid);
		}
	}

	/**
	 * No e-mail may reach anyone twice. Each invoice e-mail is queued at most once (once for every paid
	 * invoice) and arrives once if sent; one whose sending a kill interrupted (SENDING, or FAILED
	 * after the claim timed out) is not sent again, by design: a double is worse than a miss staff
	 * see. Returns the e-mails delivered and those interrupted.
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
			String number = db.sql("select number from invoice where id = ?").param(flow.invoiceId).query(String.class)
				.single();
			List<String> outbox = db.sql("select status from email_outbox where mail_key = ?")
				.param("invoice-sent-" + flow.invoiceId).query(String.class).list();
			assertThat(outbox.size()).as("invoice e-mails queued for flow %d", flow.n)
				.isEqualTo(flow.kind == Kind.CANCEL_AFTER_ISSUE ? outbox.size() : 1);
			int arrived = received.entrySet().stream()
				.filter(mail -> mail.getKey().startsWith(flow.email + " | ") && mail.getKey().contains(number))
				.mapToInt(Map.Entry::getValue).sum();
			if (outbox.contains("SENT")) {
				assertThat(arrived).as("flow %d's invoice e-mail", flow.n).isOne();
				delivered++;
			}
			else {
				// killed between claiming and recording: the SMTP server may or may not have it
				assertThat(arrived).as("flow %d's interrupted invoice e-mail", flow.n).isLessThanOrEqualTo(1);
				interrupted += outbox.size();
			}
		}
		return new int[] { delivered, interrupted };
	}

	private void checkInvoiceNumbersGapless() {
		int year = LocalDate.now().getYear();
		for (long company : db.sql("select distinct company_id from invoice where number is not null").query(Long.class).list()) {
			List<Integer> sequence = db.sql("select number from invoice where company_id = ? and number like ?")
				.param(company).param("INV-" + year + "-%").query(String.class).list()
				.stream().map(number -> Integer.parseInt(number.substring(number.lastIndexOf('-') + 1))).sorted().toList();
			for (int i = 0; i < sequence.size(); i++) {
				assertThat(sequence.get(i)).as("invoice numbers of company %d: no gap, no repeat", company).isEqualTo(i + 1);
			}
		}
	}

	private void checkNoTaskTwiceAndNoEventLeft() {
		assertThat(db.sql("""
				select count(*) from (select process_instance_key, element_id from user_task
				  group by engine_run, process_instance_key, element_id having count(*) > 1) doubled""")
			.query(Long.class).single()).as("user tasks recorded twice").isZero();
		assertThat(db.sql("select count(*) from engine_export").query(Long.class).single())
			.as("one engine run across all restarts").isOne();
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

	/** One invoice, driven step by step: customer, draft, issue, then payments or a cancellation. */
	private static final class Flow {

		final int n;

		final Kind kind;

		final String email;

		long customerId;

		long invoiceId;

		int step;

		Flow(int n, Kind kind, String email) {
			this.n = n;
			this.kind = kind;
			this.email = email;
		}

		boolean driven() {
			return step == (kind == Kind.PAY_IN_TWO ? 5 : 4);
		}

		/** Takes the next step if it can be taken now; false when the app is not there yet. */
		boolean advance(ApiClient api) {
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
			step++;
			return true;
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
				Awaitility.await().atMost(READY_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
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
			return ApiClient.as(port, "staff@demo.chancery", "demo");
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
