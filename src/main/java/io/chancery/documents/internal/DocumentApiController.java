package io.chancery.documents.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.chancery.documents.DocumentAudit;
import io.chancery.documents.DocumentDetails;
import io.chancery.documents.DocumentFile;
import io.chancery.documents.DocumentSearch;
import io.chancery.documents.DocumentService;
import io.chancery.documents.DocumentStatus;
import io.chancery.shared.PageView;
import io.chancery.storage.FileKind;
import io.chancery.storage.SignedUrl;
import io.chancery.tenancy.ChanceryUser;

/** Analysts read; staff, managers and admins also write. */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentApiController {

	static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','STAFF')";

	/**
	 * Soonest expiry first: what needs attention comes first. Documents without expiry come last, as both
	 * databases sort nulls high (H2 is told to in its URL).
	 */
	static final Sort BY_EXPIRY = Sort.by("expiryDate", "id");

	private final DocumentService documents;

	private final DocumentViews views;

	DocumentApiController(DocumentService documents, DocumentViews views) {
		this.documents = documents;
		this.views = views;
	}

	@GetMapping
	PageView<DocumentView> search(@AuthenticationPrincipal ChanceryUser me,
			@RequestParam(required = false) Integer expiringWithin, @RequestParam(required = false) String typeCode,
			@RequestParam(required = false) Long customerId, @RequestParam(required = false) Long employeeId,
			@RequestParam(required = false) DocumentStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		var search = new DocumentSearch(expiringWithin, typeCode, customerId, employeeId, status);
		var request = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200), BY_EXPIRY);
		var today = documents.today(me.companyId());
		var found = documents.search(me.companyId(), search, request);
		var renderer = views.forCompany(me.companyId(), today, found.getContent());
		return PageView.of(found, renderer::view);
	}

	@GetMapping("/{id}")
	DocumentView get(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return views.forCompany(me.companyId()).view(documents.get(me.companyId(), id));
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	ResponseEntity<DocumentView> create(@AuthenticationPrincipal ChanceryUser me,
			@Valid @RequestBody DocumentDetails details) {
		var document = documents.create(me, details);
		return ResponseEntity.created(URI.create("/api/v1/documents/" + document.getId()))
			.body(views.forCompany(me.companyId()).view(document));
	}

	@PutMapping("/{id}")
	@PreAuthorize(WRITERS)
	DocumentView update(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestBody DocumentDetails details) {
		return views.forCompany(me.companyId()).view(documents.update(me, id, details));
	}

	@PostMapping("/{id}/renewals")
	@PreAuthorize(WRITERS)
	ResponseEntity<DocumentView> renew(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestBody DocumentDetails renewal) {
		var renewed = documents.renew(me, id, renewal);
		return ResponseEntity.created(URI.create("/api/v1/documents/" + renewed.getId()))
			.body(views.forCompany(me.companyId()).view(renewed));
	}

	@PostMapping("/{id}/renewal-start")
	@PreAuthorize(WRITERS)
	DocumentView startRenewal(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return views.forCompany(me.companyId()).view(documents.startRenewal(me.companyId(), id, me.email()));
	}

	@GetMapping("/{id}/history")
	List<DocumentView> history(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		var renderer = views.forCompany(me.companyId());
		return documents.history(me.companyId(), id).stream().map(renderer::view).toList();
	}

	@GetMapping("/{id}/audit")
	List<AuditView> audit(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return documents.audit(me.companyId(), id).stream().map(AuditView::of).toList();
	}

	@GetMapping("/{id}/files")
	List<FileView> files(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return documents.files(me.companyId(), id).stream().map(FileView::of).toList();
	}

	@PostMapping(path = "/{id}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(WRITERS)
	ResponseEntity<FileView> addFile(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestPart("file") MultipartFile file) throws IOException {
		DocumentFile stored = documents.addFile(me, id, file.getInputStream(), file.getOriginalFilename());
		return ResponseEntity.created(URI.create("/api/v1/documents/" + id + "/files/" + stored.getId()))
			.body(FileView.of(stored));
	}

	@GetMapping("/{id}/files/{fileId}/url")
	SignedUrl fileUrl(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @PathVariable long fileId) {
		return documents.fileUrl(me, id, fileId);
	}

	record FileView(long id, String name, FileKind kind, String mediaType, long size, String sha256, String uploadedBy,
			Instant uploadedAt) {

		static FileView of(DocumentFile f) {
			return new FileView(f.getId(), f.getOriginalName(), f.getKind(), f.getKind().mediaType(), f.getSize(),
					f.getSha256(), f.getUploadedBy(), f.getUploadedAt());
		}

	}

	record AuditView(String actor, DocumentAudit.Action action, String detail, Instant at) {

		static AuditView of(DocumentAudit a) {
			return new AuditView(a.getActor(), a.getAction(), a.getDetail(), a.getAt());
		}

	}

}
