package io.chancery.billing.internal;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RestController;

import io.chancery.billing.Quote;
import io.chancery.billing.QuoteDetails;
import io.chancery.billing.QuoteService;
import io.chancery.billing.QuoteStatus;
import io.chancery.billing.internal.BillingViews.QuoteSummary;
import io.chancery.billing.internal.BillingViews.QuoteView;
import io.chancery.shared.PageView;
import io.chancery.tenancy.ChanceryUser;

/** Analysts read; staff, managers and admins write. Sending starts the approval process. */
@RestController
@RequestMapping("/api/v1/quotes")
class QuoteApiController {

	static final String WRITERS = "hasAnyRole('ADMIN','MANAGER','STAFF')";

	private final QuoteService quotes;

	private final BillingPdfs pdfs;

	QuoteApiController(QuoteService quotes, BillingPdfs pdfs) {
		this.quotes = quotes;
		this.pdfs = pdfs;
	}

	@GetMapping
	PageView<QuoteSummary> search(@AuthenticationPrincipal ChanceryUser me, @RequestParam(required = false) QuoteStatus status,
			@RequestParam(required = false) Long customerId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		var request = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200), Sort.by(Sort.Direction.DESC, "createdAt", "id"));
		return PageView.of(quotes.search(me.companyId(), status, customerId, request), QuoteSummary::of);
	}

	@GetMapping("/{id}")
	QuoteView get(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return view(quotes.get(me.companyId(), id));
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	ResponseEntity<QuoteView> create(@AuthenticationPrincipal ChanceryUser me, @Valid @RequestBody QuoteDetails details) {
		Quote quote = quotes.create(me.companyId(), me.email(), details);
		return ResponseEntity.created(URI.create("/api/v1/quotes/" + quote.getId())).body(view(quote));
	}

	@PutMapping("/{id}")
	@PreAuthorize(WRITERS)
	QuoteView update(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @Valid @RequestBody QuoteDetails details) {
		return view(quotes.update(me.companyId(), id, details));
	}

	/** Starts bpmn/quote-approval.bpmn; the quote is PENDING_APPROVAL until the process sends it. */
	@PostMapping("/{id}/send")
	@PreAuthorize(WRITERS)
	QuoteView send(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return view(quotes.submit(me.companyId(), id, me.email()));
	}

	@PostMapping("/{id}/revise")
	@PreAuthorize(WRITERS)
	ResponseEntity<QuoteView> revise(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		Quote revision = quotes.revise(me.companyId(), id, me.email());
		return ResponseEntity.created(URI.create("/api/v1/quotes/" + revision.getId())).body(view(revision));
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		Quote quote = quotes.get(me.companyId(), id);
		return pdfResponse(pdfs.quote(me.companyId(), id), BillingPdfs.fileName("quote", quote.label()));
	}

	static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(pdf);
	}

	private QuoteView view(Quote quote) {
		return QuoteView.of(quote, quotes.audit(quote.getCompanyId(), quote.getId()));
	}

}
