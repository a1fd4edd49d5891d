package io.chancery.documents.internal;

import java.io.IOException;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
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

import io.chancery.customers.CustomerService;
import io.chancery.documents.Document;
import io.chancery.documents.DocumentDetails;
import io.chancery.documents.DocumentSearch;
import io.chancery.documents.DocumentService;
import io.chancery.documents.DocumentStatus;
import io.chancery.documents.DocumentTypeService;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.storage.FileTooLargeException;
import io.chancery.storage.UnsupportedFileTypeException;
import io.chancery.tenancy.ChanceryUser;

@Controller
@RequestMapping("/documents")
class DocumentPageController {

	private static final int PAGE_SIZE = 25;

	private final DocumentService documents;

	private final DocumentTypeService types;

	private final CustomerService customers;

	private final DocumentViews views;

	DocumentPageController(DocumentService documents, DocumentTypeService types, CustomerService customers,
			DocumentViews views) {
		this.documents = documents;
		this.types = types;
		this.customers = customers;
		this.views = views;
	}

	@GetMapping
	String list(@AuthenticationPrincipal ChanceryUser me, @RequestParam(required = false) Integer expiringWithin,
			@RequestParam(required = false) String typeCode, @RequestParam(required = false) Long customerId,
			@RequestParam(required = false) Long employeeId, @RequestParam(required = false) DocumentStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var search = new DocumentSearch(expiringWithin, typeCode, customerId, employeeId, status);
		var renderer = views.forCompany(me.companyId());
		model.addAttribute("documents", documents
			.search(me.companyId(), search, PageRequest.of(Math.max(page, 0), PAGE_SIZE, DocumentApiController.BY_EXPIRY))
			.map(renderer::view));
		model.addAttribute("search", search);
		model.addAttribute("types", types.list(me.companyId()));
		model.addAttribute("statuses", DocumentStatus.values());
		if (customerId != null) {
			model.addAttribute("customer", customers.get(me.companyId(), customerId));
		}
		return "documents/list";
	}

	@GetMapping("/new")
	@PreAuthorize(DocumentApiController.WRITERS)
	String newDocument(@AuthenticationPrincipal ChanceryUser me, @RequestParam Long customerId,
			@RequestParam(required = false) Long employeeId, Model model) {
		DocumentDetails form = new DocumentDetails();
		form.setCustomerId(customerId);
		form.setEmployeeId(employeeId);
		return documentForm(me, form, model);
	}

	@PostMapping("/new")
	@PreAuthorize(DocumentApiController.WRITERS)
	String create(@AuthenticationPrincipal ChanceryUser me, @Valid @ModelAttribute("form") DocumentDetails form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Document document = documents.create(me, form);
				redirect.addFlashAttribute("successMessage", "Document registered.");
				return "redirect:/documents/" + document.getId();
			}
			catch (InvalidFieldException invalid) {
				result.rejectValue(invalid.field(), "invalid", invalid.getMessage());
			}
			catch (ConflictException conflict) {
				result.rejectValue("number", "duplicate", conflict.getMessage());
			}
		}
		return documentForm(me, form, model);
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		var renderer = views.forCompany(me.companyId());
		model.addAttribute("document", renderer.view(documents.get(me.companyId(), id)));
		model.addAttribute("history", documents.history(me.companyId(), id).stream().map(renderer::view).toList());
		model.addAttribute("files", documents.files(me.companyId(), id));
		model.addAttribute("audit", documents.audit(me.companyId(), id));
		return "documents/detail";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(DocumentApiController.WRITERS)
	String edit(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		Document document = documents.get(me.companyId(), id);
		model.addAttribute("documentId", id);
		return documentForm(me, DocumentDetails.of(document, documents.typeOf(document)), model);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(DocumentApiController.WRITERS)
	String update(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @ModelAttribute("form") DocumentDetails form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(me, id, form, result, model, redirect, false);
	}

	@GetMapping("/{id}/renew")
	@PreAuthorize(DocumentApiController.WRITERS)
	String renewForm(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, Model model) {
		Document document = documents.get(me.companyId(), id);
		DocumentDetails form = DocumentDetails.of(document, documents.typeOf(document));
		form.setIssueDate(null);
		form.setExpiryDate(null);
		model.addAttribute("documentId", id);
		model.addAttribute("renewal", true);
		return documentForm(me, form, model);
	}

	@PostMapping("/{id}/renew")
	@PreAuthorize(DocumentApiController.WRITERS)
	String renew(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@Valid @ModelAttribute("form") DocumentDetails form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(me, id, form, result, model, redirect, true);
	}

	@PostMapping("/{id}/renewal-start")
	@PreAuthorize(DocumentApiController.WRITERS)
	String startRenewal(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, RedirectAttributes redirect) {
		try {
			documents.startRenewal(me.companyId(), id, me.email());
			redirect.addFlashAttribute("successMessage", "Marked as in renewal.");
		}
		catch (ConflictException conflict) {
			redirect.addFlashAttribute("errorMessage", conflict.getMessage());
		}
		return "redirect:/documents/" + id;
	}

	@PostMapping("/{id}/files")
	@PreAuthorize(DocumentApiController.WRITERS)
	String upload(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id,
			@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		try {
			documents.addFile(me, id, file.getInputStream(), file.getOriginalFilename());
			redirect.addFlashAttribute("successMessage", "File “" + file.getOriginalFilename() + "” added.");
		}
		catch (UnsupportedFileTypeException | FileTooLargeException | IllegalArgumentException refused) {
			redirect.addFlashAttribute("errorMessage", refused.getMessage());
		}
		return "redirect:/documents/" + id;
	}

	/** Opens a file: a fresh five-minute URL each time, so links on the page never go stale. */
	@GetMapping("/{id}/files/{fileId}")
	String openFile(@AuthenticationPrincipal ChanceryUser me, @PathVariable long id, @PathVariable long fileId) {
		return "redirect:" + documents.fileUrl(me, id, fileId).url();
	}

	private String save(ChanceryUser me, long id, DocumentDetails form, BindingResult result, Model model,
			RedirectAttributes redirect, boolean renewal) {
		if (!result.hasErrors()) {
			try {
				Document saved = renewal ? documents.renew(me, id, form) : documents.update(me, id, form);
				redirect.addFlashAttribute("successMessage", renewal ? "Renewed: this is the new version." : "Saved.");
				return "redirect:/documents/" + saved.getId();
			}
			catch (InvalidFieldException invalid) {
				result.rejectValue(invalid.field(), "invalid", invalid.getMessage());
			}
			catch (ConflictException conflict) {
				result.reject("conflict", conflict.getMessage());
			}
		}
		model.addAttribute("documentId", id);
		model.addAttribute("renewal", renewal);
		return documentForm(me, form, model);
	}

	private String documentForm(ChanceryUser me, DocumentDetails form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("types", types.list(me.companyId()));
		if (form.getCustomerId() != null) {
			model.addAttribute("customer", customers.get(me.companyId(), form.getCustomerId()));
		}
		if (form.getCustomerId() != null && form.getEmployeeId() != null) {
			model.addAttribute("employee", customers.employeeOf(me.companyId(), form.getCustomerId(), form.getEmployeeId()));
		}
		return "documents/form";
	}

}
