package io.chancery.documents;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.chancery.customers.Customer;
import io.chancery.customers.CustomerService;
import io.chancery.customers.Employee;
import io.chancery.documents.DocumentAudit.Action;
import io.chancery.documents.internal.DocumentAuditRepository;
import io.chancery.documents.internal.DocumentFileRepository;
import io.chancery.documents.internal.DocumentRepository;
import io.chancery.documents.internal.DocumentSpecifications;
import io.chancery.documents.internal.DocumentTypeRepository;
import io.chancery.shared.AuditedChange;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.shared.NotFoundException;
import io.chancery.storage.FileKind;
import io.chancery.storage.FileStore;
import io.chancery.storage.SignedUrl;
import io.chancery.storage.StorageArea;
import io.chancery.storage.StoredFile;
import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.CompanyService;

/**
 * The document register. Statuses are computed from the dates in the company's time zone; every
 * change and every file opening leaves an audit row.
 */
@Service
@Transactional(readOnly = true)
public class DocumentService {

	static final Set<FileKind> ACCEPTED_FILES = Set.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG, FileKind.HEIC);

	private final DocumentRepository documents;

	private final DocumentTypeRepository types;

	private final DocumentFileRepository files;

	private final DocumentAuditRepository audit;

	private final CustomerService customers;

	private final CompanyService companies;

	private final FileStore fileStore;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DocumentService(DocumentRepository documents, DocumentTypeRepository types, DocumentFileRepository files,
			DocumentAuditRepository audit, CustomerService customers, CompanyService companies, FileStore fileStore,
			Clock clock, ApplicationEventPublisher events) {
		this.documents = documents;
		this.types = types;
		this.files = files;
		this.audit = audit;
		this.customers = customers;
		this.companies = companies;
		this.fileStore = fileStore;
		this.clock = clock;
		this.events = events;
	}

	/** Today in the company's time zone: the day statuses and "days left" are counted from. */
	public LocalDate today(long companyId) {
		return LocalDate.now(clock.withZone(companies.get(companyId).getTimeZone()));
	}

	public Page<Document> search(long companyId, DocumentSearch search, Pageable pageable) {
		Long typeId = search.typeCode() == null || search.typeCode().isBlank() ? null
				: type(companyId, search.typeCode()).getId();
		if (search.expiringWithin() != null && search.expiringWithin() < 0) {
			throw new InvalidFieldException("expiringWithin", "Give a number of days, 0 or more");
		}
		return documents.findAll(DocumentSpecifications.matching(companyId, typeId, search.customerId(),
				search.employeeId(), search.expiringWithin(), search.status(), today(companyId)), pageable);
	}

	public Document get(long companyId, long documentId) {
		return documents.findByIdAndCompanyId(documentId, companyId)
			.orElseThrow(() -> new NotFoundException("Document", documentId));
	}

	public DocumentType typeOf(Document document) {
		return types.findById(document.getTypeId()).orElseThrow();
	}

	@Transactional
	public Document create(ChanceryUser user, DocumentDetails details) {
		long companyId = user.companyId();
		DocumentType type = type(companyId, details.getTypeCode());
		Employee employee = details.getEmployeeId() == null ? null : customers.employee(companyId, details.getEmployeeId());
		long customerId = owner(companyId, details.getCustomerId(), employee);
		Document document = new Document(companyId, type, customerId, employee == null ? null : employee.getId(), null,
				user.email(), clock.instant());
		describe(document, type, details);
		documents.save(document);
		record(document, user.email(), Action.CREATED, type.getName() + " " + document.getNumber());
		return document;
	}

	@Transactional
	public Document update(ChanceryUser user, long documentId, DocumentDetails details) {
		Document document = lockCurrent(user.companyId(), documentId);
		DocumentType type = typeOf(document);
		describe(document, type, details);
		record(document, user.email(), Action.UPDATED, null);
		return document;
	}

	/**
	 * Replaces a current document by its renewal: a new version with the new number and dates,
	 * linked to this one, which becomes SUPERSEDED. The number may stay the same (Emirates IDs do).
	 */
	@Transactional
	public Document renew(ChanceryUser user, long documentId, DocumentDetails renewal) {
		Document previous = lockCurrent(user.companyId(), documentId);
		DocumentType type = typeOf(previous);
		previous.supersede(clock.instant());
		documents.saveAndFlush(previous);
		Document renewed = new Document(user.companyId(), type, previous.getCustomerId(), previous.getEmployeeId(),
				previous.getId(), user.email(), clock.instant());
		if (renewal.getIssuingCountry() == null) {
			renewal.setIssuingCountry(previous.getIssuingCountry());
		}
		if (renewal.getIssuingAuthority() == null) {
			renewal.setIssuingAuthority(previous.getIssuingAuthority());
		}
		describe(renewed, type, renewal);
		documents.save(renewed);
		record(previous, user.email(), Action.RENEWED, "superseded by document " + renewed.getId());
		record(renewed, user.email(), Action.CREATED, "renewal of document " + previous.getId());
		events.publishEvent(new DocumentRenewed(user.companyId(), previous.getId(), renewed.getId()));
		return renewed;
	}

	/** Marks the document as being renewed (a person, or the renewal process); doing it twice changes nothing. */
	@Transactional
	public Document startRenewal(long companyId, long documentId, String actor) {
		Document document = lockCurrent(companyId, documentId);
		if (document.getRenewalStartedAt() == null) {
			document.startRenewal(clock.instant());
			record(document, actor, Action.RENEWAL_STARTED, null);
		}
		return document;
	}

	/**
	 * The renewal stopped without a new version (the customer declined): the status follows the dates
	 * again. A document superseded meanwhile is left as it is.
	 */
	@Transactional
	public Document cancelRenewal(long companyId, long documentId, String actor, String reason) {
		Document document = documents.lockByIdAndCompanyId(documentId, companyId)
			.orElseThrow(() -> new NotFoundException("Document", documentId));
		if (document.isCurrent() && document.getRenewalStartedAt() != null) {
			document.cancelRenewal(clock.instant());
			record(document, actor, Action.RENEWAL_CANCELLED, reason);
		}
		return document;
	}

	/** Current documents expiring on or before {@code until}, {@code limit} at a time after {@code afterId}. */
	public List<ExpiryCandidate> expiryCandidates(long companyId, LocalDate until, long afterId, int limit) {
		return documents.expiryCandidates(companyId, until, afterId, PageRequest.of(0, limit));
	}

	/** All versions of the document, oldest first. */
	public List<Document> history(long companyId, long documentId) {
		Document document = get(companyId, documentId);
		List<Document> older = new ArrayList<>();
		for (Long previous = document.getPreviousId(); previous != null;) {
			Document version = get(companyId, previous);
			older.add(version);
			previous = version.getPreviousId();
		}
		Collections.reverse(older);
		List<Document> versions = new ArrayList<>(older);
		versions.add(document);
		for (Optional<Document> next = documents.findByPreviousId(document.getId()); next.isPresent();
				next = documents.findByPreviousId(next.get().getId())) {
			versions.add(next.get());
		}
		return versions;
	}

	public List<DocumentFile> files(long companyId, long documentId) {
		return files.findByDocumentIdOrderByUploadedAt(get(companyId, documentId).getId());
	}

	public List<DocumentAudit> audit(long companyId, long documentId) {
		return audit.findByDocumentIdOrderByAtDescIdDesc(get(companyId, documentId).getId());
	}

	/**
	 * Checks and stores a file for the document. If the database write fails after the file was
	 * stored, the stored file is removed again, so nothing is left half-done.
	 */
	@Transactional
	public DocumentFile addFile(ChanceryUser user, long documentId, InputStream content, String originalName) {
		Document document = get(user.companyId(), documentId);
		StoredFile stored = fileStore.store(StorageArea.PRIVATE, content, ACCEPTED_FILES);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					fileStore.delete(StorageArea.PRIVATE, stored.key());
				}
			}
		});
		DocumentFile file = files.save(new DocumentFile(document, stored, cleanName(originalName), user.email(),
				clock.instant()));
		record(document, user.email(), Action.FILE_ADDED, file.getOriginalName() + " (" + stored.kind() + ", " + stored.size() + " bytes)");
		return file;
	}

	/** A five-minute URL to open the file; the opening is audited, the URL itself is never kept. */
	@Transactional
	public SignedUrl fileUrl(ChanceryUser user, long documentId, long fileId) {
		Document document = get(user.companyId(), documentId);
		DocumentFile file = files.findByIdAndDocumentId(fileId, document.getId())
			.orElseThrow(() -> new NotFoundException("File", fileId));
		SignedUrl url = fileStore.signedUrl(file.getStorageKey());
		record(document, user.email(), Action.FILE_VIEWED, file.getOriginalName());
		return url;
	}

	private DocumentType type(long companyId, String code) {
		if (code == null || code.isBlank()) {
			throw new InvalidFieldException("typeCode", "Choose a document type");
		}
		return types.findByCompanyIdAndCode(companyId, code.trim().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new InvalidFieldException("typeCode", "Unknown document type '" + code + "'"));
	}

	/** The customer the document belongs to: the given one, or the employee's. */
	private long owner(long companyId, Long customerId, Employee employee) {
		if (customerId == null && employee == null) {
			throw new InvalidFieldException("customerId", "Say whose document this is: a customer or an employee");
		}
		Customer customer = customers.get(companyId, customerId != null ? customerId : employee.getCustomerId());
		if (employee != null && !employee.getCustomerId().equals(customer.getId())) {
			throw new InvalidFieldException("employeeId", employee.getName() + " is not an employee of " + customer.getName());
		}
		if (customer.isArchived()) {
			throw new InvalidFieldException("customerId", customer.getName() + " is archived; restore the customer first");
		}
		return customer.getId();
	}

	private void describe(Document document, DocumentType type, DocumentDetails details) {
		String number = details.getNumber() == null ? "" : details.getNumber().trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
		if (number.isEmpty()) {
			throw new InvalidFieldException("number", "The document number is required");
		}
		if (!type.acceptsNumber(number)) {
			throw new InvalidFieldException("number", "'" + number + "' does not look like a " + type.getName() + " number"
					+ (type.getNumberHint() == null ? "" : " (" + type.getNumberHint() + ")"));
		}
		if (type.isExpires() && details.getExpiryDate() == null) {
			throw new InvalidFieldException("expiryDate", "A " + type.getName() + " expires: the expiry date is required");
		}
		if (details.getIssueDate() != null && details.getExpiryDate() != null
				&& !details.getExpiryDate().isAfter(details.getIssueDate())) {
			throw new InvalidFieldException("expiryDate", "The expiry date must be after the issue date");
		}
		documents.findByCompanyIdAndTypeIdAndActiveNumber(document.getCompanyId(), type.getId(), number)
			.filter(other -> !other.getId().equals(document.getId()))
			.ifPresent(other -> {
				throw new ConflictException("A current " + type.getName() + " with number " + number
						+ " is already registered (document " + other.getId() + ")");
			});
		String country = details.getIssuingCountry() == null || details.getIssuingCountry().isBlank() ? null
				: details.getIssuingCountry().trim().toUpperCase(Locale.ROOT);
		document.describe(type, number, country, blankToNull(details.getIssuingAuthority()), details.getIssueDate(),
				details.getExpiryDate(), blankToNull(details.getNotes()), clock.instant());
	}

	private Document lockCurrent(long companyId, long documentId) {
		Document document = documents.lockByIdAndCompanyId(documentId, companyId)
			.orElseThrow(() -> new NotFoundException("Document", documentId));
		if (!document.isCurrent()) {
			throw new ConflictException("Document " + documentId + " was superseded by its renewal; change the current version");
		}
		return document;
	}

	/** The document's own trail, and the company-wide audit log through {@link AuditedChange}. */
	private void record(Document document, String actor, Action action, String detail) {
		audit.save(new DocumentAudit(document, actor, action, detail, clock.instant()));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("number", document.getNumber());
		details.put("detail", detail);
		events.publishEvent(new AuditedChange(document.getCompanyId(), "DOCUMENT", document.getId(), action.name(), actor,
				"document " + document.getNumber() + " " + action.name().toLowerCase(Locale.ROOT).replace('_', ' ')
						+ (detail == null ? "" : ": " + detail),
				details));
	}

	private static String cleanName(String name) {
		if (name == null || name.isBlank()) {
			return "file";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		return base.length() > 255 ? base.substring(0, 255) : base;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
