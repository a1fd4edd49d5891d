package io.chancery.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.camunda.client.CamundaClient;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * What start-up deploys to an empty embedded engine, as after a restart: each test starts fresh
 * engines of its own (the app's engine is left alone) and runs the start-up routine against them
 * with the app's database.
 */
@ChanceryIntegrationTest
class ModelRestartTests {

	private static final String TABLE = "restart-check.dmn";

	private static final String PROCESS = "restart-user-task.bpmn";

	@Autowired
	ModelVersionRepository versions;

	@Autowired
	Clock clock;

	/** The app's own start-up would deploy what these tests recorded: they leave no versions behind. */
	@AfterEach
	void forgetTheTestFiles() {
		versions.deleteAll(versions.findAll()
			.stream()
			.filter(version -> List.of(TABLE, PROCESS).contains(version.getResourceName()))
			.toList());
	}

	@Test
	void aManagersVersionSurvivesARestartUntilTheShippedFileChanges() {
		ModelFile shipped = table("shipped");

		onFreshEngine(app -> {
			app.startUp(List.of(shipped));
			assertThat(app.evaluate()).isEqualTo("shipped");
			app.deployments.deploy("manager@demo.chancery", TABLE, table("manager").content(), "changed");
			assertThat(app.evaluate()).isEqualTo("manager");
		});

		onFreshEngine(restarted -> {
			restarted.startUp(List.of(shipped));
			assertThat(restarted.evaluate()).isEqualTo("manager");
		});

		// a new release ships a changed file: it is newer than the manager's version, so it wins
		onFreshEngine(upgraded -> {
			upgraded.startUp(List.of(table("release 2")));
			assertThat(upgraded.evaluate()).isEqualTo("release 2");
		});
		assertThat(versions.findFirstByResourceNameOrderByVersionDesc(TABLE).orElseThrow())
			.extracting(ModelVersion::getVersion, ModelVersion::getSource)
			.containsExactly(3, ModelSource.SHIPPED);

		onFreshEngine(again -> {
			again.startUp(List.of(table("release 2")));
			assertThat(again.evaluate()).isEqualTo("release 2");
		});
		assertThat(versions.findFirstByResourceNameOrderByVersionDesc(TABLE).orElseThrow().getVersion()).isEqualTo(3);
	}

	@Test
	void managerDeployedProcessesGetJobWorkerUserTasksOnTheEmbeddedEngineButAreStoredAsWritten() throws Exception {
		byte[] process;
		try (var in = getClass().getResourceAsStream("/models/roundtrip.bpmn")) {
			// an id of its own: the browser tests deploy roundtrip.bpmn too, and an id belongs to one file
			process = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("modeling-roundtrip", "restart-user-task")
				.getBytes(StandardCharsets.UTF_8);
		}

		onFreshEngine(app -> {
			app.deployments.deploy("manager@demo.chancery", PROCESS, process, null);
			app.client.newCreateInstanceCommand().bpmnProcessId("restart-user-task").latestVersion().send().join();
			app.engine.waitForIdleState(Duration.ofSeconds(10));

			var jobs = app.client.newActivateJobsCommand().jobType("io.camunda.zeebe:userTask").maxJobsToActivate(1)
				.send().join().getJobs();
			assertThat(jobs).singleElement()
				.satisfies(job -> assertThat(job.getCustomHeaders()).containsEntry("purpose", "round trip")
					.containsEntry(UserTaskRewriter.FORM_ID_HEADER, "test-approval"));
		});
		assertThat(new String(versions.findFirstByResourceNameOrderByVersionDesc(PROCESS).orElseThrow().file().content(),
				StandardCharsets.UTF_8)).isEqualTo(new String(process, StandardCharsets.UTF_8)).contains("<zeebe:userTask/>");
	}

	/** A one-rule decision table whose only output is the given text. */
	private static ModelFile table(String answer) {
		String dmn = """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="restart-check-definitions"
				             name="Restart check" namespace="http://chancery.io/test">
				  <decision id="restart-check" name="Restart check">
				    <decisionTable id="restart-check-table">
				      <output id="answer" name="answer" typeRef="string"/>
				      <rule id="always"><outputEntry id="answer-entry"><text>"%s"</text></outputEntry></rule>
				    </decisionTable>
				  </decision>
				</definitions>
				""".formatted(answer);
		return new ModelFile(TABLE, dmn.getBytes(StandardCharsets.UTF_8));
	}

	private void onFreshEngine(Consumer<App> test) {
		EmbeddedZeebeEngine engine = EmbeddedZeebeEngine.start(0);
		try (CamundaClient client = CamundaClient.newClientBuilder()
			.grpcAddress(URI.create("http://" + engine.address()))
			.preferRestOverGrpc(false)
			.build()) {
			ModelDeployments deployments = new ModelDeployments(client, new EngineRun("restart-test", true), versions, clock);
			test.accept(new App(engine, client, deployments, new ProcessResourceDeployer(deployments, versions, Optional.of(engine))));
		}
		finally {
			engine.stop();
		}
	}

	/** The parts of the app that deploy, wired to one fresh engine. */
	private record App(EmbeddedZeebeEngine engine, CamundaClient client, ModelDeployments deployments,
			ProcessResourceDeployer startUp) {

		void startUp(List<ModelFile> shipped) {
			startUp.deploy(shipped);
		}

		String evaluate() {
			return client.newEvaluateDecisionCommand().decisionId("restart-check").variables(Map.of()).send().join()
				.getDecisionOutput().replace("\"", "");
		}

	}

}
