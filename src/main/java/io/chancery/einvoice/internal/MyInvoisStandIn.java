package io.chancery.einvoice.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.chancery.einvoice.DocumentType;
import io.chancery.einvoice.DocumentValidation;
import io.chancery.einvoice.EDocument;
import io.chancery.einvoice.FieldError;

/**
 * NOT THE REAL MYINVOIS SERVICE. A local stand-in of the LHDN MyInvois API for tests and for the demo
 * in embedded mode: a JDK HTTP server bound to the loopback interface only, implementing the endpoints
 * the client uses with the documented limits (100 documents, 5 MB per submission, 300 KB per document,
 * per-minute request limits answered with 429 and Retry-After, the 10-minute duplicate window, the
 * 72-hour cancellation window), the documented error bodies and asynchronous validation: documents are
 * accepted as "Submitted" and validated on a background thread (hash, v1.1 signature, mandatory fields,
 * codes and arithmetic), ending "Valid" or "Invalid" with the validation steps.
 *
 * <p>A plain JDK server (not a Spring controller) so it runs without an application context, on its own
 * port like the real service, and cannot be mistaken for a Chancery endpoint.
 */
public final class MyInvoisStandIn implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(MyInvoisStandIn.class);

	static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(10);

	static final Duration CANCELLATION_WINDOW = Duration.ofHours(72);

	static final int MAX_DOCUMENTS = 100;

	static final int MAX_SUBMISSION_BYTES = 5 * 1024 * 1024;

	static final int MAX_DOCUMENT_BYTES = 300 * 1024;

	/** Requests per client and minute for each endpoint. */
	public record Limits(int token, int submit, int getSubmission, int getDocument, int stateChange, int validateTin) {

		/** The rates the SDK documents. */
		public static Limits documented() {
			return new Limits(12, 100, 300, 60, 12, 60);
		}

	}

	private record Taxpayer(String clientId, String secret, String tin, Set<String> representedTins) {

		@Override
		public String toString() {
			return "Taxpayer[clientId=" + clientId + ", tin=" + tin + ", representedTins=" + representedTins + "]";
		}

	}

	private record Token(Taxpayer taxpayer, Instant expiresAt) {
	}

	private static final class StoredDocument {

		final String uuid;

		final String longId = randomId(40);

		final String submissionUid;

		final String codeNumber;

		final String format;

		final String raw;

		final String hash;

		final String submitterTin;

		final Instant received;

		volatile String status = "Submitted";

		volatile Instant validatedAt;

		volatile Instant cancelledAt;

		volatile Instant rejectRequestedAt;

		volatile String statusReason;

		volatile EDocument model;

		volatile List<ObjectNode> validationSteps = List.of();

		StoredDocument(String submissionUid, String codeNumber, String format, String raw, String hash,
				String submitterTin, Instant received) {
			this.uuid = randomId(26);
			this.submissionUid = submissionUid;
			this.codeNumber = codeNumber;
			this.format = format;
			this.raw = raw;
			this.hash = hash;
			this.submitterTin = submitterTin;
			this.received = received;
		}

	}

	private final ObjectMapper json = new ObjectMapper();

	private final Clock clock;

	private final Limits limits;

	private final HttpServer server;

	private final ExecutorService validator = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "myinvois-stand-in-validator");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, Taxpayer> taxpayers = new ConcurrentHashMap<>();

	private final Map<String, Token> tokens = new ConcurrentHashMap<>();

	private final Map<String, List<StoredDocument>> submissions = new ConcurrentHashMap<>();

	private final Map<String, StoredDocument> documents = new ConcurrentHashMap<>();

	private final Map<String, Instant> recentSubmissions = new ConcurrentHashMap<>();

	private final Map<String, List<Instant>> requests = new ConcurrentHashMap<>();

	private final Set<String> knownTins = ConcurrentHashMap.newKeySet();

	private final java.util.concurrent.atomic.AtomicInteger tokensIssued = new java.util.concurrent.atomic.AtomicInteger();

	private MyInvoisStandIn(Clock clock, Limits limits) throws IOException {
		this.clock = clock;
		this.limits = limits;
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", this::handle);
		server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
			Thread thread = new Thread(runnable, "myinvois-stand-in");
			thread.setDaemon(true);
			return thread;
		}));
	}

	/** Starts a stand-in on a free loopback port. */
	public static MyInvoisStandIn start(Clock clock, Limits limits) {
		try {
			MyInvoisStandIn standIn = new MyInvoisStandIn(clock, limits);
			standIn.server.start();
			log.info("MyInvois stand-in (NOT the real LHDN service) listening on {}", standIn.baseUri());
			return standIn;
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot start the MyInvois stand-in", e);
		}
	}

	public URI baseUri() {
		return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
				+ server.getAddress().getPort());
	}

	/** Registers a taxpayer's API client; {@code representedTins} are the taxpayers an intermediary acts for. */
	public void registerClient(String clientId, String secret, String tin, Set<String> representedTins) {
		taxpayers.put(clientId, new Taxpayer(clientId, secret, tin, Set.copyOf(representedTins)));
		knownTins.add(tin);
		knownTins.addAll(representedTins);
	}

	/** A TIN the taxpayer search knows (besides the registered clients'). */
	public void registerTin(String tin) {
		knownTins.add(tin);
	}

	/** How many access tokens were issued (lets tests see that clients cache theirs). */
	public int tokensIssued() {
		return tokensIssued.get();
	}

	@Override
	public void close() {
		server.stop(0);
		validator.shutdownNow();
		((ExecutorService) server.getExecutor()).shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String method = exchange.getRequestMethod();
			if (method.equals("POST") && path.equals("/connect/token")) {
				token(exchange);
				return;
			}
			String[] shared = path.split("/");
			if (method.equals("GET") && shared.length == 4 && shared[2].equals("share")) {
				share(exchange, shared[1], shared[3]);
				return;
			}
			Token token = authenticate(exchange);
			if (token == null) {
				send(exchange, 401, null);
				return;
			}
			String actingTin = actingTin(exchange, token.taxpayer());
			if (actingTin == null) {
				send(exchange, 403, error("Forbidden", "the client may not act on behalf of this taxpayer", null));
				return;
			}
			String[] parts = path.split("/");
			if (method.equals("POST") && path.equals("/api/v1.0/documentsubmissions")) {
				if (limited(exchange, token, "submit", limits.submit())) {
					return;
				}
				submit(exchange, actingTin);
			}
			else if (method.equals("GET") && path.startsWith("/api/v1.0/documentsubmissions/") && parts.length == 5) {
				if (!limited(exchange, token, "getSubmission", limits.getSubmission())) {
					getSubmission(exchange, parts[4], actingTin);
				}
			}
			else if (method.equals("GET") && path.startsWith("/api/v1.0/documents/") && parts.length == 6) {
				if (!limited(exchange, token, "getDocument", limits.getDocument())) {
					getDocument(exchange, parts[4], parts[5], actingTin);
				}
			}
			else if (method.equals("PUT") && path.startsWith("/api/v1.0/documents/state/") && parts.length == 7) {
				if (!limited(exchange, token, "stateChange", limits.stateChange())) {
					changeState(exchange, parts[5], actingTin);
				}
			}
			else if (method.equals("GET") && path.startsWith("/api/v1.0/taxpayer/validate/") && parts.length == 6) {
				if (!limited(exchange, token, "validateTin", limits.validateTin())) {
					send(exchange, knownTins.contains(parts[5]) ? 200 : 404, null);
				}
			}
			else {
				send(exchange, 404, error("NotFound", "no such endpoint on the MyInvois stand-in", path));
			}
		}
		catch (RuntimeException e) {
			log.warn("MyInvois stand-in failed on {}", exchange.getRequestURI(), e);
			send(exchange, 500, error("InternalServerError", e.getMessage(), null));
		}
	}

	private void token(HttpExchange exchange) throws IOException {
		Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
		Taxpayer taxpayer = taxpayers.get(form.getOrDefault("client_id", ""));
		if (!"client_credentials".equals(form.get("grant_type")) || !"InvoicingAPI".equals(form.get("scope"))) {
			send(exchange, 400, json.createObjectNode().put("error", "invalid_request"));
			return;
		}
		if (taxpayer == null || !taxpayer.secret().equals(form.get("client_secret"))) {
			send(exchange, 400, json.createObjectNode().put("error", "invalid_client"));
			return;
		}
		if (limited(exchange, new Token(taxpayer, Instant.MAX), "token", limits.token())) {
			return;
		}
		String accessToken = randomId(48);
		tokensIssued.incrementAndGet();
		tokens.put(accessToken, new Token(taxpayer, clock.instant().plus(Duration.ofHours(1))));
		send(exchange, 200, json.createObjectNode()
			.put("access_token", accessToken)
			.put("token_type", "Bearer")
			.put("expires_in", 3600)
			.put("scope", "InvoicingAPI"));
	}

	private Token authenticate(HttpExchange exchange) {
		String header = exchange.getRequestHeaders().getFirst("Authorization");
		if (header == null || !header.startsWith("Bearer ")) {
			return null;
		}
		Token token = tokens.get(header.substring("Bearer ".length()));
		return token == null || !clock.instant().isBefore(token.expiresAt()) ? null : token;
	}

	private static String actingTin(HttpExchange exchange, Taxpayer taxpayer) {
		String onBehalfOf = exchange.getRequestHeaders().getFirst("onbehalfof");
		if (onBehalfOf == null || onBehalfOf.isBlank()) {
			return taxpayer.tin();
		}
		return taxpayer.representedTins().contains(onBehalfOf) ? onBehalfOf : null;
	}

	/** Sliding one-minute window per client and endpoint; answers 429 with Retry-After when exceeded. */
	private boolean limited(HttpExchange exchange, Token token, String endpoint, int perMinute) throws IOException {
		Instant now = clock.instant();
		List<Instant> recent = requests.computeIfAbsent(token.taxpayer().clientId() + "/" + endpoint,
				key -> new ArrayList<>());
		synchronized (recent) {
			recent.removeIf(at -> !at.isAfter(now.minus(Duration.ofMinutes(1))));
			if (recent.size() >= perMinute) {
				long wait = Math.max(1, Duration.between(now, recent.getFirst().plus(Duration.ofMinutes(1))).toSeconds());
				exchange.getResponseHeaders().add("Retry-After", Long.toString(wait));
				send(exchange, 429, error("TooManyRequests", "rate limit of " + perMinute + " requests per minute exceeded",
						endpoint));
				return true;
			}
			recent.add(now);
			return false;
		}
	}

	private void submit(HttpExchange exchange, String actingTin) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		if (body.length > MAX_SUBMISSION_BYTES) {
			send(exchange, 400, error("BadStructure", "the submission exceeds 5 MB", "documents"));
			return;
		}
		JsonNode request;
		try {
			request = json.readTree(body);
		}
		catch (IOException e) {
			send(exchange, 400, error("BadStructure", "the submission is not JSON", null));
			return;
		}
		JsonNode submitted = request.path("documents");
		if (!submitted.isArray() || submitted.isEmpty()) {
			send(exchange, 400, error("BadStructure", "documents must be a non-empty array", "documents"));
			return;
		}
		if (submitted.size() > MAX_DOCUMENTS) {
			send(exchange, 400, error("BadStructure", "at most 100 documents per submission", "documents"));
			return;
		}
		Instant now = clock.instant();
		String submissionHash = sha256Hex(body);
		recentSubmissions.values().removeIf(at -> at.isBefore(now.minus(DUPLICATE_WINDOW)));
		Instant earlier = recentSubmissions.putIfAbsent(submissionHash, now);
		if (earlier != null) {
			exchange.getResponseHeaders().add("Retry-After",
					Long.toString(Duration.between(now, earlier.plus(DUPLICATE_WINDOW)).toSeconds()));
			send(exchange, 422, error("DuplicateSubmission", "the same submission was received within 10 minutes", null));
			return;
		}
		String submissionUid = randomId(26);
		List<StoredDocument> accepted = new ArrayList<>();
		ArrayNode acceptedNodes = json.createArrayNode();
		ArrayNode rejectedNodes = json.createArrayNode();
		for (JsonNode document : submitted) {
			String codeNumber = document.path("codeNumber").asText("");
			String problem = null;
			String raw = null;
			try {
				byte[] bytes = Base64.getDecoder().decode(document.path("document").asText(""));
				raw = new String(bytes, StandardCharsets.UTF_8);
				if (bytes.length > MAX_DOCUMENT_BYTES) {
					problem = "the document exceeds 300 KB";
				}
				else if (!sha256Hex(bytes).equalsIgnoreCase(document.path("documentHash").asText(""))) {
					problem = "documentHash does not match the SHA-256 of the document";
				}
				else if (!"JSON".equals(document.path("format").asText())) {
					problem = "this stand-in validates JSON documents only";
				}
			}
			catch (IllegalArgumentException e) {
				problem = "the document is not Base64";
			}
			if (problem != null || codeNumber.isBlank()) {
				rejectedNodes.add(json.createObjectNode()
					.put("invoiceCodeNumber", codeNumber)
					.set("error", error("BadStructure", problem == null ? "codeNumber is required" : problem, "document")
						.get("error")));
				continue;
			}
			StoredDocument stored = new StoredDocument(submissionUid, codeNumber, "JSON", raw,
					document.path("documentHash").asText(), actingTin, now);
			accepted.add(stored);
			documents.put(stored.uuid, stored);
			acceptedNodes.add(json.createObjectNode().put("uuid", stored.uuid).put("invoiceCodeNumber", codeNumber));
		}
		submissions.put(submissionUid, accepted);
		accepted.forEach(document -> validator.execute(() -> validate(document)));
		ObjectNode response = json.createObjectNode().put("submissionUid", submissionUid);
		response.set("acceptedDocuments", acceptedNodes);
		response.set("rejectedDocuments", rejectedNodes);
		send(exchange, 202, response);
	}

	/** The checks the real service runs after accepting a document (asynchronously). */
	private void validate(StoredDocument document) {
		List<ObjectNode> steps = new ArrayList<>();
		JsonSignature.Verification signature = JsonSignature.verify(document.raw);
		steps.add(step("Step02-Signature Validator", signature.problems()));
		EDocument model = null;
		List<String> problems = new ArrayList<>();
		try {
			model = UblJson.read(document.raw);
			DocumentValidation.validate(model).stream().map(FieldError::toString).forEach(problems::add);
			String issuerTin = model.type() != null && model.type().name().startsWith("SELF_BILLED")
					? model.buyer() == null ? null : model.buyer().tin()
					: model.supplier() == null ? null : model.supplier().tin();
			if (!document.submitterTin.equals(issuerTin)) {
				problems.add("the issuer's TIN " + issuerTin + " is not the submitter's TIN " + document.submitterTin);
			}
			if (model.issuedAt() != null && (model.issuedAt().isBefore(document.received.minus(Duration.ofHours(72)))
					|| model.issuedAt().isAfter(document.received.plus(Duration.ofMinutes(5))))) {
				problems.add("issuedAt: must be within the 72 hours before submission");
			}
			String number = model.number();
			if (model.type() == DocumentType.INVOICE && number != null && documents.values()
				.stream()
				.anyMatch(other -> other != document && document.submitterTin.equals(other.submitterTin)
						&& "Valid".equals(other.status) && other.model != null && number.equals(other.model.number()))) {
				problems.add("number: a valid document with this number exists already");
			}
		}
		catch (RuntimeException e) {
			problems.add("the document cannot be read: " + e.getMessage());
		}
		steps.add(step("Step03-Document Validator", problems));
		document.model = model;
		document.validationSteps = List.copyOf(steps);
		document.validatedAt = clock.instant();
		document.status = signature.valid() && problems.isEmpty() ? "Valid" : "Invalid";
	}

	private ObjectNode step(String name, List<String> problems) {
		ObjectNode step = json.createObjectNode().put("status", problems.isEmpty() ? "Valid" : "Invalid").put("name", name);
		if (!problems.isEmpty()) {
			ObjectNode failure = json.createObjectNode()
				.put("propertyName", name)
				.put("errorCode", "CF" + Math.abs(name.hashCode() % 1000))
				.put("error", "Validation failed")
				.put("innerError", (String) null);
			ArrayNode inner = json.createArrayNode();
			problems.forEach(problem -> inner.add(json.createObjectNode()
				.put("propertyPath", problem.contains(": ") ? problem.substring(0, problem.indexOf(": ")) : null)
				.put("error", problem)
				.put("errorCode", "CV001")));
			failure.set("innerError", inner);
			step.set("error", failure);
		}
		return step;
	}

	private void getSubmission(HttpExchange exchange, String submissionUid, String actingTin) throws IOException {
		List<StoredDocument> submitted = submissions.get(submissionUid);
		if (submitted == null || submitted.stream().anyMatch(d -> !d.submitterTin.equals(actingTin))) {
			send(exchange, 404, error("NotFound", "no such submission", submissionUid));
			return;
		}
		ArrayNode summary = json.createArrayNode();
		submitted.forEach(document -> summary.add(summary(document)));
		long valid = submitted.stream().filter(d -> d.status.equals("Valid") || d.status.equals("Cancelled")).count();
		boolean inProgress = submitted.stream().anyMatch(d -> d.status.equals("Submitted"));
		String overall = inProgress ? "in progress"
				: valid == submitted.size() ? "valid" : valid == 0 ? "invalid" : "partially valid";
		ObjectNode response = json.createObjectNode()
			.put("submissionUid", submissionUid)
			.put("documentCount", submitted.size())
			.put("dateTimeReceived", submitted.isEmpty() ? null : submitted.getFirst().received.toString())
			.put("overallStatus", overall);
		response.set("documentSummary", summary);
		send(exchange, 200, response);
	}

	private ObjectNode summary(StoredDocument document) {
		return json.createObjectNode()
			.put("uuid", document.uuid)
			.put("submissionUid", document.submissionUid)
			.put("longId", document.status.equals("Valid") || document.status.equals("Cancelled") ? document.longId : "")
			.put("internalId", document.codeNumber)
			.put("typeName", document.model == null || document.model.type() == null ? null : document.model.type().name())
			.put("status", document.status)
			.put("dateTimeReceived", document.received.toString())
			.put("dateTimeValidated", document.validatedAt == null ? null : document.validatedAt.toString())
			.put("cancelDateTime", document.cancelledAt == null ? null : document.cancelledAt.toString())
			.put("rejectRequestDateTime", document.rejectRequestedAt == null ? null : document.rejectRequestedAt.toString())
			.put("documentStatusReason", document.statusReason);
	}

	private void getDocument(HttpExchange exchange, String uuid, String view, String actingTin) throws IOException {
		StoredDocument document = documents.get(uuid);
		if (document == null || !visibleTo(document, actingTin) || !Set.of("details", "raw").contains(view)) {
			send(exchange, 404, error("NotFound", "no such document", uuid));
			return;
		}
		ObjectNode response = summary(document);
		if (view.equals("raw")) {
			response.put("document", document.raw);
		}
		else {
			ObjectNode results = json.createObjectNode().put("status", document.status);
			ArrayNode steps = json.createArrayNode();
			document.validationSteps.forEach(steps::add);
			results.set("validationSteps", steps);
			response.set("validationResults", results);
		}
		send(exchange, 200, response);
	}

	/** The public validation page a QR code leads to (the portal's {@code /{uuid}/share/{longId}}). */
	private void share(HttpExchange exchange, String uuid, String longId) throws IOException {
		StoredDocument document = documents.get(uuid);
		boolean found = document != null && document.longId.equals(longId)
				&& (document.status.equals("Valid") || document.status.equals("Cancelled"));
		String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>MyInvois stand-in</title></head><body>"
				+ "<p><strong>Local MyInvois stand-in: NOT the LHDN service.</strong></p>"
				+ (found ? "<p>Document " + escape(document.codeNumber) + " (" + uuid + ") is " + document.status
						+ ", validated " + document.validatedAt + ".</p>" : "<p>No such document.</p>")
				+ "</body></html>";
		byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
		exchange.sendResponseHeaders(found ? 200 : 404, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static boolean visibleTo(StoredDocument document, String tin) {
		return document.submitterTin.equals(tin)
				|| (document.model != null && document.model.buyer() != null && tin.equals(document.model.buyer().tin()));
	}

	private void changeState(HttpExchange exchange, String uuid, String actingTin) throws IOException {
		StoredDocument document = documents.get(uuid);
		JsonNode request = json.readTree(exchange.getRequestBody());
		String status = request.path("status").asText("");
		String reason = request.path("reason").asText("");
		if (document == null || !visibleTo(document, actingTin)) {
			send(exchange, 404, error("NotFound", "no such document", uuid));
			return;
		}
		if (!Set.of("cancelled", "rejected").contains(status) || reason.isBlank() || reason.length() > 300) {
			send(exchange, 400, error("BadArgument", "status must be cancelled or rejected, with a reason (≤ 300)", "status"));
			return;
		}
		if (!document.status.equals("Valid")) {
			send(exchange, 400, error("IncorrectState", "the document is " + document.status, uuid));
			return;
		}
		if (clock.instant().isAfter(document.validatedAt.plus(CANCELLATION_WINDOW))) {
			send(exchange, 400, error("OperationPeriodOver",
					"documents can be " + status + " only within 72 hours of validation", uuid));
			return;
		}
		boolean issuer = document.submitterTin.equals(actingTin);
		if (status.equals("cancelled") != issuer) {
			send(exchange, 403, error("Forbidden", status.equals("cancelled") ? "only the issuer can cancel"
					: "only the buyer can reject", uuid));
			return;
		}
		document.statusReason = reason;
		if (status.equals("cancelled")) {
			document.status = "Cancelled";
			document.cancelledAt = clock.instant();
		}
		else {
			document.rejectRequestedAt = clock.instant();
		}
		send(exchange, 200, json.createObjectNode().put("uuid", uuid).put("status", status.equals("cancelled")
				? "Cancelled" : "Requested for rejection"));
	}

	private ObjectNode error(String code, String message, String target) {
		ObjectNode error = json.createObjectNode().put("code", code).put("message", message).put("target", target);
		error.set("details", json.createArrayNode());
		ObjectNode body = json.createObjectNode();
		body.set("error", error);
		return body;
	}

	private void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
		byte[] bytes = body == null ? new byte[0] : json.writeValueAsBytes(body);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new HashMap<>();
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return form;
	}

	static String sha256Hex(byte[] bytes) {
		return HexFormat.of().formatHex(JsonSignature.sha256(bytes));
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private static String randomId(int length) {
		String alphabet = "ABCDEFGHJKMNPQRSTVWXYZ0123456789";
		StringBuilder id = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return id.toString();
	}

}
