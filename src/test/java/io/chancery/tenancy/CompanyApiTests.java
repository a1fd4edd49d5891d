package io.chancery.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.support.ApiClient;
import io.chancery.support.ApiClient.Response;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.support.SampleFiles;

/** The company settings and logo API, on the Malaysian demo company (the browser journey uses the other one). */
@ChanceryIntegrationTest
class CompanyApiTests {

	private static final byte[] PNG = SampleFiles.png(120, 40);

	@LocalServerPort
	int port;

	@Test
	void anAdminUploadsALogoAndEveryoneInTheCompanySeesIt() throws Exception {
		Response uploaded = admin().putFile("/api/v1/company/logo", "file", "logo.png", "image/png", PNG);

		assertThat(uploaded.status()).isEqualTo(200);
		String logoUrl = uploaded.json().get("logoUrl").asText();
		JsonNode company = ApiClient.as(port, "staff@demo-my.chancery", "demo").get("/api/v1/company").json();
		assertThat(company.get("name").asText()).isEqualTo("Demo Equipment Sdn Bhd");
		assertThat(company.get("timeZone").asText()).isEqualTo("Asia/Kuala_Lumpur");
		assertThat(company.get("logoUrl").asText()).isEqualTo(logoUrl);
		HttpResponse<byte[]> logo = download(logoUrl);
		assertThat(logo.statusCode()).isEqualTo(200);
		assertThat(logo.body()).isEqualTo(PNG);
		assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
	}

	@Test
	void aNewLogoReplacesTheOldOneWhichIsDeleted() throws Exception {
		String first = admin().putFile("/api/v1/company/logo", "file", "a.png", "image/png", PNG).json().get("logoUrl").asText();

		String second = admin().putFile("/api/v1/company/logo", "file", "b.png", "image/png", PNG).json().get("logoUrl").asText();

		assertThat(second).isNotEqualTo(first);
		assertThat(download(second).statusCode()).isEqualTo(200);
		assertThat(download(first).statusCode()).isEqualTo(404);
	}

	@Test
	void onlyAdminsChangeTheLogo() {
		Response response = ApiClient.as(port, "manager@demo-my.chancery", "demo")
			.putFile("/api/v1/company/logo", "file", "logo.png", "image/png", PNG);

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void anExecutableNamedLikeAnImageIsRefusedWith415() {
		String before = admin().get("/api/v1/company").json().path("logoUrl").asText();
		byte[] executable = Arrays.copyOf("MZ\u0090".getBytes(), 2048);

		Response response = admin().putFile("/api/v1/company/logo", "file", "logo.png", "image/png", executable);

		assertThat(response.status()).isEqualTo(415);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asText())
			.isEqualTo("Only JPEG, PNG files are accepted; this file looks like something else");
		assertThat(admin().get("/api/v1/company").json().path("logoUrl").asText()).isEqualTo(before);
	}

	@Test
	void aLogoOverOneMegabyteIsRefusedWith413() {
		Response response = admin().putFile("/api/v1/company/logo", "file", "logo.png", "image/png",
				Arrays.copyOf(PNG, 3 * 512 * 1024));

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asText()).isEqualTo("The file is 1.5 MB; the limit is 1 MB");
	}

	/** Spring refuses it while reading the multipart request, before the app sees the file. */
	@Test
	void anUploadOverSpringsMultipartLimitIsAProblemToo() {
		Response response = admin().putFile("/api/v1/company/logo", "file", "huge.png", "image/png",
				Arrays.copyOf(PNG, 11 * 1024 * 1024 + 100_000));

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asText())
			.isEqualTo("The upload is larger than the server accepts (11 MB per file)");
	}

	private ApiClient admin() {
		return ApiClient.as(port, "admin@demo-my.chancery", "demo");
	}

	private HttpResponse<byte[]> download(String url) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port).resolve(url)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
	}

}
