package io.chancery.workflow.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

import io.camunda.client.CamundaClient;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.ClusterStub;
import io.chancery.workflow.TaskState;

/**
 * The cluster adapter against a local HTTP stub of the Orchestration Cluster REST API (there is
 * no cluster here): the requests it sends and how it reads the answers.
 */
@ChanceryIntegrationTest
class ClusterUserTaskContractTests {

	private ClusterStub stub;

	private WireMockServer cluster;

	private CamundaClient client;

	@Autowired
	UserTaskRecorder recorder;

	@Autowired
	UserTaskRepository tasks;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ObjectMapper json;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	@BeforeEach
	void startStub() {
		stub = ClusterStub.start();
		cluster = stub.server();
		client = stub.client();
	}

	@AfterEach
	void stopStub() {
		stub.close();
	}

	@Test
	void completeSendsTheVariablesToTheCompletionEndpoint() {
		cluster.stubFor(post("/v2/user-tasks/2251799813685301/completion").willReturn(aResponse().withStatus(204)));

		boolean completed = new ClusterUserTaskEngine(client).complete(task(2251799813685301L),
				Map.of("approved", true, "comment", "fine"));

		assertThat(completed).isTrue();
		cluster.verify(postRequestedFor(urlEqualTo("/v2/user-tasks/2251799813685301/completion"))
			.withRequestBody(equalToJson("""
					{"variables": {"approved": true, "comment": "fine"}}
					""", true, true)));
	}

	@Test
	void completingATaskTheClusterNoLongerKnowsReportsFalse() {
		cluster.stubFor(post("/v2/user-tasks/7/completion").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"about:blank\",\"title\":\"NOT_FOUND\",\"status\":404,\"detail\":\"no user task 7\"}")));

		assertThat(new ClusterUserTaskEngine(client).complete(task(7), Map.of())).isFalse();
	}

	@Test
	void claimAndUnclaimAreMirroredToTheCluster() {
		cluster.stubFor(post("/v2/user-tasks/11/assignment").willReturn(aResponse().withStatus(204)));
		cluster.stubFor(delete("/v2/user-tasks/11/assignee").willReturn(aResponse().withStatus(204)));
		ClusterUserTaskEngine engine = new ClusterUserTaskEngine(client);

		engine.claim(task(11), "staff@demo.chancery");
		engine.unclaim(task(11));

		cluster.verify(postRequestedFor(urlEqualTo("/v2/user-tasks/11/assignment"))
			.withRequestBody(equalToJson("""
					{"assignee": "staff@demo.chancery", "allowOverride": false}
					""", true, true)));
		cluster.verify(deleteRequestedFor(urlEqualTo("/v2/user-tasks/11/assignee")));
	}

	@Test
	void syncRecordsOpenClusterTasksWithTheirCompanyAndClosesTasksTheClusterNoLongerHas() {
		long companyId = ApiClient.as(port, "staff@demo.chancery", "demo").companyId();
		long key = ThreadLocalRandom.current().nextLong(1L << 50, 1L << 52);
		cluster.stubFor(post("/v2/user-tasks/search").willReturn(okJson("""
				{"items":[{"userTaskKey":"%d","name":"Renew passport","state":"CREATED","elementId":"renew",
				  "elementInstanceKey":"42","candidateGroups":["STAFF"],"candidateUsers":[],
				  "processDefinitionId":"document-renewal","processDefinitionKey":"41","processInstanceKey":"40",
				  "formKey":"39","creationDate":"2026-11-21T08:00:00.000Z","dueDate":"2026-11-25T08:00:00.000Z",
				  "tenantId":"<default>","processDefinitionVersion":1,"customHeaders":{},"priority":50}],
				 "page":{"totalItems":1,"startCursor":"a","endCursor":"b","hasMoreTotalItems":false}}
				""".formatted(key))));
		cluster.stubFor(post("/v2/user-tasks/" + key + "/variables/search").willReturn(okJson("""
				{"items":[{"name":"companyId","value":"%d","variableKey":"1","scopeKey":"40","processInstanceKey":"40",
				  "tenantId":"<default>","isTruncated":false},
				 {"name":"documentNumber","value":"\\"P1234567\\"","variableKey":"2","scopeKey":"40",
				  "processInstanceKey":"40","tenantId":"<default>","isTruncated":false}],
				 "page":{"totalItems":2,"hasMoreTotalItems":false}}
				""".formatted(companyId))));
		cluster.stubFor(get("/v2/user-tasks/" + key + "/form").willReturn(okJson("""
				{"formKey":"39","formId":"renewal-form","schema":"{}","version":1,"tenantId":"<default>"}
				""")));
		ClusterUserTaskSync sync = new ClusterUserTaskSync(client, recorder, tasks, transaction, json, clock);

		sync.synchronize();
		sync.synchronize();

		UserTask recorded = clusterTask(key);
		assertThat(recorded.getCompanyId()).isEqualTo(companyId);
		assertThat(recorded.getName()).isEqualTo("Renew passport");
		assertThat(recorded.candidateGroupList()).containsExactly("STAFF");
		assertThat(recorded.getFormId()).isEqualTo("renewal-form");
		assertThat(recorded.getVariables()).contains("\"documentNumber\":\"P1234567\"");
		assertThat(recorded.getState()).isEqualTo(TaskState.OPEN);

		cluster.stubFor(post("/v2/user-tasks/search").willReturn(okJson("""
				{"items":[],"page":{"totalItems":0,"hasMoreTotalItems":false}}
				""")));
		sync.synchronize();

		assertThat(clusterTask(key).getState()).isEqualTo(TaskState.CANCELLED);
		assertThat(clusterTask(key).getClosedReason()).isEqualTo(ClusterUserTaskSync.CLOSED_IN_CLUSTER);
	}

	private UserTask clusterTask(long key) {
		return tasks.findByEngineRunAndEngineKeyIn(EngineRun.CLUSTER.id(), java.util.List.of(key)).stream()
			.reduce((a, b) -> {
				throw new AssertionError("recorded twice");
			})
			.orElseThrow();
	}

	private static UserTask task(long engineKey) {
		return new UserTask(new NewUserTask(1, EngineRun.CLUSTER.id(), engineKey, 1, "p", "e", "n", java.util.List.of(),
				null, null, null, null, "{}"), Clock.systemUTC().instant());
	}

}
