package io.chancery.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.support.ChanceryIntegrationTest;

/**
 * Headers, cookies and CSRF as a browser sees them over real HTTP; the templates checked for forms
 * without a CSRF token and for inline script.
 */
@ChanceryIntegrationTest
class WebSecurityTests {

	private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void pagesAndTheApiCarryTheSecurityHeaders() throws Exception {
		for (String path : List.of("/login", "/q/not-a-token", "/api/v1/me")) {
			HttpResponse<String> response = get(path);
			var headers = response.headers();
			assertThat(headers.firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self';").contains("frame-ancestors 'none'")
					.contains("object-src 'none'").doesNotContain("unsafe-eval"));
			assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
			assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
			assertThat(headers.firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS on " + path).isEmpty();
		}
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> plain = get("/login");
		HttpResponse<String> overTls = http.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https").GET().build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(sessionCookie(plain)).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		assertThat(sessionCookie(overTls)).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
		assertThat(overTls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
	}

	@Test
	void loggingInGivesANewSessionSoAFixedOneIsUseless() throws Exception {
		HttpResponse<String> page = get("/login");
		String before = sessionId(page);
		Matcher token = CSRF_INPUT.matcher(page.body());
		assertThat(token.find()).isTrue();

		HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Cookie", "JSESSIONID=" + before)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=staff%40demo.chancery&password=demo&_csrf=" + token.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		assertThat(sessionId(login)).isNotBlank().isNotEqualTo(before);
	}

	@Test
	void aPublicFormPostedWithoutTheCsrfTokenIsRefused() throws Exception {
		HttpResponse<String> approve = http.send(HttpRequest.newBuilder(uri("/q/some-token/approve"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=Mallory"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(approve.statusCode()).isEqualTo(403);
	}

	/**
	 * Thymeleaf adds the CSRF token to a form whose action it renders ({@code th:action}); a POST
	 * form with a plain {@code action} would go without one unless it carries the token itself.
	 */
	@Test
	void everyPostFormInTheTemplatesGetsACsrfToken() throws IOException {
		Pattern form = Pattern.compile("<form\\b[^>]*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
		List<String> unprotected = new ArrayList<>();
		int postForms = 0;
		for (Path template : pageTemplates()) {
			String html = Files.readString(template);
			Matcher tag = form.matcher(html);
			while (tag.find()) {
				String opening = tag.group();
				if (!opening.toLowerCase().contains("method=\"post\"")) {
					continue;
				}
				postForms++;
				String body = html.substring(tag.end(), Math.max(tag.end(), html.indexOf("</form>", tag.end())));
				if (!opening.contains("th:action") && !body.contains("_csrf")) {
					unprotected.add(TEMPLATES.relativize(template) + ": " + opening);
				}
			}
		}
		assertThat(postForms).as("POST forms found").isGreaterThan(20);
		assertThat(unprotected).isEmpty();
	}

	/** The policy allows no inline script: no script element without src (JSON data blocks aside), no on* handlers. */
	@Test
	void noTemplateHasInlineScript() throws IOException {
		Pattern inlineScript = Pattern.compile("<script\\b(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>",
				Pattern.CASE_INSENSITIVE);
		Pattern handler = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
		List<String> inline = new ArrayList<>();
		for (Path template : pageTemplates()) {
			String html = Files.readString(template);
			if (inlineScript.matcher(html).find() || handler.matcher(html).find()) {
				inline.add(TEMPLATES.relativize(template).toString());
			}
		}
		assertThat(inline).isEmpty();
	}

	/** Templates a browser shows (mail and PDF templates never reach one). */
	private static List<Path> pageTemplates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html"))
				.filter(file -> !file.startsWith(TEMPLATES.resolve("mail")) && !file.startsWith(TEMPLATES.resolve("pdf")))
				.toList();
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
	}

	private static String sessionId(HttpResponse<?> response) {
		String cookie = sessionCookie(response);
		return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
	}

}
