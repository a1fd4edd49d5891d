package io.chancery.purchasing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.chancery.purchasing.PurchaseOrder;
import io.chancery.purchasing.PurchaseOrderDetails;
import io.chancery.purchasing.PurchaseOrderLine;
import io.chancery.purchasing.PurchaseOrderService;
import io.chancery.purchasing.PurchasingReport;
import io.chancery.purchasing.ReceiptDetails;
import io.chancery.purchasing.ReceivingService;
import io.chancery.purchasing.Supplier;
import io.chancery.purchasing.SupplierDetails;
import io.chancery.purchasing.SupplierInvoiceDetails;
import io.chancery.purchasing.SupplierService;
import io.chancery.purchasing.VarianceCheck.ReviewDecision;
import io.chancery.purchasing.VarianceService;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.storage.FileTooLargeException;
import io.chancery.storage.UnsupportedFileTypeException;
import io.chancery.tenancy.ChanceryUser;

/** The purchasing pages: suppliers, orders, an order with its receipts, variances and audit, and the report. */
@Controller
@RequestMapping("/purchasing")
class PurchasingPageController {

	/** Blank rows the order form offers for new lines. */
	private static final int NEW_ORDER_ROWS = 5;

	private final SupplierService suppliers;

	private final PurchaseOrderService orders;

	private final ReceivingService receiving;

	private final VarianceService variances;

	private final VarianceReviews reviews;

	private final PurchasingReport report;

	private final SmartValidator validator;

	PurchasingPageController(SupplierService suppliers, PurchaseOrderService orders, ReceivingService receiving,
			VarianceService variances, VarianceReviews reviews, PurchasingReport report, SmartValidator validator) {
		this.suppliers = suppliers;
		this.orders = orders;
		this.receiving = receiving;
		this.variances = variances;
		this.reviews = reviews;
		this.report = report;
		this.validator = validator;
	}

	@GetMapping
	String home() {
		return "redirect:/purchasing/orders";
	}

	@GetMapping("/suppliers")
	String suppliers(@AuthenticationPrincipal ChanceryUser me, Model model) {
		model.addAttribute("suppliers", suppliers.all(me.companyId()));
		return "purchasing/suppliers";
	}

	@GetMapping("/suppliers/new")
	@PreAuthorize(SupplierApiController.WRITERS)
	String newSupplier(Model model) {
		model.addAttribute("form", new SupplierDetails());
		return "purchasing/supplier-form";
	}

	@PostMapping("/suppliers/new")
	@PreAuthorize(SupplierApiController.WRITERS)
	String createSupplier(@AuthenticationPrincipal ChanceryUser me, @Valid @ModelAttribute("form") SupplierDetails form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "purchasing/supplier-form";
		}
		Supplier supplier = suppliers.create(me.companyId(), form);
		redirect.addFlashAttribute("successMessage", supplier.getName() + " was added.");
		return "redirect:/purchasing/suppliers";
	}

	@GetMapping("/suppliers/{id}/edit")
	@PreAuthorize(SupplierApiController.WRITERS)
	String editSupplier(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		model.addAttribute("form", SupplierDetails.of(suppliers.get(me.companyId(), id)));
		model.addAttribute("supplierId", id);
		return "purchasing/supplier-form";
	}

	@PostMapping("/suppliers/{id}/edit")
	@PreAuthorize(SupplierApiController.WRITERS)
	String updateSupplier(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @ModelAttribute("form") SupplierDetails form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("supplierId", id);
			return "purchasing/supplier-form";
		}
		suppliers.update(me.companyId(), id, form);
		redirect.addFlashAttribute("successMessage", "Saved.");
		return "redirect:/purchasing/suppliers";
	}

	@GetMapping("/orders")
	String orders(@AuthenticationPrincipal ChanceryUser me, Model model) {
		model.addAttribute("orders", orders.all(me.companyId()));
		model.addAttribute("supplierNames", supplierNames(me));
		return "purchasing/orders";
	}

	@GetMapping("/orders/new")
	@PreAuthorize(SupplierApiController.WRITERS)
	String newOrder(@AuthenticationPrincipal ChanceryUser me, Model model) {
		PurchaseOrderDetails form = new PurchaseOrderDetails();
		form.setExpectedDeliveryDate(orders.today(me.companyId()).plusDays(14));
		return orderForm(me, form, model);
	}

	@PostMapping("/orders/new")
	@PreAuthorize(SupplierApiController.WRITERS)
	String createOrder(@AuthenticationPrincipal ChanceryUser me, @ModelAttribute("form") PurchaseOrderDetails form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		// Rows left empty are not lines; validate what remains.
		form.getLines().removeIf(line -> (line.getDescription() == null || line.getDescription().isBlank())
				&& line.getQuantity() == null && line.getUnitPrice() == null);
		validator.validate(form, result);
		if (!result.hasErrors()) {
			try {
				PurchaseOrder order = orders.create(me, form);
				redirect.addFlashAttribute("successMessage", "The draft order was saved.");
				return "redirect:/purchasing/orders/" + order.getId();
			}
			catch (InvalidFieldException invalid) {
				result.rejectValue(invalid.field(), "invalid", invalid.getMessage());
			}
		}
		return orderForm(me, form, model);
	}

	@GetMapping("/orders/{id}")
	String order(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		PurchaseOrder order = orders.get(me.companyId(), id);
		if (!model.containsAttribute("receipt")) {
			ReceiptDetails receipt = new ReceiptDetails();
			for (PurchaseOrderLine line : order.getLines()) {
				ReceiptDetails.Line row = new ReceiptDetails.Line();
				row.setLineId(line.getId());
				row.setQuantity(null);
				row.setRejectedQuantity(null);
				receipt.getLines().add(row);
			}
			model.addAttribute("receipt", receipt);
		}
		model.addAttribute("order", order);
		model.addAttribute("supplier", suppliers.get(me.companyId(), order.getSupplierId()));
		model.addAttribute("receipts", receiving.receipts(me.companyId(), id));
		model.addAttribute("invoices", receiving.invoices(me.companyId(), id));
		model.addAttribute("variances", variances.variances(me.companyId(), id));
		model.addAttribute("checks", variances.checks(me.companyId(), id));
		model.addAttribute("audit", orders.audit(me.companyId(), id));
		model.addAttribute("lineNumbers", order.getLines().stream()
			.collect(Collectors.toMap(PurchaseOrderLine::getId, PurchaseOrderLine::getLineNumber)));
		model.addAttribute("today", orders.today(me.companyId()));
		return "purchasing/order";
	}

	@PostMapping("/orders/{id}/approve")
	@PreAuthorize(PurchaseOrderApiController.APPROVERS)
	String approve(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> "Approved as " + orders.approve(me, id).label() + ".");
	}

	@PostMapping("/orders/{id}/send")
	@PreAuthorize(SupplierApiController.WRITERS)
	String send(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> orders.send(me, id).label() + " is marked as sent to the supplier.");
	}

	@PostMapping("/orders/{id}/cancel")
	@PreAuthorize(SupplierApiController.WRITERS)
	String cancel(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> orders.cancel(me, id, reason).label() + " was cancelled.");
	}

	@PostMapping("/orders/{id}/close-short")
	@PreAuthorize(PurchaseOrderApiController.APPROVERS)
	String closeShort(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, () -> receiving.closeShort(me, id, reason).label()
				+ " was closed short; the shortfall is being checked against the tolerance.");
	}

	/** Receipt entry: one row per ordered line; rows left empty are not part of the delivery. */
	@PostMapping("/orders/{id}/receipts")
	@PreAuthorize(SupplierApiController.WRITERS)
	String receive(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@ModelAttribute("receipt") ReceiptDetails receipt, BindingResult result,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		// The form keeps every row (the page shows them again on an error); only filled rows are received.
		ReceiptDetails delivered = new ReceiptDetails();
		delivered.setReceivedOn(receipt.getReceivedOn());
		delivered.setDeliveryNoteNumber(receipt.getDeliveryNoteNumber());
		delivered.setFinalDelivery(receipt.isFinalDelivery());
		receipt.getLines().stream()
			.filter(line -> line.getQuantity().signum() != 0 || line.getRejectedQuantity().signum() != 0)
			.forEach(delivered.getLines()::add);
		validator.validate(delivered, result);
		String error = result.hasErrors() ? result.getAllErrors().get(0).getDefaultMessage() : null;
		if (error == null) {
			try (InputStream content = file == null || file.isEmpty() ? null : file.getInputStream()) {
				receiving.receive(me, id, delivered, content, file == null ? null : file.getOriginalFilename());
				redirect.addFlashAttribute("successMessage", "The delivery was recorded.");
				return "redirect:/purchasing/orders/" + id;
			}
			catch (InvalidFieldException | ConflictException | UnsupportedFileTypeException | FileTooLargeException refused) {
				error = refused.getMessage();
			}
		}
		model.addAttribute("errorMessage", "The delivery was not recorded: " + error);
		return order(me, id, model);
	}

	@PostMapping("/orders/{id}/supplier-invoices")
	@PreAuthorize(SupplierApiController.WRITERS)
	String enterInvoice(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@ModelAttribute("invoice") SupplierInvoiceDetails invoice, BindingResult result, RedirectAttributes redirect) {
		invoice.getLines().removeIf(line -> line.getQuantity() == null && line.getUnitPrice() == null);
		validator.validate(invoice, result);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("errorMessage", "The invoice was not entered: "
					+ result.getFieldErrors().stream().map(e -> e.getField() + " " + e.getDefaultMessage()).collect(Collectors.joining("; ")));
			return "redirect:/purchasing/orders/" + id;
		}
		return act(id, redirect, () -> "Supplier invoice " + receiving.enterInvoice(me, id, invoice).getNumber()
				+ " was entered; it is being matched.");
	}

	@PostMapping("/orders/{id}/checks/{checkId}/review")
	@PreAuthorize(PurchaseOrderApiController.APPROVERS)
	String review(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @PathVariable long checkId,
			@RequestParam ReviewDecision decision, @RequestParam(required = false) String notes, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			reviews.review(me, id, checkId, decision, notes);
			return "Your decision was recorded.";
		});
	}

	@GetMapping("/report")
	@PreAuthorize(PurchasingReportApiController.READERS)
	String report(@AuthenticationPrincipal ChanceryUser me,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to, Model model) {
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		try {
			model.addAttribute("rows", report.perSupplier(me.companyId(), from, to));
		}
		catch (InvalidFieldException invalid) {
			model.addAttribute("errorMessage", invalid.getMessage());
			model.addAttribute("rows", List.of());
		}
		return "purchasing/report";
	}

	private String orderForm(ChanceryUser me, PurchaseOrderDetails form, Model model) {
		while (form.getLines().size() < NEW_ORDER_ROWS) {
			form.getLines().add(new PurchaseOrderDetails.Line());
		}
		model.addAttribute("form", form);
		model.addAttribute("suppliers", suppliers.all(me.companyId()));
		return "purchasing/order-form";
	}

	private Map<Long, String> supplierNames(ChanceryUser me) {
		return suppliers.all(me.companyId()).stream().collect(Collectors.toMap(Supplier::getId, Supplier::getName));
	}

	private static String act(long id, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("successMessage", action.get());
		}
		catch (ConflictException | InvalidFieldException refused) {
			redirect.addFlashAttribute("errorMessage", refused.getMessage());
		}
		return "redirect:/purchasing/orders/" + id;
	}

}
