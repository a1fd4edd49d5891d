package io.chancery.billing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.chancery.billing.Invoice;
import io.chancery.billing.InvoiceService;
import io.chancery.billing.InvoiceStatus;
import io.chancery.billing.PaymentInput;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.tenancy.ChanceryUser;

@Controller
@RequestMapping("/invoices")
class InvoicePageController {

	private static final int PAGE_SIZE = 25;

	private final InvoiceService invoices;

	private final EditorModel editor;

	InvoicePageController(InvoiceService invoices, EditorModel editor) {
		this.invoices = invoices;
		this.editor = editor;
	}

	@GetMapping
	String list(@AuthenticationPrincipal ChanceryUser me, @RequestParam(required = false) InvoiceStatus status,
			@RequestParam(required = false) Long customerId, @RequestParam(defaultValue = "0") int page, Model model) {
		var request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "createdAt", "id"));
		model.addAttribute("invoices", invoices.search(me.companyId(), status, customerId, request));
		model.addAttribute("statuses", InvoiceStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("customerId", customerId);
		editor.customerNames(me.companyId(), model);
		return "invoices/list";
	}

	@GetMapping("/new")
	@PreAuthorize(QuoteApiController.WRITERS)
	String newInvoice(@AuthenticationPrincipal ChanceryUser me, @RequestParam Optional<Long> customerId, Model model) {
		DocumentForm form = DocumentForm.empty(null);
		customerId.ifPresent(form::setCustomerId);
		model.addAttribute("form", form);
		return editor.fill(me.companyId(), model, "invoices/form");
	}

	@PostMapping("/new")
	@PreAuthorize(QuoteApiController.WRITERS)
	String create(@AuthenticationPrincipal ChanceryUser me, @ModelAttribute("form") DocumentForm form, BindingResult result,
			@RequestParam Optional<String> addLine, @RequestParam Optional<Integer> removeLine, Model model,
			RedirectAttributes redirect) {
		if (EditorModel.changeLines(form, addLine, removeLine) || result.hasErrors()) {
			return editor.fill(me.companyId(), model, "invoices/form");
		}
		if (form.getCustomerId() == null) {
			result.rejectValue("customerId", "required", "Choose a customer");
			return editor.fill(me.companyId(), model, "invoices/form");
		}
		try {
			var details = form.toInvoice();
			Invoice invoice = invoices.createDraft(me.companyId(), details.customerId(), details.lines(), details.notes(),
					null, me.email());
			redirect.addFlashAttribute("successMessage", "The draft invoice was saved; issue it when it is right.");
			return "redirect:/invoices/" + invoice.getId();
		}
		catch (InvalidFieldException invalid) {
			EditorModel.reject(result, invalid);
			return editor.fill(me.companyId(), model, "invoices/form");
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(QuoteApiController.WRITERS)
	String edit(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		Invoice invoice = invoices.get(me.companyId(), id);
		model.addAttribute("form", DocumentForm.of(invoice.getCustomerId(), invoice.getNotes(), invoice.getLines()));
		model.addAttribute("invoiceId", id);
		return editor.fill(me.companyId(), model, "invoices/form");
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(QuoteApiController.WRITERS)
	String update(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @ModelAttribute("form") DocumentForm form,
			BindingResult result, @RequestParam Optional<String> addLine, @RequestParam Optional<Integer> removeLine,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("invoiceId", id);
		if (EditorModel.changeLines(form, addLine, removeLine) || result.hasErrors()) {
			return editor.fill(me.companyId(), model, "invoices/form");
		}
		try {
			var details = form.toInvoice();
			invoices.update(me.companyId(), id, details.lines(), details.notes());
			redirect.addFlashAttribute("successMessage", "Saved.");
			return "redirect:/invoices/" + id;
		}
		catch (InvalidFieldException invalid) {
			EditorModel.reject(result, invalid);
		}
		catch (ConflictException conflict) {
			result.reject("conflict", conflict.getMessage());
		}
		return editor.fill(me.companyId(), model, "invoices/form");
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		if (!model.containsAttribute("payment")) {
			model.addAttribute("payment", new PaymentForm(null, editor.today(me.companyId()), "BANK_TRANSFER", null));
		}
		if (!model.containsAttribute("expense")) {
			model.addAttribute("expense", new ExpenseForm());
		}
		return detail(me, id, model);
	}

	private String detail(ChanceryUser me, long id, Model model) {
		model.addAttribute("invoice", invoices.get(me.companyId(), id));
		model.addAttribute("payments", invoices.payments(me.companyId(), id));
		model.addAttribute("expenses", invoices.expenses(me.companyId(), id));
		model.addAttribute("margin", invoices.margin(me.companyId(), id));
		model.addAttribute("audit", invoices.audit(me.companyId(), id));
		editor.customerNames(me.companyId(), model);
		return "invoices/detail";
	}

	@PostMapping("/{id}/issue")
	@PreAuthorize(QuoteApiController.WRITERS)
	String issue(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> "Issued as " + invoices.issue(me.companyId(), id, me.email()).getNumber()
				+ "; the e-mail with the PDF goes out now.");
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize(QuoteApiController.WRITERS)
	String cancel(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> "Invoice " + invoices.cancel(me.companyId(), id, me.email(), reason).label() + " was cancelled.");
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize(QuoteApiController.WRITERS)
	String reject(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> "Invoice " + invoices.reject(me.companyId(), id, me.email(), reason).label() + " is marked rejected.");
	}

	@PostMapping("/{id}/payments")
	@PreAuthorize(QuoteApiController.WRITERS)
	String pay(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @Valid @ModelAttribute("payment") PaymentForm payment,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				invoices.recordPayment(me.companyId(), id, payment.toInput(), me.email());
				redirect.addFlashAttribute("successMessage", "The payment was recorded.");
				return "redirect:/invoices/" + id;
			}
			catch (InvalidFieldException invalid) {
				EditorModel.reject(result, invalid);
			}
			catch (ConflictException conflict) {
				result.reject("conflict", conflict.getMessage());
			}
		}
		model.addAttribute("expense", new ExpenseForm());
		return detail(me, id, model);
	}

	@PostMapping("/{id}/expenses")
	@PreAuthorize(QuoteApiController.WRITERS)
	String addExpense(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @ModelAttribute("expense") ExpenseForm expense, BindingResult result,
			@RequestParam(name = "receipt", required = false) MultipartFile receipt, Model model,
			RedirectAttributes redirect) throws IOException {
		if (!result.hasErrors()) {
			try (InputStream content = receipt == null || receipt.isEmpty() ? null : receipt.getInputStream()) {
				invoices.addExpense(me.companyId(), id, expense.toInput(), content,
						receipt == null ? null : receipt.getOriginalFilename(), me.email());
				redirect.addFlashAttribute("successMessage", "The expense was added.");
				return "redirect:/invoices/" + id;
			}
			catch (InvalidFieldException invalid) {
				EditorModel.reject(result, invalid);
			}
			catch (RuntimeException refusedFile) {
				if (refusedFile.getClass().getPackageName().startsWith("io.chancery.storage")) {
					result.reject("receipt", refusedFile.getMessage());
				}
				else {
					throw refusedFile;
				}
			}
		}
		model.addAttribute("payment", new PaymentForm(null, editor.today(me.companyId()), "BANK_TRANSFER", null));
		return detail(me, id, model);
	}

	private static String act(long id, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
		try {
			redirect.addFlashAttribute("successMessage", action.get());
		}
		catch (ConflictException conflict) {
			redirect.addFlashAttribute("errorMessage", conflict.getMessage());
		}
		return "redirect:/invoices/" + id;
	}

	/** The payment form; the same checks as the API's body. */
	public static class PaymentForm {

		@jakarta.validation.constraints.NotNull
		@jakarta.validation.constraints.DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
		private java.math.BigDecimal amount;

		@jakarta.validation.constraints.NotNull
		@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
		private LocalDate date;

		@jakarta.validation.constraints.NotBlank
		private String method;

		private String reference;

		public PaymentForm() {
		}

		PaymentForm(java.math.BigDecimal amount, LocalDate date, String method, String reference) {
			this.amount = amount;
			this.date = date;
			this.method = method;
			this.reference = reference;
		}

		PaymentInput toInput() {
			return new PaymentInput(amount, date, method, reference);
		}

		public java.math.BigDecimal getAmount() {
			return amount;
		}

		public void setAmount(java.math.BigDecimal amount) {
			this.amount = amount;
		}

		public LocalDate getDate() {
			return date;
		}

		public void setDate(LocalDate date) {
			this.date = date;
		}

		public String getMethod() {
			return method;
		}

		public void setMethod(String method) {
			this.method = method;
		}

		public String getReference() {
			return reference;
		}

		public void setReference(String reference) {
			this.reference = reference;
		}

	}

}
