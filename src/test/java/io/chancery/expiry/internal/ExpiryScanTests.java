package io.chancery.expiry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import io.camunda.client.CamundaClient;
import io.chancery.documents.DocumentService;
import io.chancery.expiry.EscalationLevel;
import io.chancery.expiry.ExpiryScanner;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.tenancy.CompanyService;

@ChanceryIntegrationTest
class ExpiryScanTests {

	@LocalServerPort
	int port;

	@Autowired
	DocumentService documents;

	@Autowired
	ExpiryScanner scanner;

	@Autowired
	EscalationRepository escalations;

	@Autowired
	ScanSlotKeeper slots;

	@Autowired
	CompanyService companies;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CamundaClient client;

	ApiClient staff;

	ApiClient manager;

	long companyId;

	long customerId;

	@BeforeEach
	void freshCustomer() {
		staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		manager = ApiClient.as(port, "manager@demo.chancery", "demo");
		companyId = staff.companyId();
		customerId = staff.post("/api/v1/customers", Map.of("kind", "INDIVIDUAL", "name", "Scan " + UUID.randomUUID()))
			.json().get("id").asLong();
	}

	@Test
	void scanFindsTheLevelsOfTheTableOnceAndEscalatesTheNextDayOnlyWhatMoved() {
		Map<Integer, Long> byDaysLeft = new LinkedHashMap<>();
		for (int daysLeft : List.of(12, 11, 10, 6, 5, 2, 1, 0, -3)) {
			byDaysLeft.put(daysLeft, document(daysLeft));
		}

		Map<Long, JsonNode> first = scan();
		assertThat(levels(first, byDaysLeft)).containsExactly(
				entry(12, null), entry(11, null), entry(10, "WARNING"), entry(6, "WARNING"), entry(5, "URGENT"),
				entry(2, "URGENT"), entry(1, "CRITICAL"), entry(0, "CRITICAL"), entry(-3, "EXPIRED"));
		byDaysLeft.values().forEach(id -> assertThat(escalations.findByDocumentIdOrderByDecidedAt(id))
			.as("recorded once, by this scan or by the timer's").hasSizeLessThanOrEqualTo(1));

		Map<Long, JsonNode> again = scan();
		assertThat(again.values()).filteredOn(found -> byDaysLeft.containsValue(found.get("documentId").asLong()))
			.allSatisfy(found -> assertThat(found.get("newlyRecorded").asBoolean()).isFalse());

		ApiClient.as(port, "admin@demo.chancery", "demo").post("/api/v1/dev/clock", Map.of("advance", "P1D"));
		scan();

		Map<Integer, List<EscalationLevel>> recorded = new LinkedHashMap<>();
		byDaysLeft.forEach((days, id) -> recorded.put(days,
				escalations.findByDocumentIdOrderByDecidedAt(id).stream().map(Escalation::getLevel).toList()));
		assertThat(recorded).containsExactly(
				entry(12, List.of()), entry(11, List.of(EscalationLevel.WARNING)),
				entry(10, List.of(EscalationLevel.WARNING)),
				entry(6, List.of(EscalationLevel.WARNING, EscalationLevel.URGENT)),
				entry(5, List.of(EscalationLevel.URGENT)),
				entry(2, List.of(EscalationLevel.URGENT, EscalationLevel.CRITICAL)),
				entry(1, List.of(EscalationLevel.CRITICAL)),
				entry(0, List.of(EscalationLevel.CRITICAL, EscalationLevel.EXPIRED)),
				entry(-3, List.of(EscalationLevel.EXPIRED)));
	}

	@Test
	void twoScansAtOnceRecordEachEscalationOnce() {
		List<Long> ids = List.of(document(1), document(4), document(9), document(-2));

		var first = CompletableFuture.supplyAsync(() -> scanner.scan(companyId));
		var second = CompletableFuture.supplyAsync(() -> scanner.scan(companyId));
		first.join();
		second.join();

		ids.forEach(id -> assertThat(escalations.findByDocumentIdOrderByDecidedAt(id)).hasSize(1));
	}

	@Test
	void aManagersChangeToTheTableChangesTheNextScan() throws Exception {
		long in20Days = document(20);
		assertThat(scanner.scan(companyId)).noneMatch(found -> found.documentId() == in20Days);
		String shipped = resource("dmn/escalation-windows.dmn");
		try {
			deploy(shipped.replace("<text>[6..10]</text>", "<text>[6..30]</text>"));

			assertThat(scanner.scan(companyId)).anySatisfy(found -> {
				assertThat(found.documentId()).isEqualTo(in20Days);
				assertThat(found.level()).isEqualTo(EscalationLevel.WARNING);
			});
		}
		finally {
			deploy(shipped);
		}
	}

	@Test
	void twoScansMarkingANewCompanyAtOnceBothSucceed() {
		long newCompany = companies.ensureExists("Slots " + UUID.randomUUID(), null, "AE", "AED", ZoneId.of("Asia/Dubai"))
			.getId();
		Instant noon = Instant.parse("2030-01-01T08:00:00Z");
		Instant midnight = noon.minus(Duration.ofHours(12));
		CompletableFuture<Void> otherScan = new TransactionTemplate(transactions).execute(status -> {
			slots.markScanned(newCompany, noon);
			// the other scan must meet this scan's row while it is not committed yet
			CompletableFuture<Void> other = CompletableFuture.runAsync(() -> slots.markScanned(newCompany, midnight));
			await().atMost(Duration.ofSeconds(60)).until(() -> jdbc
				.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%expiry_scan_slot%'")
				.query(Integer.class).single() > 0);
			return other;
		});

		otherScan.join();
		assertThat(jdbc.sql("select last_slot from expiry_scan_slot where company_id = ?").param(newCompany)
			.query(java.sql.Timestamp.class).single().toInstant()).as("the scan that marked last").isEqualTo(midnight);
	}

	@Test
	void theTimerScansACompanyWhenItsLocalMidnightOrNoonComes() {
		long in3Days = document(3);
		slots.markScanned(companyId, Instant.EPOCH);

		ApiClient.as(port, "admin@demo.chancery", "demo").post("/api/v1/dev/clock", Map.of("advance", "PT16M"));

		await().atMost(Duration.ofSeconds(60))
			.until(() -> escalations.existsByDocumentIdAndLevel(in3Days, EscalationLevel.URGENT));
	}

	private long document(int daysLeft) {
		LocalDate today = documents.today(companyId);
		Map<String, Object> body = new HashMap<>(Map.of("typeCode", "PASSPORT", "customerId", customerId, "number",
				"S" + (1000000 + ThreadLocalRandom.current().nextInt(8999999)), "expiryDate",
				today.plusDays(daysLeft).toString()));
		var created = staff.post("/api/v1/documents", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private Map<Long, JsonNode> scan() {
		var response = manager.post("/api/v1/admin/expiry-scan", "");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		Map<Long, JsonNode> found = new HashMap<>();
		response.json().get("found").forEach(item -> found.put(item.get("documentId").asLong(), item));
		return found;
	}

	private static Map<Integer, String> levels(Map<Long, JsonNode> found, Map<Integer, Long> byDaysLeft) {
		Map<Integer, String> levels = new LinkedHashMap<>();
		byDaysLeft.forEach((days, id) -> levels.put(days, found.containsKey(id) ? found.get(id).get("level").asText() : null));
		return levels;
	}

	private static <V> Map.Entry<Integer, V> entry(int days, V value) {
		return new java.util.AbstractMap.SimpleEntry<>(days, value);
	}

	private void deploy(String dmn) {
		client.newDeployResourceCommand()
			.addResourceBytes(dmn.getBytes(StandardCharsets.UTF_8), "escalation-windows.dmn")
			.send()
			.join();
	}

	private static String resource(String path) throws Exception {
		try (InputStream in = ExpiryScanTests.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
