package io.chancery.purchasing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.chancery.purchasing.GoodsReceipt;
import io.chancery.purchasing.PurchaseOrder;
import io.chancery.purchasing.PurchaseOrderDetails;
import io.chancery.purchasing.PurchaseOrderService;
import io.chancery.purchasing.ReceiptDetails;
import io.chancery.purchasing.ReceivingService;
import io.chancery.purchasing.SupplierInvoiceDetails;
import io.chancery.purchasing.SupplierService;
import io.chancery.purchasing.VarianceCheck.ReviewDecision;
import io.chancery.purchasing.VarianceService;
import io.chancery.purchasing.internal.PurchasingViews.AuditView;
import io.chancery.purchasing.internal.PurchasingViews.CheckView;
import io.chancery.purchasing.internal.PurchasingViews.InvoiceView;
import io.chancery.purchasing.internal.PurchasingViews.OrderSummary;
import io.chancery.purchasing.internal.PurchasingViews.OrderView;
import io.chancery.purchasing.internal.PurchasingViews.ReceiptView;
import io.chancery.storage.SignedUrl;
import io.chancery.tenancy.ChanceryUser;

/** Everyone reads; staff write; approving and reviewing variances is for managers and admins. */
@RestController
@RequestMapping("/api/v1/purchase-orders")
class PurchaseOrderApiController {

	static final String WRITERS = SupplierApiController.WRITERS;

	static final String APPROVERS = "hasAnyRole('ADMIN','MANAGER')";

	private final PurchaseOrderService orders;

	private final ReceivingService receiving;

	private final VarianceService variances;

	private final VarianceReviews reviews;

	private final SupplierService suppliers;

	private final PurchaseOrderPdf pdf;

	PurchaseOrderApiController(PurchaseOrderService orders, ReceivingService receiving, VarianceService variances,
			VarianceReviews reviews, SupplierService suppliers, PurchaseOrderPdf pdf) {
		this.pdf = pdf;
		this.orders = orders;
		this.receiving = receiving;
		this.variances = variances;
		this.reviews = reviews;
		this.suppliers = suppliers;
	}

	@GetMapping
	List<OrderSummary> list(@AuthenticationPrincipal ChanceryUser me) {
		return orders.all(me.companyId()).stream().map(OrderSummary::of).toList();
	}

	@GetMapping("/{id}")
	OrderView get(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return view(me, orders.get(me.companyId(), id));
	}

	/** Rendered from the order as it is now; never stored. */
	@GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		byte[] content = pdf.render(me.companyId(), id);
		String fileName = PurchaseOrderPdf.fileName(orders.get(me.companyId(), id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.body(content);
	}

	@PostMapping
	@PreAuthorize(WRITERS)
	ResponseEntity<OrderView> create(@AuthenticationPrincipal ChanceryUser me, @Valid @RequestBody PurchaseOrderDetails details) {
		var order = orders.create(me, details);
		return ResponseEntity.created(URI.create("/api/v1/purchase-orders/" + order.getId())).body(view(me, order));
	}

	@PutMapping("/{id}")
	@PreAuthorize(WRITERS)
	OrderView update(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestBody PurchaseOrderDetails details) {
		return view(me, orders.update(me, id, details));
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize(APPROVERS)
	OrderView approve(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return view(me, orders.approve(me, id));
	}

	@PostMapping("/{id}/send")
	@PreAuthorize(WRITERS)
	OrderView send(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return view(me, orders.send(me, id));
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize(WRITERS)
	OrderView cancel(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestBody(required = false) CancelRequest request) {
		return view(me, orders.cancel(me, id, request == null ? null : request.reason()));
	}

	/** Nothing more will come: the shortfall is judged by the tolerance table now (managers). */
	@PostMapping("/{id}/close-short")
	@PreAuthorize(APPROVERS)
	OrderView closeShort(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestBody(required = false) CancelRequest request) {
		return view(me, receiving.closeShort(me, id, request == null ? null : request.reason()));
	}

	@GetMapping("/{id}/audit")
	List<AuditView> audit(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return orders.audit(me.companyId(), id).stream().map(AuditView::of).toList();
	}

	@GetMapping("/{id}/receipts")
	List<ReceiptView> receipts(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return receiving.receipts(me.companyId(), id).stream().map(ReceiptView::of).toList();
	}

	@PostMapping(path = "/{id}/receipts", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(WRITERS)
	ResponseEntity<ReceiptView> receive(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestBody ReceiptDetails details) {
		return received(id, receiving.receive(me, id, details, null, null));
	}

	/** The same with the delivery note's scan: part "receipt" (JSON) and part "file". */
	@PostMapping(path = "/{id}/receipts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(WRITERS)
	ResponseEntity<ReceiptView> receiveWithFile(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestPart("receipt") ReceiptDetails details, @RequestPart("file") MultipartFile file) throws IOException {
		try (InputStream content = file.getInputStream()) {
			return received(id, receiving.receive(me, id, details, content, file.getOriginalFilename()));
		}
	}

	@GetMapping("/{id}/receipts/{receiptId}/file-url")
	SignedUrl deliveryNote(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @PathVariable long receiptId) {
		return receiving.deliveryNoteUrl(me.companyId(), id, receiptId);
	}

	@GetMapping("/{id}/supplier-invoices")
	List<InvoiceView> invoices(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id) {
		return receiving.invoices(me.companyId(), id).stream().map(InvoiceView::of).toList();
	}

	@PostMapping("/{id}/supplier-invoices")
	@PreAuthorize(WRITERS)
	ResponseEntity<InvoiceView> enterInvoice(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @RequestBody SupplierInvoiceDetails details) {
		var invoice = receiving.enterInvoice(me, id, details);
		return ResponseEntity.created(URI.create("/api/v1/purchase-orders/" + id + "/supplier-invoices/" + invoice.getId()))
			.body(InvoiceView.of(invoice));
	}

	@PostMapping("/{id}/variance-checks/{checkId}/review")
	@PreAuthorize(APPROVERS)
	CheckView review(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @PathVariable long checkId,
			@Valid @RequestBody ReviewRequest request) {
		return CheckView.of(reviews.review(me, id, checkId, request.decision(), request.notes()));
	}

	private ResponseEntity<ReceiptView> received(long orderId, GoodsReceipt receipt) {
		return ResponseEntity.created(URI.create("/api/v1/purchase-orders/" + orderId + "/receipts/" + receipt.getId()))
			.body(ReceiptView.of(receipt));
	}

	private OrderView view(ChanceryUser me, PurchaseOrder order) {
		return OrderView.of(order, suppliers.get(me.companyId(), order.getSupplierId()),
				variances.variances(me.companyId(), order.getId()), variances.checks(me.companyId(), order.getId()));
	}

	/** The reason to cancel or to close short. */
	record CancelRequest(String reason) {
	}

	record ReviewRequest(@NotNull ReviewDecision decision, @Size(max = 1000) String notes) {
	}

}
