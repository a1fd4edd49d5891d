package io.chancery.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;
import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;

@ChanceryIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginAndUsersApiTests {

	@LocalServerPort
	int port;

	@Autowired
	UserAccountService users;

	@ParameterizedTest
	@CsvSource({ "admin@demo.chancery, Demo Services FZ-LLC, ADMIN", "manager@demo.chancery, Demo Services FZ-LLC, MANAGER",
			"staff@demo.chancery, Demo Services FZ-LLC, STAFF", "analyst@demo.chancery, Demo Services FZ-LLC, ANALYST",
			"admin@demo-my.chancery, Demo Equipment Sdn Bhd, ADMIN", "manager@demo-my.chancery, Demo Equipment Sdn Bhd, MANAGER",
			"staff@demo-my.chancery, Demo Equipment Sdn Bhd, STAFF", "analyst@demo-my.chancery, Demo Equipment Sdn Bhd, ANALYST" })
	void everyDemoUserSeesThemselvesAndTheirCompany(String email, String company, String role) {
		Response me = ApiClient.as(port, email, "demo").get("/api/v1/me");

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().at("/user/email").asText()).isEqualTo(email);
		assertThat(me.json().at("/company/name").asText()).isEqualTo(company);
		assertThat(me.json().at("/roles/0").asText()).isEqualTo(role);
	}

	@Test
	void wrongPasswordIsRefusedAsProblemAndLogged(CapturedOutput output) {
		Response me = ApiClient.as(port, "staff@demo.chancery", "not-the-password").get("/api/v1/me");

		assertThat(me.status()).isEqualTo(401);
		assertThat(me.isProblem()).isTrue();
		assertThat(me.wwwAuthenticate()).startsWith("Basic");
		assertThat(me.json().get("status").asInt()).isEqualTo(401);
		assertThat(output).contains("Login failed for 'staff@demo.chancery' from 127.0.0.1");
	}

	@Test
	void browserFormsNeedACsrfToken() throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=staff%40demo.chancery&password=demo"))
				.build(), HttpResponse.BodyHandlers.discarding());

		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void apiWithoutCredentialsGets401ProblemNotALoginPage() {
		Response me = ApiClient.anonymous(port).get("/api/v1/me");

		assertThat(me.status()).isEqualTo(401);
		assertThat(me.isProblem()).isTrue();
	}

	@Test
	void adminCreatesAndDisablesAUserWhoThenCannotLogIn() {
		ApiClient admin = ApiClient.as(port, "admin@demo.chancery", "demo");
		String email = "new-" + UUID.randomUUID() + "@demo.chancery";

		Response created = admin.post("/api/v1/users",
				Map.of("email", email, "fullName", "New Person", "password", "s3cret-pass", "roles", List.of("STAFF")));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(ApiClient.as(port, email, "s3cret-pass").get("/api/v1/me").status()).isEqualTo(200);

		Response disabled = admin.put("/api/v1/users/" + id,
				Map.of("email", email, "fullName", "New Person", "roles", List.of("STAFF"), "enabled", false));
		assertThat(disabled.status()).isEqualTo(200);
		assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
		assertThat(ApiClient.as(port, email, "s3cret-pass").get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void invalidUserIsRefusedWithFieldErrorsAndNothingIsCreated() {
		ApiClient admin = ApiClient.as(port, "admin@demo.chancery", "demo");
		int before = admin.get("/api/v1/users").json().size();

		Response refused = admin.post("/api/v1/users",
				Map.of("email", "not-an-email", "fullName", "", "password", "short", "roles", List.of()));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("errors").findValuesAsText("field"))
			.containsExactlyInAnyOrder("email", "fullName", "password", "roles");
		assertThat(admin.get("/api/v1/users").json().size()).isEqualTo(before);
	}

	@Test
	void duplicateEmailIsAConflict() {
		Response duplicate = ApiClient.as(port, "admin@demo.chancery", "demo").post("/api/v1/users",
				Map.of("email", "STAFF@demo.chancery", "fullName", "Again", "password", "long-enough", "roles", List.of("STAFF")));

		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().get("detail").asText()).contains("staff@demo.chancery");
	}

	@Test
	void staffCannotManageUsers() {
		Response forbidden = ApiClient.as(port, "staff@demo.chancery", "demo").get("/api/v1/users");

		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.isProblem()).isTrue();
	}

	@Test
	void usersOfAnotherCompanyAreNotFound() {
		ApiClient dubaiAdmin = ApiClient.as(port, "admin@demo.chancery", "demo");
		JsonNode malaysianStaff = ApiClient.as(port, "staff@demo-my.chancery", "demo").get("/api/v1/me").json();
		long foreignId = malaysianStaff.at("/user/id").asLong();

		assertThat(dubaiAdmin.get("/api/v1/users/" + foreignId).status()).isEqualTo(404);
		assertThat(dubaiAdmin.put("/api/v1/users/" + foreignId,
				Map.of("email", "staff@demo-my.chancery", "fullName", "Hijacked", "roles", List.of("ADMIN"), "enabled", false))
			.status()).isEqualTo(404);
		assertThat(dubaiAdmin.get("/api/v1/users").json().findValuesAsText("email")).doesNotContain("staff@demo-my.chancery");
		assertThat(ApiClient.as(port, "staff@demo-my.chancery", "demo").get("/api/v1/me").json().at("/user/fullName").asText())
			.isNotEqualTo("Hijacked");
	}

	@Test
	void adminCannotLockThemselvesOut() {
		ApiClient admin = ApiClient.as(port, "admin@demo.chancery", "demo");
		long myId = admin.get("/api/v1/me").json().at("/user/id").asLong();

		Response refused = admin.put("/api/v1/users/" + myId,
				Map.of("email", "admin@demo.chancery", "fullName", "Admin", "roles", List.of("STAFF"), "enabled", true));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(admin.get("/api/v1/me").json().at("/roles/0").asText()).isEqualTo("ADMIN");
	}

	@Test
	void passwordChangeNeedsTheCurrentPassword() {
		ApiClient admin = ApiClient.as(port, "admin@demo.chancery", "demo");
		String email = "pw-" + UUID.randomUUID() + "@demo.chancery";
		long companyId = admin.get("/api/v1/me").json().at("/company/id").asLong();
		UserAccount user = users.create(companyId, email, "Password Person", "first-password", java.util.Set.of(Role.STAFF));

		assertThatThrownBy(() -> users.changePassword(companyId, user.getId(), "wrong", "second-password"))
			.isInstanceOf(UserAccountService.WrongPasswordException.class);
		assertThat(ApiClient.as(port, email, "first-password").get("/api/v1/me").status()).isEqualTo(200);

		users.changePassword(companyId, user.getId(), "first-password", "second-password");
		assertThat(ApiClient.as(port, email, "first-password").get("/api/v1/me").status()).isEqualTo(401);
		assertThat(ApiClient.as(port, email, "second-password").get("/api/v1/me").status()).isEqualTo(200);
	}

}
