package io.chancery.einvoice.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.chancery.einvoice.DocumentValidation;
import io.chancery.einvoice.EDocument;
import io.chancery.einvoice.EInvoiceSource;
import io.chancery.einvoice.EInvoiceStatus;
import io.chancery.einvoice.EInvoiceView;
import io.chancery.einvoice.FieldError;
import io.chancery.einvoice.SigningKey;
import io.chancery.shared.ConflictException;
import io.chancery.shared.NotFoundException;

/**
 * The life of a document at MyInvois: validated here and signed (READY), submitted once (SUBMITTED),
 * then VALID or INVALID as MyInvois answers; a valid one may be cancelled within 72 hours. Every step
 * is safe to repeat (process jobs arrive at least once): a step that finds the document past its own
 * state does nothing, and nothing is ever submitted a second time unless a new attempt was prepared
 * after an INVALID answer.
 */
@Service
public class EInvoiceSubmissions {

	private static final Logger log = LoggerFactory.getLogger(EInvoiceSubmissions.class);

	static final Duration CANCELLATION_WINDOW = Duration.ofHours(72);

	private final SubmittedDocumentRepository documents;

	private final CompanySettingsRepository settings;

	private final SecretBox secrets;

	private final MyInvoisClients clients;

	private final Clock clock;

	private final ObjectMapper json = new ObjectMapper();

	EInvoiceSubmissions(SubmittedDocumentRepository documents, CompanySettingsRepository settings, SecretBox secrets,
			MyInvoisClients clients, Clock clock) {
		this.documents = documents;
		this.settings = settings;
		this.secrets = secrets;
		this.clients = clients;
		this.clock = clock;
	}

	/**
	 * Checks and signs a new attempt of the source's document, unless one is already under way or done.
	 * Failed checks leave it INVALID with the field errors, and nothing is submitted.
	 */
	@Transactional
	public EInvoiceView prepare(long companyId, EInvoiceSource source, long sourceId, EDocument document) {
		Instant now = clock.instant();
		SubmittedDocument stored = documents.findByCompanyIdAndSourceTypeAndSourceId(companyId, source, sourceId)
			.orElseGet(() -> new SubmittedDocument(companyId, source, sourceId, now));
		if (stored.status != null && stored.status != EInvoiceStatus.INVALID) {
			return view(stored);
		}
		CompanySettings company = settings.findById(companyId)
			.orElseThrow(() -> new ConflictException("the company has no e-invoice settings"));
		stored.attempt++;
		stored.number = document.number();
		stored.environment = company.environment();
		stored.uuid = null;
		stored.longId = null;
		stored.submissionUid = null;
		stored.submittedAt = null;
		stored.validatedAt = null;
		stored.updatedAt = now;
		List<FieldError> problems = DocumentValidation.validate(document);
		if (!problems.isEmpty()) {
			stored.status = EInvoiceStatus.INVALID;
			stored.errors = write(problems);
			stored.signedDocument = null;
			log.info("E-invoice {} of company {} failed the checks before submission: {}", document.number(), companyId,
					problems);
			return view(documents.save(stored));
		}
		SigningKey key = company.signingKey(secrets);
		if (key == null) {
			throw new ConflictException("the company has no signing certificate");
		}
		String signed = JsonSignature.sign(UblJson.write(document), key, now);
		stored.signedDocument = signed.getBytes(StandardCharsets.UTF_8);
		stored.documentHash = MyInvoisStandIn.sha256Hex(stored.signedDocument);
		stored.errors = null;
		stored.status = EInvoiceStatus.READY;
		return view(documents.save(stored));
	}

	/** Submits a READY document; any other state is left as it is. */
	@Transactional
	public EInvoiceView submit(long companyId, long id) {
		SubmittedDocument stored = find(companyId, id);
		if (stored.status != EInvoiceStatus.READY) {
			return view(stored);
		}
		MyInvoisClient.SubmissionResult result = clients.forCompany(companyId)
			.submit(List.of(new MyInvoisClient.OutgoingDocument(stored.number, "JSON", signedText(stored))))
			.getFirst();
		stored.updatedAt = clock.instant();
		stored.submissionUid = result.submissionUid();
		if (!result.accepted().isEmpty()) {
			stored.status = EInvoiceStatus.SUBMITTED;
			stored.uuid = result.accepted().getFirst().uuid();
			stored.submittedAt = clock.instant();
		}
		else {
			stored.status = EInvoiceStatus.INVALID;
			stored.errors = write(result.rejected().stream()
				.map(rejected -> new FieldError("document", rejected.code() + ": " + rejected.message()))
				.toList());
		}
		log.info("E-invoice {} of company {} submitted: {} {}", stored.number, companyId, stored.status, stored.uuid);
		return view(documents.save(stored));
	}

	/** Asks MyInvois how a SUBMITTED document fared; VALID and INVALID are final for this attempt. */
	@Transactional
	public EInvoiceView poll(long companyId, long id) {
		SubmittedDocument stored = find(companyId, id);
		if (stored.status != EInvoiceStatus.SUBMITTED) {
			return view(stored);
		}
		// the submission's summary (300 requests a minute) first; the document's details (60 a minute) only for errors
		MyInvoisClient client = clients.forCompany(companyId);
		MyInvoisClient.DocumentSummary summary = client.getSubmission(stored.submissionUid)
			.documents()
			.stream()
			.filter(document -> document.uuid().equals(stored.uuid))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("MyInvois lost document " + stored.uuid));
		switch (summary.status()) {
			case "Valid" -> {
				stored.status = EInvoiceStatus.VALID;
				stored.longId = summary.longId();
				stored.validatedAt = summary.validatedAt();
			}
			case "Invalid" -> {
				stored.status = EInvoiceStatus.INVALID;
				stored.errors = write(client.getDocumentDetails(stored.uuid)
					.errors()
					.stream()
					.map(EInvoiceSubmissions::fieldError)
					.toList());
			}
			default -> {
				return view(stored);
			}
		}
		stored.updatedAt = clock.instant();
		log.info("E-invoice {} of company {} is {}", stored.number, companyId, stored.status);
		return view(documents.save(stored));
	}

	/**
	 * Cancels a VALID document at MyInvois.
	 * @throws ConflictException when it is not valid, or its 72-hour cancellation window has closed
	 */
	@Transactional
	public EInvoiceView cancel(long companyId, long id, String reason) {
		SubmittedDocument stored = find(companyId, id);
		if (stored.status != EInvoiceStatus.VALID) {
			throw new ConflictException("only a valid e-invoice can be cancelled; this one is " + stored.status);
		}
		Instant until = stored.validatedAt.plus(CANCELLATION_WINDOW);
		if (clock.instant().isAfter(until)) {
			throw new ConflictException("the 72-hour cancellation window closed at " + until
					+ "; issue a credit note instead");
		}
		clients.forCompany(companyId).cancel(stored.uuid, reason);
		stored.status = EInvoiceStatus.CANCELLED;
		stored.cancelledAt = clock.instant();
		stored.cancelReason = reason;
		stored.updatedAt = clock.instant();
		log.info("E-invoice {} of company {} cancelled", stored.number, companyId);
		return view(documents.save(stored));
	}

	@Transactional(readOnly = true)
	public EInvoiceView get(long companyId, long id) {
		return view(find(companyId, id));
	}

	/** @throws NotFoundException when the source has no e-invoice (yet) */
	@Transactional(readOnly = true)
	public EInvoiceView of(long companyId, EInvoiceSource source, long sourceId) {
		return view(findBySource(companyId, source, sourceId));
	}

	/** The source's e-invoice, if the submission process prepared one. */
	@Transactional(readOnly = true)
	public Optional<EInvoiceView> find(long companyId, EInvoiceSource source, long sourceId) {
		return documents.findByCompanyIdAndSourceTypeAndSourceId(companyId, source, sourceId).map(this::view);
	}

	/** The signed document exactly as submitted (or to be submitted). */
	@Transactional(readOnly = true)
	public String signedDocument(long companyId, EInvoiceSource source, long sourceId) {
		SubmittedDocument stored = findBySource(companyId, source, sourceId);
		if (stored.signedDocument == null) {
			throw new NotFoundException("Signed e-invoice of " + source.name().toLowerCase(), sourceId);
		}
		return signedText(stored);
	}

	private SubmittedDocument findBySource(long companyId, EInvoiceSource source, long sourceId) {
		return documents.findByCompanyIdAndSourceTypeAndSourceId(companyId, source, sourceId)
			.orElseThrow(() -> new NotFoundException("E-invoice of " + source.name().toLowerCase(), sourceId));
	}

	private SubmittedDocument find(long companyId, long id) {
		return documents.findByCompanyIdAndId(companyId, id).orElseThrow(() -> new NotFoundException("E-invoice", id));
	}

	private EInvoiceView view(SubmittedDocument stored) {
		URI validationUrl = stored.status == EInvoiceStatus.VALID || stored.status == EInvoiceStatus.CANCELLED
				? clients.validationUrl(stored.environment, stored.uuid, stored.longId) : null;
		return new EInvoiceView(stored.id == null ? 0 : stored.id, stored.number, stored.status, stored.attempt,
				stored.environment, stored.environment == null ? null : stored.environment.label(), stored.uuid,
				stored.longId, validationUrl, read(stored.errors), stored.submittedAt, stored.validatedAt,
				stored.validatedAt == null ? null : stored.validatedAt.plus(CANCELLATION_WINDOW), stored.cancelledAt,
				stored.cancelReason);
	}

	/** MyInvois reports "path: message"; the stand-in and the real service both name the field first. */
	static FieldError fieldError(String error) {
		int colon = error.indexOf(": ");
		return colon > 0 && !error.substring(0, colon).contains(" ")
				? new FieldError(error.substring(0, colon), error.substring(colon + 2)) : new FieldError("document", error);
	}

	private static String signedText(SubmittedDocument stored) {
		return new String(stored.signedDocument, StandardCharsets.UTF_8);
	}

	private byte[] write(List<FieldError> errors) {
		try {
			return json.writeValueAsBytes(errors);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<FieldError> read(byte[] errors) {
		if (errors == null) {
			return List.of();
		}
		try {
			return new ArrayList<>(json.readValue(errors, new TypeReference<List<FieldError>>() {
			}));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
