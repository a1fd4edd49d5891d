package io.chancery.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls the running app over real HTTP as a script would: HTTP Basic, JSON in and out. */
public final class ApiClient {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final ObjectMapper JSON = new ObjectMapper();

	private final int port;

	private final String authorization;

	private ApiClient(int port, String authorization) {
		this.port = port;
		this.authorization = authorization;
	}

	public static ApiClient as(int port, String email, String password) {
		return new ApiClient(port, "Basic " + Base64.getEncoder()
			.encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	public static ApiClient anonymous(int port) {
		return new ApiClient(port, null);
	}

	/** The company of the user this client is logged in as. */
	public long companyId() {
		return get("/api/v1/me").json().at("/company/id").asLong();
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, Object body) {
		return send(request(path).POST(bodyOf(body)).header("Content-Type", "application/json"));
	}

	public Response put(String path, Object body) {
		return send(request(path).PUT(bodyOf(body)).header("Content-Type", "application/json"));
	}

	/** Any method with any body, sent as is: for sweeps that send what a well-behaved client would not. */
	public Response send(String method, String path, String contentType, byte[] body) {
		// accepts anything besides JSON, so an endpoint that serves a PDF answers with its status, not a 406
		HttpRequest.Builder builder = request(path).setHeader("Accept", "application/json, application/problem+json, */*;q=0.1")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		return send(contentType == null ? builder : builder.header("Content-Type", contentType));
	}

	/** A multipart/form-data request with one file part, by any method. */
	public Response multipartFile(String method, String path, String field, String filename, String contentType,
			byte[] content) {
		return send(multipart(path, field, filename, contentType, content, method));
	}

	/** A multipart/form-data POST with one file field, as a browser or curl -F sends it. */
	public Response upload(String path, String field, String filename, byte[] content) {
		return send(multipart(path, field, filename, "application/octet-stream", content, "POST"));
	}

	/** A multipart/form-data PUT with one file part, as a script replacing a file sends it. */
	public Response putFile(String path, String field, String filename, String contentType, byte[] content) {
		return send(multipart(path, field, filename, contentType, content, "PUT"));
	}

	private HttpRequest.Builder multipart(String path, String field, String filename, String contentType,
			byte[] content, String method) {
		String boundary = "chancery-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return request(path).method(method, HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary);
	}

	/** GET an absolute URL without credentials (signed file URLs carry their own authorisation). */
	public static HttpResponse<byte[]> fetch(String url) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "application/json, application/problem+json");
		return authorization == null ? builder : builder.header("Authorization", authorization);
	}

	private static HttpRequest.BodyPublisher bodyOf(Object body) {
		try {
			String text = body instanceof String s ? s : JSON.writeValueAsString(body);
			return HttpRequest.BodyPublishers.ofString(text);
		}
		catch (IOException e) {
			throw new IllegalArgumentException(e);
		}
	}

	private static Response send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("WWW-Authenticate").orElse(null), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public record Response(int status, String contentType, String wwwAuthenticate, String body) {

		public JsonNode json() {
			try {
				return JSON.readTree(body);
			}
			catch (IOException e) {
				throw new IllegalStateException("Not JSON (status " + status + "): " + body, e);
			}
		}

		public boolean isProblem() {
			return contentType.startsWith("application/problem+json");
		}

	}

}
