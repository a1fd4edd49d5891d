package io.chancery.monitoring.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.chancery.support.ClusterStub;

/**
 * The cluster adapter of the monitor against a local stub of the Orchestration Cluster REST API
 * (there is no cluster here): what it asks, and how it reads the answers.
 */
class ClusterProcessMonitorContractTests {

	private static final Viewer COMPANY_7 = new Viewer(7, true);

	private static final String INSTANCE = """
			{"processInstanceKey":"2251799813685301","processDefinitionId":"document-renewal",
			 "processDefinitionName":"Document renewal","processDefinitionVersion":2,"processDefinitionKey":"2251799813685100",
			 "startDate":"2026-11-21T08:00:00.000Z","state":"ACTIVE","hasIncident":true,"tenantId":"<default>"}""";

	private ClusterStub stub;

	private WireMockServer cluster;

	private ClusterProcessMonitor monitor;

	@BeforeEach
	void startStub() {
		stub = ClusterStub.start();
		cluster = stub.server();
		monitor = new ClusterProcessMonitor(stub.client(), "http://localhost:8088/operate/");
	}

	@AfterEach
	void stopStub() {
		stub.close();
	}

	@Test
	void instancesAreSearchedForTheViewersCompanyWithTheirBusinessKeyWhereTheyWaitAndAnOperateLink() {
		cluster.stubFor(post("/v2/process-instances/search").willReturn(okJson(page(INSTANCE, "cursor-2"))));
		stubBusinessKey();
		cluster.stubFor(post("/v2/element-instances/search").willReturn(okJson(page("""
				{"elementInstanceKey":"2251799813685310","processInstanceKey":"2251799813685301","elementId":"contact-customer",
				 "elementName":"Contact the customer","type":"USER_TASK","state":"ACTIVE","incident":false,
				 "startDate":"2026-11-21T08:00:01.000Z","processDefinitionId":"document-renewal",
				 "processDefinitionKey":"2251799813685100","tenantId":"<default>"}""", null))));

		CursorPage<InstanceSummary> page = monitor.instances(COMPANY_7,
				new InstanceQuery("document-renewal", 2, InstanceState.ACTIVE, true, "cursor-1", 1));

		cluster.verify(postRequestedFor(urlEqualTo("/v2/process-instances/search")).withRequestBody(equalToJson("""
				{"filter":{"processDefinitionId":{"$eq":"document-renewal"},"processDefinitionVersion":{"$eq":2},
				  "state":{"$eq":"ACTIVE"},"hasIncident":true,
				  "variables":[{"name":"companyId","value":{"$eq":"7"}}]},
				 "sort":[{"field":"startDate","order":"DESC"}],"page":{"limit":1,"after":"cursor-1"}}""", true, true)));
		assertThat(page.next()).isEqualTo("cursor-2");
		InstanceSummary instance = page.items().getFirst();
		assertThat(instance.key()).isEqualTo(2251799813685301L);
		assertThat(instance.version()).isEqualTo(2);
		assertThat(instance.businessKey()).isEqualTo("P1234567");
		assertThat(instance.incident()).isTrue();
		assertThat(instance.currentElements()).containsExactly("Contact the customer");
		assertThat(instance.operateUrl()).isEqualTo("http://localhost:8088/operate/processes/2251799813685301");
	}

	@Test
	void anInstanceShowsItsDiagramHistoryAndIncidents() {
		cluster.stubFor(post("/v2/process-instances/search").willReturn(okJson(page(INSTANCE, null))));
		stubBusinessKey();
		cluster.stubFor(post("/v2/element-instances/search").willReturn(okJson(page("""
				{"elementInstanceKey":"2251799813685305","processInstanceKey":"2251799813685301","elementId":"mark-in-renewal",
				 "elementName":"Mark document in renewal","type":"SERVICE_TASK","state":"ACTIVE","incident":true,
				 "incidentKey":"2251799813685320","startDate":"2026-11-21T08:00:01.000Z",
				 "processDefinitionId":"document-renewal","processDefinitionKey":"2251799813685100","tenantId":"<default>"},
				{"elementInstanceKey":"2251799813685303","processInstanceKey":"2251799813685301","elementId":"renewal-requested",
				 "type":"START_EVENT","state":"COMPLETED","incident":false,"startDate":"2026-11-21T08:00:00.000Z",
				 "endDate":"2026-11-21T08:00:00.500Z","processDefinitionId":"document-renewal",
				 "processDefinitionKey":"2251799813685100","tenantId":"<default>"}""", null))));
		cluster.stubFor(post("/v2/incidents/search").willReturn(okJson(page(incident(), null))));
		cluster.stubFor(get("/v2/process-definitions/2251799813685100/xml")
			.willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody("<definitions/>")));

		InstanceDetails details = monitor.instance(COMPANY_7, 2251799813685301L).orElseThrow();

		cluster.verify(postRequestedFor(urlEqualTo("/v2/incidents/search")).withRequestBody(equalToJson("""
				{"filter":{"processInstanceKey":"2251799813685301"}}""", true, true)));
		assertThat(details.bpmnXml()).isEqualTo("<definitions/>");
		assertThat(details.activeElementIds()).containsExactly("mark-in-renewal");
		assertThat(details.completedElementIds()).containsExactly("renewal-requested");
		assertThat(details.incidentElementIds()).containsExactly("mark-in-renewal");
		IncidentView incident = details.incidents().getFirst();
		assertThat(incident.errorMessage()).isEqualTo("Document 42 not found");
		assertThat(incident.jobKey()).isEqualTo(2251799813685330L);
		assertThat(incident.businessKey()).isEqualTo("P1234567");
	}

	@Test
	void anInstanceOrIncidentOutsideTheViewersCompanyIsAbsent() {
		cluster.stubFor(post("/v2/process-instances/search").willReturn(okJson(page(null, null))));
		cluster.stubFor(get("/v2/incidents/2251799813685320").willReturn(okJson(incident())));
		cluster.stubFor(get("/v2/incidents/1").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"type\":\"about:blank\",\"title\":\"NOT_FOUND\",\"status\":404,\"detail\":\"no incident 1\"}")));

		assertThat(monitor.instance(COMPANY_7, 2251799813685301L)).isEmpty();
		assertThat(monitor.incident(COMPANY_7, 2251799813685320L)).isEmpty();
		assertThat(monitor.incident(COMPANY_7, 1)).isEmpty();
		cluster.verify(postRequestedFor(urlEqualTo("/v2/process-instances/search")).withRequestBody(equalToJson("""
				{"filter":{"processInstanceKey":{"$eq":"2251799813685301"},
				  "variables":[{"name":"companyId","value":{"$eq":"7"}}]}}""", true, true)));
	}

	@Test
	void openIncidentsAreThoseOfTheCompanysInstancesWithAnIncident() {
		cluster.stubFor(post("/v2/process-instances/search").willReturn(okJson(page(INSTANCE, null))));
		stubBusinessKey();
		cluster.stubFor(post("/v2/incidents/search").willReturn(okJson(page(incident(), null))));

		CursorPage<IncidentView> page = monitor.incidents(COMPANY_7, null, 20);

		cluster.verify(postRequestedFor(urlEqualTo("/v2/process-instances/search")).withRequestBody(equalToJson("""
				{"filter":{"state":{"$eq":"ACTIVE"},"hasIncident":true,
				  "variables":[{"name":"companyId","value":{"$eq":"7"}}]},"page":{"limit":20}}""", true, true)));
		cluster.verify(postRequestedFor(urlEqualTo("/v2/incidents/search")).withRequestBody(equalToJson("""
				{"filter":{"processInstanceKey":"2251799813685301","state":"ACTIVE"}}""", true, true)));
		assertThat(page.next()).isNull();
		assertThat(page.items()).extracting(IncidentView::key, IncidentView::businessKey, IncidentView::state)
			.containsExactly(tuple(2251799813685320L, "P1234567", IncidentState.ACTIVE));
	}

	@Test
	void definitionsCountTheCompanysInstancesPerVersion() {
		cluster.stubFor(post("/v2/process-definitions/search").willReturn(okJson(page("""
				{"processDefinitionKey":"2251799813685100","processDefinitionId":"document-renewal","name":"Document renewal",
				 "version":1,"resourceName":"document-renewal.bpmn","tenantId":"<default>"},
				{"processDefinitionKey":"2251799813685200","processDefinitionId":"document-renewal","name":"Document renewal",
				 "version":2,"resourceName":"document-renewal.bpmn","tenantId":"<default>"}""", null))));
		cluster.stubFor(post("/v2/process-instances/search").willReturn(okJson(count(0))));
		cluster.stubFor(post("/v2/process-instances/search")
			.withRequestBody(matchingJsonPath("$.filter.processDefinitionKey.$eq", equalTo("2251799813685200")))
			.withRequestBody(matchingJsonPath("$.filter.state.$eq", equalTo("ACTIVE")))
			.willReturn(okJson(count(5))));
		cluster.stubFor(post("/v2/process-instances/search")
			.withRequestBody(matchingJsonPath("$.filter.processDefinitionKey.$eq", equalTo("2251799813685200")))
			.withRequestBody(matchingJsonPath("$.filter.hasIncident", equalTo("true")))
			.willReturn(okJson(count(2))));
		cluster.stubFor(post("/v2/process-instances/search")
			.withRequestBody(matchingJsonPath("$.filter.processDefinitionKey.$eq", equalTo("2251799813685100")))
			.withRequestBody(matchingJsonPath("$.filter.state.$eq", equalTo("COMPLETED")))
			.willReturn(okJson(count(40))));

		assertThat(monitor.definitions(COMPANY_7)).containsExactly(
				new DefinitionSummary("document-renewal", "Document renewal", 2, 5, 2, 0),
				new DefinitionSummary("document-renewal", "Document renewal", 1, 0, 0, 40));
	}

	private void stubBusinessKey() {
		cluster.stubFor(post("/v2/variables/search").willReturn(okJson(page("""
				{"variableKey":"1","name":"documentNumber","value":"\\"P1234567\\"","scopeKey":"2251799813685301",
				 "processInstanceKey":"2251799813685301","tenantId":"<default>","isTruncated":false}""", null))));
	}

	private static String incident() {
		return """
				{"incidentKey":"2251799813685320","processDefinitionKey":"2251799813685100",
				 "processDefinitionId":"document-renewal","processInstanceKey":"2251799813685301","errorType":"JOB_NO_RETRIES",
				 "errorMessage":"Document 42 not found","elementId":"mark-in-renewal","elementInstanceKey":"2251799813685305",
				 "creationTime":"2026-11-21T08:00:02.000Z","state":"ACTIVE","jobKey":"2251799813685330","tenantId":"<default>"}""";
	}

	private static String page(String items, String endCursor) {
		return "{\"items\":[" + (items == null ? "" : items) + "],\"page\":{\"totalItems\":" + (items == null ? 0 : 1)
				+ (endCursor == null ? "" : ",\"endCursor\":\"" + endCursor + "\"") + "}}";
	}

	private static String count(long totalItems) {
		return "{\"items\":[],\"page\":{\"totalItems\":" + totalItems + "}}";
	}

}
