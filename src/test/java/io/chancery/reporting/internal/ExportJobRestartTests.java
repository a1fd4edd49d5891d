package io.chancery.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.shared.NotFoundException;
import io.chancery.storage.FileStore;
import io.chancery.storage.StorageArea;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.UserAccountService;

/**
 * Background exports across a restart. A restart is a second {@link ExportJobs} with nothing in
 * memory, over the same database and file store, as a new process would have; a job its process
 * dropped mid-way is the row such a process leaves behind (RUNNING, its heartbeat stopped).
 */
@ChanceryIntegrationTest
class ExportJobRestartTests {

	static final String ANALYST = "analyst@demo.chancery";

	@LocalServerPort
	int port;

	@Autowired
	ExportJobs jobs;

	@Autowired
	ExportJobStore store;

	@Autowired
	ListExporter exporter;

	@Autowired
	FileStore files;

	@Autowired
	UserAccountService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	ApiClient analyst;

	ChanceryUser user;

	ExportJobs afterRestart;

	@BeforeEach
	void setUp() {
		analyst = ApiClient.as(port, ANALYST, "demo");
		user = jdbc.sql("select company_id, id from app_user where email = ?").param(ANALYST)
			.query((rs, n) -> ChanceryUser.of(users.get(rs.getLong(1), rs.getLong(2)))).single();
		afterRestart = new ExportJobs(exporter, store, files, clock);
	}

	@AfterEach
	void stop() {
		afterRestart.stop();
	}

	@Test
	void aFinishedExportIsStillThereAfterARestart() throws Exception {
		JsonNode done = finished(analyst.post("/api/v1/exports/customers", "").json().get("statusUrl").asText());
		UUID id = UUID.fromString(done.get("id").asText());

		ExportJob found = afterRestart.get(user, id);
		assertThat(found.status()).isEqualTo(ExportJob.Status.DONE);
		assertThat(found.fileKey()).isNotNull();
		assertThat(afterRestart.of(user)).extracting(ExportJob::id).contains(id);
		try (InputStream in = afterRestart.open(found); Workbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(found.rows()).isPositive();
		}
	}

	@Test
	void anExportARestartCutShortShowsAsFailedAndCanBeRetried() throws Exception {
		UUID id = running(clock.instant().minus(ExportJobs.SILENT_FOR).minusSeconds(30));
		String status = "/api/v1/exports/jobs/" + id;

		// the new process's first heartbeat round, at start-up
		afterRestart.heartbeat();

		JsonNode failed = analyst.get(status).json();
		assertThat(failed.get("status").asText()).isEqualTo("FAILED");
		assertThat(failed.get("error").asText()).isEqualTo(ExportJobs.INTERRUPTED);
		assertThat(failed.get("downloadUrl").isNull()).isTrue();

		ApiClient.Response retried = analyst.post(failed.get("retryUrl").asText(), "");
		assertThat(retried.status()).as(retried.body()).isEqualTo(202);
		JsonNode done = finished(retried.json().get("statusUrl").asText());
		assertThat(done.get("list").asText()).isEqualTo("customers");
		assertThat(analyst.get(status).status()).as("the failed job gives way to its retry").isEqualTo(404);
		HttpResponse<InputStream> file = download(done.get("downloadUrl").asText());
		assertThat(file.statusCode()).isEqualTo(200);
		try (InputStream in = file.body(); Workbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(done.get("rows").asInt());
		}
		assertThat(analyst.post(done.get("statusUrl").asText() + "/retry", "").status()).as("only failed ones").isEqualTo(409);
	}

	@Test
	void theSweepSparesTheJobsItsOwnProcessRuns() {
		Instant now = clock.instant();
		UUID mine = running(now);
		UUID lost = running(now);

		// as if a minute had passed without a heartbeat from either
		store.failSilent(now.plus(ExportJobs.SILENT_FOR), Set.of(mine), ExportJobs.INTERRUPTED, now);

		assertThat(store.find(mine).orElseThrow().status()).isEqualTo(ExportJob.Status.RUNNING);
		assertThat(store.find(lost).orElseThrow().status()).isEqualTo(ExportJob.Status.FAILED);
		store.delete(mine);
		store.delete(lost);
	}

	private UUID running(Instant heartbeat) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into export_job (id, company_id, user_id, list_name, status, rows_written, started_at, heartbeat_at)
				values (?, ?, ?, 'customers', 'RUNNING', 0, ?, ?)""")
			.params(id, user.companyId(), user.id(), heartbeat.atOffset(ZoneOffset.UTC), heartbeat.atOffset(ZoneOffset.UTC))
			.update();
		return id;
	}

	@Test
	void finishedJobsAndTheirFilesAreDeletedAfterADay() {
		JsonNode done = finished(analyst.post("/api/v1/exports/customers", "").json().get("statusUrl").asText());
		UUID id = UUID.fromString(done.get("id").asText());
		String key = store.find(id).orElseThrow().fileKey();
		jdbc.sql("update export_job set finished_at = ? where id = ?")
			.params(clock.instant().minus(ExportJobs.KEPT_FOR).minusSeconds(60).atOffset(ZoneOffset.UTC), id)
			.update();

		jobs.forgetOldJobs();

		assertThat(store.find(id)).isEmpty();
		assertThat(analyst.get(done.get("statusUrl").asText()).status()).isEqualTo(404);
		assertThatThrownBy(() -> files.open(StorageArea.PRIVATE, key).close()).isInstanceOf(NotFoundException.class);
	}

	private JsonNode finished(String statusUrl) {
		return await().atMost(Duration.ofSeconds(60)).until(() -> analyst.get(statusUrl).json(),
				job -> !job.get("status").asText().equals("RUNNING"));
	}

	private HttpResponse<InputStream> download(String path) throws Exception {
		String basic = Base64.getEncoder().encodeToString((ANALYST + ":demo").getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
	}

}
