package io.chancery.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.isolation.IsolationCoverage.Coverage;
import io.chancery.support.ApiClient;
import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * Company B's user, holding every role, calls every API operation that takes an id in its path with
 * company A's ids: each answer is 404 (403 where a role rule answers first), a problem-details body,
 * and carries nothing of A's. The operations come from the OpenAPI document, so a new endpoint with an
 * id fails here until {@link IsolationCoverage} has an entry for it.
 */
@ChanceryIntegrationTest
class IsolationSweepTests {

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]+}");

	/** The smallest valid PDF: a file part that passes type checks, so the lookup is what answers. */
	private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void companyBReachesNothingOfCompanyAThroughAnyOperationWithAnId() {
		ApiClient companyA = userWithEveryRole("admin@demo.chancery");
		ApiClient companyB = userWithEveryRole("admin@demo-my.chancery");
		long companyAId = companyA.companyId();
		String companyAName = companyA.get("/api/v1/company").json().get("name").asText();
		List<String> operations = operationsWithPathIds(ApiClient.anonymous(port).get("/v3/api-docs").json());

		assertThat(operations).as("operations with a path id in the OpenAPI document").hasSizeGreaterThan(50);
		Set<String> uncovered = new TreeSet<>(operations);
		uncovered.removeAll(IsolationCoverage.ENTRIES.keySet());
		Set<String> stale = new TreeSet<>(IsolationCoverage.ENTRIES.keySet());
		stale.removeAll(operations);
		SoftAssertions softly = new SoftAssertions();
		softly.assertThat(uncovered).as("operations with a path id but no entry in IsolationCoverage: add one each").isEmpty();
		softly.assertThat(stale).as("entries in IsolationCoverage for operations the API no longer has").isEmpty();
		int notFound = 0;
		int forbidden = 0;
		int notOwned = 0;
		int absent = 0;
		for (Coverage entry : IsolationCoverage.ENTRIES.values()) {
			if (stale.contains(entry.operation())) {
				continue;
			}
			if (!entry.companyOwned()) {
				notOwned++;
				continue;
			}
			List<Object> ids = entry.fixture().idsOf(companyA, jdbc, companyAId);
			if (ids.isEmpty()) {
				softly.assertThat(entry.optional()).as("company A has nothing for %s (%s): seed one", entry.operation(),
						entry.fixture()).isTrue();
				absent++;
				continue;
			}
			String path = withIds(entry.path(), ids);
			Response asA = "GET".equals(entry.method()) ? companyA.get(path) : null;
			Response asB = call(companyB, entry, path);

			softly.assertThat(asB.status()).as("%s %s as company B: %s", entry.method(), path, asB.body()).isIn(403, 404);
			softly.assertThat(asB.isProblem()).as("%s %s answers with problem details", entry.method(), path).isTrue();
			softly.assertThat(asB.body()).as("%s %s names company A", entry.method(), path).doesNotContain(companyAName);
			if (asA != null && asA.status() == 200 && asA.contentType().contains("json")) {
				// the ids of the request itself may be echoed ("Export … not found"): they are no data of A's
				for (String value : distinctiveValues(asA.json()).stream().filter(value -> !path.contains(value)).toList()) {
					softly.assertThat(asB.body()).as("%s %s shows A's value", entry.method(), path).doesNotContain(value);
				}
			}
			notFound += asB.status() == 404 ? 1 : 0;
			forbidden += asB.status() == 403 ? 1 : 0;
		}
		System.out.printf("Isolation sweep: %d operations with a path id in the OpenAPI document, %d without an entry; "
				+ "%d called with company A's ids as company B (%d answered 404, %d answered 403), "
				+ "%d not company-owned (see IsolationCoverage), %d not called as company A has no such row yet%n",
				operations.size(), uncovered.size(), notFound + forbidden, notFound, forbidden, notOwned, absent);
		softly.assertAll();
	}

	/** "METHOD /path" of every operation whose path has a variable. */
	static List<String> operationsWithPathIds(JsonNode apiDocs) {
		List<String> operations = new ArrayList<>();
		for (Iterator<Map.Entry<String, JsonNode>> paths = apiDocs.get("paths").fields(); paths.hasNext();) {
			Map.Entry<String, JsonNode> path = paths.next();
			if (!path.getKey().contains("{")) {
				continue;
			}
			path.getValue().fieldNames().forEachRemaining(method -> {
				if (METHODS.contains(method)) {
					operations.add(method.toUpperCase() + " " + path.getKey());
				}
			});
		}
		return operations;
	}

	private static String withIds(String template, List<Object> ids) {
		Matcher variables = PATH_VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		Iterator<Object> values = ids.iterator();
		while (variables.find()) {
			variables.appendReplacement(path, String.valueOf(values.next()));
		}
		variables.appendTail(path);
		return path.toString();
	}

	private static Response call(ApiClient client, Coverage entry, String path) {
		if (entry.filePart() != null) {
			return client.multipartFile(entry.method(), path, entry.filePart(), "intruder.pdf", "application/pdf", PDF);
		}
		String body = entry.json() != null ? entry.json() : "GET".equals(entry.method()) ? null : "{}";
		return client.send(entry.method(), path, body == null ? null : "application/json",
				body == null ? null : body.getBytes(StandardCharsets.UTF_8));
	}

	/** Text of A's own view that could only come from A's row: long enough not to occur by chance. */
	private static Set<String> distinctiveValues(JsonNode node) {
		Set<String> values = new TreeSet<>();
		if (node.isTextual() && node.asText().length() >= 8 && !node.asText().startsWith("/")) {
			values.add(node.asText());
		}
		node.forEach(child -> values.addAll(distinctiveValues(child)));
		return values;
	}

	/** A user of the same company as the admin given, holding every role, so no role rule hides the company check. */
	private ApiClient userWithEveryRole(String adminEmail) {
		String email = "sweep-" + UUID.randomUUID() + "@" + adminEmail.substring(adminEmail.indexOf('@') + 1);
		Response created = ApiClient.as(port, adminEmail, "demo").post("/api/v1/users", Map.of("email", email,
				"fullName", "Isolation sweep", "password", "sweep-password", "roles", List.of("ADMIN", "MANAGER", "STAFF", "ANALYST")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return ApiClient.as(port, email, "sweep-password");
	}

}
