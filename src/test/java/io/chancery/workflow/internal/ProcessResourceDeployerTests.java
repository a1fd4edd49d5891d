package io.chancery.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import io.chancery.support.ChanceryIntegrationTest;

@ChanceryIntegrationTest
class ProcessResourceDeployerTests {

	@Autowired
	ProcessResourceDeployer deployer;

	@Test
	void deploysEveryShippedResourceAndDoesNotReVersionUnchangedOnes() throws Exception {
		DeploymentEvent first = deployer.deploy();
		DeploymentEvent second = deployer.deploy();

		assertThat(versions(first)).containsKeys("test-user-task", "test-timer");
		assertThat(first.getForm()).anySatisfy(form -> assertThat(form.getFormId()).isEqualTo("test-approval"));
		assertThat(versions(second)).isEqualTo(versions(first));
	}

	private static Map<String, Integer> versions(DeploymentEvent deployment) {
		return deployment.getProcesses().stream().collect(Collectors.toMap(Process::getBpmnProcessId, Process::getVersion));
	}

}
