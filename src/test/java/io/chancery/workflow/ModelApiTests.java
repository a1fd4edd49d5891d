package io.chancery.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.camunda.client.CamundaClient;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.EscalationWindows;

/** Processes & rules over the API: listing, reading, deploying and re-deploying model versions. */
@ChanceryIntegrationTest
class ModelApiTests {

	private static final String DMN = EscalationWindows.RESOURCE;

	@LocalServerPort
	int port;

	@Autowired
	CamundaClient engine;

	@AfterEach
	void restoreShippedTable() {
		EscalationWindows.restore(port);
	}

	@Test
	void listsEveryDeployedFileWithItsVersionsAndDefinitions() {
		JsonNode models = manager().get("/api/v1/models").json();

		JsonNode table = model(models, DMN);
		assertThat(table.get("kind").asText()).isEqualTo("DMN");
		assertThat(table.get("currentVersion").asInt()).isEqualTo(table.at("/versions/0/version").asInt());
		JsonNode shipped = table.get("versions").get(table.get("versions").size() - 1);
		assertThat(shipped.get("version").asInt()).isEqualTo(1);
		assertThat(shipped.get("source").asText()).isEqualTo("SHIPPED");
		assertThat(shipped.get("deployedBy").isNull()).isTrue();
		assertThat(shipped.get("definitions").findValuesAsText("definitionId"))
			.containsExactlyInAnyOrder("escalation-windows-definitions", "escalation-windows");
		assertThat(model(models, "document-renewal.bpmn").at("/versions/0/definitions/0/definitionId").asText())
			.isEqualTo("document-renewal");
		assertThat(model(models, "renewal-contact.form").get("kind").asText()).isEqualTo("FORM");
	}

	@Test
	void theCurrentVersionIsTheFileAsWrittenBeforeTheEmbeddedRewrite() throws IOException {
		ApiClient.Response table = manager().get("/api/v1/models/" + DMN);
		assertThat(table.status()).isEqualTo(200);
		assertThat(table.contentType()).startsWith("application/xml");
		assertThat(table.body()).isEqualTo(new String(EscalationWindows.shipped(), StandardCharsets.UTF_8));

		// the embedded engine runs the renewal process with job-worker user tasks; the stored file keeps Camunda user tasks
		String renewal = manager().get("/api/v1/models/document-renewal.bpmn").body();
		assertThat(renewal).isEqualTo(resource("/bpmn/document-renewal.bpmn")).contains("zeebe:userTask");

		assertThat(manager().get("/api/v1/models/no-such-file.dmn").status()).isEqualTo(404);
	}

	@Test
	void aDeployedTableIsANewVersionAndTheNextEvaluationUsesIt() {
		int before = currentVersion(DMN);
		assertThat(EscalationWindows.passportLevel(engine, 20)).isNull();

		ApiClient.Response deployed = manager().upload("/api/v1/deployments?comment=Warn+a+month+ahead", "file", DMN,
				EscalationWindows.widenedWarning());

		assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
		JsonNode version = deployed.json();
		assertThat(version.get("version").asInt()).isEqualTo(before + 1);
		assertThat(version.get("source").asText()).isEqualTo("MANAGER");
		assertThat(version.get("deployedBy").asText()).isEqualTo("manager@demo.chancery");
		assertThat(version.get("comment").asText()).isEqualTo("Warn a month ahead");
		assertThat(version.get("definitions").findValuesAsText("definitionId")).contains("escalation-windows");
		assertThat(EscalationWindows.passportLevel(engine, 20)).isEqualTo("WARNING");
		assertThat(manager().get("/api/v1/models/" + DMN).body()).contains("[6..30]");
	}

	@Test
	void unchangedContentDeploysNoNewVersion() {
		int before = currentVersion(DMN);

		ApiClient.Response again = manager().upload("/api/v1/deployments", "file", DMN, EscalationWindows.shipped());

		assertThat(again.status()).as(again.body()).isEqualTo(200);
		assertThat(again.json().get("version").asInt()).isEqualTo(before);
		assertThat(currentVersion(DMN)).isEqualTo(before);
	}

	@Test
	void anEarlierVersionCanBeDeployedAgain() {
		int original = currentVersion(DMN);
		manager().upload("/api/v1/deployments", "file", DMN, EscalationWindows.widenedWarning());
		assertThat(EscalationWindows.passportLevel(engine, 20)).isEqualTo("WARNING");

		ApiClient.Response redeployed = manager().post("/api/v1/models/" + DMN + "/versions/" + original + "/redeploy", "{}");

		assertThat(redeployed.status()).as(redeployed.body()).isEqualTo(201);
		assertThat(redeployed.json().get("version").asInt()).isEqualTo(original + 2);
		assertThat(redeployed.json().get("comment").asText()).isEqualTo("Re-deployed version " + original);
		assertThat(EscalationWindows.passportLevel(engine, 20)).isNull();
		assertThat(manager().get("/api/v1/models/" + DMN + "/versions/" + (original + 1)).body()).contains("[6..30]");
	}

	@Test
	void aModelTheEngineRefusesIsAnsweredWithTheEngineMessageAndNotRecorded() throws IOException {
		ApiClient.Response refused = manager().upload("/api/v1/deployments", "file", "missing-job-type.bpmn",
				resource("/models/missing-job-type.bpmn").getBytes(StandardCharsets.UTF_8));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("detail").asText()).contains("rejected missing-job-type.bpmn");
		assertThat(refused.json().get("engineMessage").asText()).contains("zeebe:taskDefinition");
		assertThat(manager().get("/api/v1/models").body()).doesNotContain("missing-job-type");
	}

	@Test
	void aFileThatDoesNotParseIsRefusedWithTheParserMessage() {
		byte[] broken = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><bpmn:process"
			.getBytes(StandardCharsets.UTF_8);

		ApiClient.Response refused = manager().upload("/api/v1/deployments", "file", "broken.bpmn", broken);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("detail").asText()).contains("broken.bpmn is not a valid BPMN file");
		assertThat(manager().get("/api/v1/models").body()).doesNotContain("broken.bpmn");
	}

	@Test
	void aProcessIdStaysWithTheFileThatDefinesIt() throws IOException {
		ApiClient.Response copy = manager().upload("/api/v1/deployments", "file", "renewal-copy.bpmn",
				resource("/bpmn/document-renewal.bpmn").getBytes(StandardCharsets.UTF_8));

		assertThat(copy.status()).isEqualTo(400);
		assertThat(copy.json().get("detail").asText()).contains("document-renewal.bpmn already defines");
		assertThat(manager().get("/api/v1/models").body()).doesNotContain("renewal-copy");
	}

	@Test
	void onlyModelFilesWithPlainNamesAreAccepted() {
		ApiClient.Response script = manager().upload("/api/v1/deployments", "file", "run.sh", "echo".getBytes());
		ApiClient.Response path = manager().upload("/api/v1/deployments", "file", "../escalation-windows.dmn",
				EscalationWindows.shipped());

		assertThat(script.status()).isEqualTo(400);
		assertThat(script.json().at("/errors/0/field").asText()).isEqualTo("file");
		assertThat(path.status()).isEqualTo(400);
	}

	@Test
	void onlyManagersAndAdminsDeployAndStaffDoNotSeeModels() {
		ApiClient staff = ApiClient.as(port, "staff@demo.chancery", "demo");
		ApiClient analyst = ApiClient.as(port, "analyst@demo.chancery", "demo");

		assertThat(staff.upload("/api/v1/deployments", "file", DMN, EscalationWindows.widenedWarning()).status())
			.isEqualTo(403);
		assertThat(analyst.upload("/api/v1/deployments", "file", DMN, EscalationWindows.widenedWarning()).status())
			.isEqualTo(403);
		assertThat(staff.get("/api/v1/models").status()).isEqualTo(403);
		assertThat(analyst.get("/api/v1/models").status()).isEqualTo(200);
		assertThat(EscalationWindows.passportLevel(engine, 20)).isNull();
	}

	private ApiClient manager() {
		return ApiClient.as(port, "manager@demo.chancery", "demo");
	}

	private int currentVersion(String resourceName) {
		return model(manager().get("/api/v1/models").json(), resourceName).get("currentVersion").asInt();
	}

	private static JsonNode model(JsonNode models, String resourceName) {
		for (JsonNode model : models) {
			if (model.get("resourceName").asText().equals(resourceName)) {
				return model;
			}
		}
		throw new AssertionError(resourceName + " is not listed: " + models);
	}

	private static String resource(String path) throws IOException {
		try (InputStream in = ModelApiTests.class.getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
