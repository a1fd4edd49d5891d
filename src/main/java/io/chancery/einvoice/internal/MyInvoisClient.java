package io.chancery.einvoice.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Client of the MyInvois API (the real service or the local stand-in): OAuth2 client credentials with
 * the token cached until shortly before it expires, the {@code onbehalfof} header for intermediaries,
 * submissions split to the documented limits, 429 answered by waiting Retry-After, transient failures
 * retried with exponential backoff, and no identical document submitted twice within the service's
 * 10-minute duplicate window.
 */
public class MyInvoisClient {

	static final int MAX_DOCUMENTS = 100;

	static final int MAX_SUBMISSION_BYTES = 5 * 1024 * 1024;

	static final int MAX_DOCUMENT_BYTES = 300 * 1024;

	static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);

	static final int MAX_ATTEMPTS = 5;

	/** Waits between attempts; the production one sleeps, tests move their clock instead. */
	@FunctionalInterface
	public interface Pause {

		void pause(Duration duration) throws InterruptedException;

		Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

	}

	public record Credentials(String clientId, String clientSecret, String onBehalfOf) {

		@Override
		public String toString() {
			return "Credentials[clientId=" + clientId + ", onBehalfOf=" + onBehalfOf + "]";
		}

	}

	/** A signed document ready to submit: its number (codeNumber), format JSON or XML and content. */
	public record OutgoingDocument(String codeNumber, String format, String content) {
	}

	public record AcceptedDocument(String uuid, String codeNumber) {
	}

	public record RejectedDocument(String codeNumber, String code, String message) {
	}

	public record SubmissionResult(String submissionUid, List<AcceptedDocument> accepted,
			List<RejectedDocument> rejected) {
	}

	public record DocumentSummary(String uuid, String longId, String codeNumber, String status,
			Instant validatedAt) {
	}

	public record SubmissionStatus(String submissionUid, String overallStatus, List<DocumentSummary> documents) {
	}

	/** Details of one document; {@code errors} lists the failed validation steps' messages. */
	public record DocumentDetails(DocumentSummary summary, List<String> errors) {
	}

	private record AccessToken(String value, Instant refreshAt) {
	}

	private final URI baseUri;

	private final Credentials credentials;

	private final HttpClient http;

	private final Clock clock;

	private final Pause pause;

	private final ObjectMapper json = new ObjectMapper();

	private final Map<String, Instant> submittedHashes = new ConcurrentHashMap<>();

	private volatile AccessToken token;

	public MyInvoisClient(URI baseUri, Credentials credentials, HttpClient http, Clock clock, Pause pause) {
		this.baseUri = baseUri;
		this.credentials = credentials;
		this.http = http;
		this.clock = clock;
		this.pause = pause;
	}

	/**
	 * Submits documents in as many submissions as the limits need (≤ 100 documents, ≤ 5 MB each).
	 * @throws MyInvoisException 400 MaximumSizeExceeded for a document over 300 KB, 422 DuplicateSubmission
	 * when a document was submitted within the duplicate window (nothing is sent then)
	 */
	public List<SubmissionResult> submit(List<OutgoingDocument> documents) {
		Instant now = clock.instant();
		submittedHashes.values().removeIf(at -> at.isBefore(now.minus(DUPLICATE_WINDOW)));
		List<ObjectNode> entries = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		for (OutgoingDocument document : documents) {
			byte[] bytes = document.content().getBytes(StandardCharsets.UTF_8);
			if (bytes.length > MAX_DOCUMENT_BYTES) {
				throw new MyInvoisException(400, "MaximumSizeExceeded",
						document.codeNumber() + " is " + bytes.length / 1024 + " KB; a document may have at most 300 KB",
						null);
			}
			String hash = MyInvoisStandIn.sha256Hex(bytes);
			if (submittedHashes.containsKey(hash) || hashes.contains(hash)) {
				throw new MyInvoisException(422, "DuplicateSubmission", document.codeNumber()
						+ " was already submitted within the last 10 minutes; look up its status instead", null);
			}
			hashes.add(hash);
			entries.add(json.createObjectNode()
				.put("format", document.format())
				.put("documentHash", hash)
				.put("codeNumber", document.codeNumber())
				.put("document", Base64.getEncoder().encodeToString(bytes)));
		}
		List<SubmissionResult> results = new ArrayList<>();
		for (List<ObjectNode> batch : batches(entries)) {
			ObjectNode body = json.createObjectNode();
			body.putArray("documents").addAll(batch);
			JsonNode answer = send("POST", "/api/v1.0/documentsubmissions", json(body), false);
			batch.forEach(entry -> submittedHashes.put(entry.get("documentHash").asText(), clock.instant()));
			results.add(new SubmissionResult(answer.path("submissionUid").asText(),
					list(answer.path("acceptedDocuments"), node -> new AcceptedDocument(node.path("uuid").asText(),
							node.path("invoiceCodeNumber").asText())),
					list(answer.path("rejectedDocuments"), node -> new RejectedDocument(
							node.path("invoiceCodeNumber").asText(), node.path("error").path("code").asText(),
							node.path("error").path("message").asText()))));
		}
		return results;
	}

	/** Splits into submissions of at most 100 documents and 5 MB (with room for the JSON around them). */
	static List<List<ObjectNode>> batches(List<ObjectNode> entries) {
		List<List<ObjectNode>> batches = new ArrayList<>();
		List<ObjectNode> current = new ArrayList<>();
		long size = 20;
		for (ObjectNode entry : entries) {
			long entrySize = entry.toString().length() + 1;
			if (!current.isEmpty() && (current.size() == MAX_DOCUMENTS || size + entrySize > MAX_SUBMISSION_BYTES)) {
				batches.add(current);
				current = new ArrayList<>();
				size = 20;
			}
			current.add(entry);
			size += entrySize;
		}
		if (!current.isEmpty()) {
			batches.add(current);
		}
		return batches;
	}

	public SubmissionStatus getSubmission(String submissionUid) {
		JsonNode answer = send("GET", "/api/v1.0/documentsubmissions/" + submissionUid + "?pageNo=1&pageSize=100", null,
				true);
		return new SubmissionStatus(answer.path("submissionUid").asText(), answer.path("overallStatus").asText(),
				list(answer.path("documentSummary"), this::summary));
	}

	public DocumentDetails getDocumentDetails(String uuid) {
		JsonNode answer = send("GET", "/api/v1.0/documents/" + uuid + "/details", null, true);
		List<String> errors = new ArrayList<>();
		for (JsonNode step : answer.path("validationResults").path("validationSteps")) {
			for (JsonNode inner : step.path("error").path("innerError")) {
				errors.add(inner.path("error").asText());
			}
		}
		return new DocumentDetails(summary(answer), errors);
	}

	/** The document exactly as it was submitted. */
	public String getDocumentRaw(String uuid) {
		return send("GET", "/api/v1.0/documents/" + uuid + "/raw", null, true).path("document").asText();
	}

	/** Cancels a valid document the company issued (the service allows it within 72 hours of validation). */
	public void cancel(String uuid, String reason) {
		changeState(uuid, "cancelled", reason);
	}

	/** Asks the issuer to cancel a document the company received (within 72 hours of validation). */
	public void reject(String uuid, String reason) {
		changeState(uuid, "rejected", reason);
	}

	private void changeState(String uuid, String status, String reason) {
		ObjectNode body = json.createObjectNode().put("status", status).put("reason", reason);
		send("PUT", "/api/v1.0/documents/state/" + uuid + "/state", json(body), true);
	}

	/** Whether the TIN exists and belongs to the given identification (BRN, NRIC, PASSPORT, ARMY). */
	public boolean validateTin(String tin, String idType, String idValue) {
		try {
			send("GET", "/api/v1.0/taxpayer/validate/" + encode(tin) + "?idType=" + encode(idType) + "&idValue="
					+ encode(idValue), null, true);
			return true;
		}
		catch (MyInvoisException e) {
			if (e.status() == 404) {
				return false;
			}
			throw e;
		}
	}

	private DocumentSummary summary(JsonNode node) {
		String validated = node.path("dateTimeValidated").asText(null);
		return new DocumentSummary(node.path("uuid").asText(), node.path("longId").asText(""),
				node.path("internalId").asText(), node.path("status").asText(),
				validated == null || validated.isBlank() ? null : Instant.parse(validated));
	}

	/**
	 * One API call with authentication and retries. {@code idempotent} calls are also retried after
	 * server errors and broken connections; a submission only when the request cannot have arrived
	 * (connection refused, 429, 503), so that a document is never submitted twice.
	 */
	private JsonNode send(String method, String path, String body, boolean idempotent) {
		Duration backoff = Duration.ofSeconds(1);
		boolean tokenRefreshed = false;
		for (int attempt = 1;; attempt++) {
			HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve(path))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + accessToken())
				.header("Accept", "application/json");
			if (credentials.onBehalfOf() != null && !credentials.onBehalfOf().isBlank()) {
				request.header("onbehalfof", credentials.onBehalfOf());
			}
			if (body != null) {
				request.header("Content-Type", "application/json");
			}
			request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
			HttpResponse<String> response;
			try {
				response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			}
			catch (IOException e) {
				boolean notSent = e instanceof ConnectException;
				if (attempt >= MAX_ATTEMPTS || !(idempotent || notSent)) {
					throw new MyInvoisException(0, "Unreachable", "MyInvois cannot be reached: " + e.getMessage(), null);
				}
				backoff = wait(backoff);
				continue;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new MyInvoisException(0, "Interrupted", "interrupted while calling MyInvois", null);
			}
			int status = response.statusCode();
			if (status == 401 && !tokenRefreshed) {
				token = null;
				tokenRefreshed = true;
				continue;
			}
			if (status == 429 && attempt < MAX_ATTEMPTS) {
				pauseFor(retryAfter(response));
				continue;
			}
			if ((status == 503 || (idempotent && (status == 500 || status == 502 || status == 504)))
					&& attempt < MAX_ATTEMPTS) {
				backoff = wait(backoff);
				continue;
			}
			JsonNode answer = parse(response.body());
			if (status >= 200 && status < 300) {
				return answer;
			}
			JsonNode error = answer.path("error");
			throw new MyInvoisException(status, error.isObject() ? error.path("code").asText() : error.asText("Error"),
					error.isObject() ? error.path("message").asText() : response.body(), answer);
		}
	}

	private synchronized String accessToken() {
		AccessToken current = token;
		if (current != null && clock.instant().isBefore(current.refreshAt())) {
			return current.value();
		}
		String form = "client_id=" + encode(credentials.clientId()) + "&client_secret="
				+ encode(credentials.clientSecret()) + "&grant_type=client_credentials&scope=InvoicingAPI";
		for (int attempt = 1;; attempt++) {
			HttpRequest.Builder request = HttpRequest.newBuilder(baseUri.resolve("/connect/token"))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form));
			if (credentials.onBehalfOf() != null && !credentials.onBehalfOf().isBlank()) {
				request.header("onbehalfof", credentials.onBehalfOf());
			}
			try {
				HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 429 && attempt < MAX_ATTEMPTS) {
					pauseFor(retryAfter(response));
					continue;
				}
				JsonNode answer = parse(response.body());
				if (response.statusCode() != 200) {
					throw new MyInvoisException(response.statusCode(), answer.path("error").asText("invalid_client"),
							"the MyInvois login was refused; check the client id and secret", answer);
				}
				// refresh a minute early so a token never expires in flight
				Instant refreshAt = clock.instant().plusSeconds(Math.max(0, answer.path("expires_in").asLong(3600) - 60));
				token = new AccessToken(answer.path("access_token").asText(), refreshAt);
				return token.value();
			}
			catch (IOException e) {
				if (attempt >= MAX_ATTEMPTS) {
					throw new MyInvoisException(0, "Unreachable", "MyInvois cannot be reached: " + e.getMessage(), null);
				}
				pauseFor(Duration.ofSeconds(1L << (attempt - 1)));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new MyInvoisException(0, "Interrupted", "interrupted while calling MyInvois", null);
			}
		}
	}

	private static Duration retryAfter(HttpResponse<?> response) {
		return response.headers()
			.firstValue("Retry-After")
			.map(value -> {
				try {
					return Duration.ofSeconds(Long.parseLong(value.trim()));
				}
				catch (NumberFormatException e) {
					return Duration.ofSeconds(1);
				}
			})
			.orElse(Duration.ofSeconds(1));
	}

	private Duration wait(Duration backoff) {
		pauseFor(backoff);
		return backoff.multipliedBy(2);
	}

	private void pauseFor(Duration duration) {
		try {
			pause.pause(duration);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new MyInvoisException(0, "Interrupted", "interrupted while waiting to retry", null);
		}
	}

	private JsonNode parse(String body) {
		if (body == null || body.isBlank()) {
			return json.createObjectNode();
		}
		try {
			return json.readTree(body);
		}
		catch (IOException e) {
			return json.createObjectNode().put("error", body);
		}
	}

	private String json(JsonNode node) {
		return node.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
	}

	private static <T> List<T> list(JsonNode array, java.util.function.Function<JsonNode, T> mapper) {
		List<T> items = new ArrayList<>();
		if (array instanceof ArrayNode nodes) {
			nodes.forEach(node -> items.add(mapper.apply(node)));
		}
		return items;
	}

}
