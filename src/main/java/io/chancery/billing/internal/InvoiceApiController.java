package io.chancery.billing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
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

import io.chancery.billing.ExpenseInput;
import io.chancery.billing.Invoice;
import io.chancery.billing.InvoiceDetails;
import io.chancery.billing.InvoiceService;
import io.chancery.billing.InvoiceStatus;
import io.chancery.billing.Payment;
import io.chancery.billing.PaymentInput;
import io.chancery.billing.internal.BillingViews.ExpenseView;
import io.chancery.billing.internal.BillingViews.InvoiceSummary;
import io.chancery.billing.internal.BillingViews.InvoiceView;
import io.chancery.billing.internal.BillingViews.PaymentView;
import io.chancery.shared.PageView;
import io.chancery.tenancy.ChanceryUser;

/**
 * Invoices for staff. Each action is checked against the invoice's state (409 when it does not
 * apply) and the invoice's process is told by a message.
 */
@RestController
@RequestMapping("/api/v1/invoices")
class InvoiceApiController {

	private final InvoiceService invoices;

	private final BillingPdfs pdfs;

	InvoiceApiController(InvoiceService invoices, BillingPdfs pdfs) {
		this.invoices = invoices;
		this.pdfs = pdfs;
	}

	@GetMapping
	PageView<InvoiceSummary> search(@AuthenticationPrincipal ChanceryUser me,
			@RequestParam(required = false) InvoiceStatus status, @RequestParam(required = false) Long customerId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		var request = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200), Sort.by(Sort.Direction.DESC, "createdAt", "id"));
		return PageView.of(invoices.search(me.companyId(), status, customerId, request), InvoiceSummary::of);
	}

	@GetMapping("/{id}")
	InvoiceView get(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return view(me.companyId(), id);
	}

	@PostMapping
	@PreAuthorize(QuoteApiController.WRITERS)
	ResponseEntity<InvoiceView> create(@AuthenticationPrincipal ChanceryUser me, @Valid @RequestBody InvoiceDetails details) {
		Invoice invoice = invoices.createDraft(me.companyId(), details.customerId(), details.lines(), details.notes(),
				details.currency(), details.exchangeRate(), null, me.email());
		return ResponseEntity.created(URI.create("/api/v1/invoices/" + invoice.getId())).body(view(me.companyId(), invoice.getId()));
	}

	@PutMapping("/{id}")
	@PreAuthorize(QuoteApiController.WRITERS)
	InvoiceView update(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @Valid @RequestBody InvoiceDetails details) {
		invoices.update(me.companyId(), id, details.lines(), details.notes());
		return view(me.companyId(), id);
	}

	@PostMapping("/{id}/issue")
	@PreAuthorize(QuoteApiController.WRITERS)
	InvoiceView issue(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		invoices.issue(me.companyId(), id, me.email());
		return view(me.companyId(), id);
	}

	/** Body {@code {"exchangeRate": 4.4712}}: for an invoice in another currency, at any stage. */
	@PutMapping("/{id}/exchange-rate")
	@PreAuthorize(QuoteApiController.WRITERS)
	InvoiceView exchangeRate(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestBody Map<String, BigDecimal> body) {
		invoices.changeExchangeRate(me.companyId(), id, body.get("exchangeRate"), me.email());
		return view(me.companyId(), id);
	}

	@PostMapping("/{id}/payments")
	@PreAuthorize(QuoteApiController.WRITERS)
	ResponseEntity<PaymentView> pay(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestBody PaymentInput payment) {
		Payment recorded = invoices.recordPayment(me.companyId(), id, payment, me.email());
		return ResponseEntity.status(HttpStatus.CREATED).body(PaymentView.of(recorded));
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize(QuoteApiController.WRITERS)
	InvoiceView cancel(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestBody(required = false) Reason reason) {
		invoices.cancel(me.companyId(), id, me.email(), reason == null ? null : reason.reason());
		return view(me.companyId(), id);
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize(QuoteApiController.WRITERS)
	InvoiceView reject(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestBody(required = false) Reason reason) {
		invoices.reject(me.companyId(), id, me.email(), reason == null ? null : reason.reason());
		return view(me.companyId(), id);
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		Invoice invoice = invoices.get(me.companyId(), id);
		return QuoteApiController.pdfResponse(pdfs.invoice(me.companyId(), id), BillingPdfs.fileName("invoice", invoice.label()));
	}

	@GetMapping("/{id}/expenses")
	List<ExpenseView> expenses(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return invoices.expenses(me.companyId(), id).stream().map(ExpenseView::of).toList();
	}

	@PostMapping(path = "/{id}/expenses", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(QuoteApiController.WRITERS)
	ResponseEntity<ExpenseView> addExpense(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestBody ExpenseInput expense) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(ExpenseView.of(invoices.addExpense(me.companyId(), id, expense, null, null, me.email())));
	}

	/** The same with a receipt: multipart parts {@code description}, {@code amount}, {@code supplier}, {@code receipt}. */
	@PostMapping(path = "/{id}/expenses", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(QuoteApiController.WRITERS)
	ResponseEntity<ExpenseView> addExpenseWithReceipt(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid ExpenseForm expense, @RequestPart(name = "receipt", required = false) MultipartFile receipt)
			throws IOException {
		try (InputStream content = receipt == null || receipt.isEmpty() ? null : receipt.getInputStream()) {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(ExpenseView.of(invoices.addExpense(me.companyId(), id, expense.toInput(), content,
						receipt == null ? null : receipt.getOriginalFilename(), me.email())));
		}
	}

	/** Redirects to a five-minute URL of the receipt. */
	@GetMapping("/{id}/expenses/{expenseId}/receipt")
	ResponseEntity<Void> receipt(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @PathVariable long expenseId) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.location(invoices.receiptUrl(me.companyId(), id, expenseId).url())
			.build();
	}

	record Reason(String reason) {
	}

	private InvoiceView view(long companyId, long id) {
		return InvoiceView.of(invoices.get(companyId, id), invoices.payments(companyId, id), invoices.expenses(companyId, id),
				invoices.margin(companyId, id), invoices.audit(companyId, id));
	}

}
