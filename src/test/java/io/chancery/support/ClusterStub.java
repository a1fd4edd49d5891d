package io.chancery.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URI;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.camunda.client.CamundaClient;

/**
 * A local HTTP stub of the Orchestration Cluster REST API (there is no cluster here), and a Camunda
 * client that talks to it over REST, for contract tests of the cluster adapters.
 */
public record ClusterStub(WireMockServer server, CamundaClient client) implements AutoCloseable {

	public static ClusterStub start() {
		WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		CamundaClient client = CamundaClient.newClientBuilder()
			.restAddress(URI.create(server.baseUrl()))
			.grpcAddress(URI.create("http://127.0.0.1:1"))
			.preferRestOverGrpc(true)
			.build();
		return new ClusterStub(server, client);
	}

	@Override
	public void close() {
		client.close();
		server.stop();
	}

}
