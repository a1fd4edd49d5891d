package io.chancery.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.camunda.client.CamundaClient;
import io.chancery.billing.InvoiceService;
import io.chancery.billing.LineInput;
import io.chancery.billing.QuoteService;
import io.chancery.billing.internal.BillingPdfs;
import io.chancery.expiry.ExpiryScanner;
import io.chancery.links.PublicLinks;
import io.chancery.support.ApiClient;
import io.chancery.tenancy.CompanyService;
import io.chancery.workflow.internal.EmbeddedZeebeEngine;

/**
 * The benchmark suite (issue 12), run only by {@code ./mvnw -B -o -Dskip.frontend -Pbench test}: the whole app
 * on a random port with its embedded engine, a fresh PostgreSQL schema and the dev SMTP server, as the
 * integration tests run it, but with the e-mail outbox sending every second and no per-user API limit. Results are written to
 * {@code target/bench/results.json} and {@code summary.md} after each benchmark. {@code -Dbench.only=pdf,api}
 * runs a subset (names: pdf, excel, flows, api, expiry).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "chancery.notifications.dispatch-interval=1s",
		"camunda.client.request-timeout=PT60S", "logging.level.io.chancery=WARN",
		// wrk calls as one user: the per-user API limit (1 200 a minute) would answer 429 to nearly all of it
		"chancery.rate-limits.api-per-minute=100000000" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChanceryBench {

	private static final Set<String> ONLY = Arrays.stream(System.getProperty("bench.only", "").split(","))
		.map(String::trim).filter(name -> !name.isEmpty()).collect(Collectors.toSet());

	private final BenchReport report = new BenchReport(Path.of(System.getProperty("bench.output", "target/bench")));

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	QuoteService quotes;

	@Autowired
	InvoiceService invoices;

	@Autowired
	BillingPdfs pdfs;

	@Autowired
	PublicLinks links;

	@Autowired
	CompanyService companies;

	@Autowired
	ExpiryScanner scanner;

	@Autowired
	CamundaClient client;

	@Autowired
	EmbeddedZeebeEngine engine;

	@Autowired
	Clock clock;

	long companyId;

	long customerId;

	boolean seeded;

	/** A customer with e-mail who was invoiced before, so the approval rules need no manager for their quotes. */
	@BeforeAll
	void customer() {
		companyId = ApiClient.as(port, "staff@demo.chancery", "demo").companyId();
		var created = ApiClient.as(port, "staff@demo.chancery", "demo").post("/api/v1/customers",
				Map.of("kind", "ORGANISATION", "name", "Bench Trading LLC", "email", "accounts@bench.example.com"));
		customerId = created.json().get("id").asLong();
		long invoiceId = invoices.createDraft(companyId, customerId,
				List.of(LineInput.of("Earlier work", BigDecimal.ONE, new BigDecimal("100.00"), new BigDecimal("5"))), "bench")
			.getId();
		invoices.issue(companyId, invoiceId, "staff@demo.chancery");
	}

	@Test
	@Order(1)
	void pdf() throws Exception {
		assumeTrue(selected("pdf"));
		new PdfBench(invoices, pdfs).run(report, companyId, customerId);
	}

	@Test
	@Order(2)
	void excel() throws Exception {
		assumeTrue(selected("excel"));
		new ExcelBench(context, jdbc).run(report, companyId, customerId);
	}

	@Test
	@Order(3)
	void flows() throws Exception {
		assumeTrue(selected("flows"));
		int inFlight = Integer.getInteger("bench.flows.in-flight", 16);
		Duration warmUp = Duration.ofSeconds(Integer.getInteger("bench.flows.warm-up-seconds", 20));
		Duration measured = Duration.ofSeconds(Integer.getInteger("bench.flows.seconds", 60));
		try (RecordFollower follower = new RecordFollower(engine)) {
			var app = new FlowDriver("quote-approval", "invoice-issue-and-payment",
					new AppFlowSteps(quotes, invoices, links, clock, companyId, customerId, companies.get(companyId).getTimeZone()))
				.run(follower, inFlight, warmUp, measured);
			FlowDriver.Outcome bare;
			try (BareFlowSteps steps = new BareFlowSteps(client, companyId)) {
				bare = new FlowDriver(BareFlowSteps.QUOTE_PROCESS, BareFlowSteps.INVOICE_PROCESS, steps)
					.run(follower, inFlight, warmUp, measured);
			}
			double ratio = app.flowsPerSecond() / bare.flowsPerSecond();
			Map<String, Object> metrics = new LinkedHashMap<>();
			metrics.put("inFlight", inFlight);
			metrics.put("appFlowsPerSecond", app.flowsPerSecond());
			metrics.put("appP50Ms", app.p50Ms());
			metrics.put("appP99Ms", app.p99Ms());
			metrics.put("appCompleted", app.completed());
			metrics.put("appFailedOrUnfinished", app.failed());
			metrics.put("bareFlowsPerSecond", bare.flowsPerSecond());
			metrics.put("bareP50Ms", bare.p50Ms());
			metrics.put("bareP99Ms", bare.p99Ms());
			metrics.put("bareCompleted", bare.completed());
			metrics.put("appOverBare", ratio);
			report.add("flows: quote → approval → invoice → payment", metrics,
					"≥ 50 flows/s and app ≥ 0.6 × bare engine", app.flowsPerSecond() >= 50 && ratio >= 0.6,
					"closed loop with " + inFlight + " flows in flight, " + warmUp.toSeconds() + " s warm-up, "
							+ measured.toSeconds() + " s measured, latency from the quote's submission to the invoice"
							+ " process's 'paid' end event; bare = same BPMN files, no-op workers, messages only.");
		}
	}

	@Test
	@Order(4)
	void api() throws Exception {
		assumeTrue(selected("api"));
		seed();
		new ApiBench().run(report, port);
	}

	/** Last: the escalations it writes set off notifications and renewal processes that load the app for a while. */
	@Test
	@Order(5)
	void expiry() {
		assumeTrue(selected("expiry"));
		seed();
		new ExpiryBench(scanner, jdbc).run(report);
	}

	private void seed() {
		if (!seeded) {
			long start = System.nanoTime();
			DocumentSeed.seed(jdbc, companyId);
			seeded = true;
			report.add("seed: 1 M documents over 50 companies (SQL)", Map.of("seconds", (System.nanoTime() - start) / 1e9),
					null, null, null);
		}
	}

	private static boolean selected(String name) {
		return ONLY.isEmpty() || ONLY.contains(name);
	}

}
