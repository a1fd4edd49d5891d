package io.chancery.billing.internal;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.http.HttpServletResponse;

import io.chancery.billing.Invoice;
import io.chancery.billing.InvoiceService;
import io.chancery.billing.InvoiceStatus;
import io.chancery.billing.Quote;
import io.chancery.billing.QuoteService;
import io.chancery.billing.QuoteStatus;
import io.chancery.customers.CustomerService;
import io.chancery.documents.DocumentSearch;
import io.chancery.documents.DocumentService;
import io.chancery.links.InvalidLinkException;
import io.chancery.links.PublicLink;
import io.chancery.shared.NotFoundException;
import io.chancery.tenancy.CompanyService;

/**
 * The customer's portal behind their link: quotes sent to them, their invoices with PDFs and
 * balances, and their documents due for renewal. Drafts, internal notes and expenses never show.
 */
@Controller
@RequestMapping("/p/{token}")
class PortalController {

	/** Documents expiring within this many days are "due for renewal" on the portal. */
	private static final int RENEWAL_HORIZON_DAYS = 90;

	private final CustomerPortal portal;

	private final QuoteService quotes;

	private final InvoiceService invoices;

	private final CustomerService customers;

	private final CompanyService companies;

	private final DocumentService documents;

	private final BillingPdfs pdfs;

	PortalController(CustomerPortal portal, QuoteService quotes, InvoiceService invoices, CustomerService customers,
			CompanyService companies, DocumentService documents, BillingPdfs pdfs) {
		this.portal = portal;
		this.quotes = quotes;
		this.invoices = invoices;
		this.customers = customers;
		this.companies = companies;
		this.documents = documents;
		this.pdfs = pdfs;
	}

	@GetMapping
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		PublicLink link;
		try {
			link = portal.open(token);
		}
		catch (InvalidLinkException invalid) {
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("problem", invalid.reason().message());
			return "public/portal-invalid";
		}
		long companyId = link.companyId();
		long customerId = link.subjectId();
		model.addAttribute("token", token);
		model.addAttribute("company", companies.get(companyId));
		model.addAttribute("customer", customers.get(companyId, customerId));
		model.addAttribute("quotes", quotes.ofCustomer(companyId, customerId).stream()
			.filter(quote -> quote.getStatus() != QuoteStatus.DRAFT && quote.getStatus() != QuoteStatus.PENDING_APPROVAL)
			.toList());
		model.addAttribute("invoices", invoices.issuedTo(companyId, customerId));
		model.addAttribute("documents", documents.search(companyId,
				new DocumentSearch(RENEWAL_HORIZON_DAYS, null, customerId, null, null),
				PageRequest.of(0, 100, Sort.by("expiryDate")))
			.getContent()
			.stream()
			.map(document -> new DueDocument(documents.typeOf(document).getName(), document.getNumber(),
					document.getExpiryDate()))
			.toList());
		return "public/portal";
	}

	record DueDocument(String type, String number, java.time.LocalDate expiryDate) {
	}

	@GetMapping("/invoices/{invoiceId}/pdf")
	ResponseEntity<byte[]> invoicePdf(@PathVariable String token, @PathVariable long invoiceId) {
		PublicLink link = portal.open(token);
		Invoice invoice = invoices.get(link.companyId(), invoiceId);
		if (invoice.getCustomerId() != link.subjectId() || invoice.getStatus() == InvoiceStatus.DRAFT
				|| invoice.getStatus() == InvoiceStatus.CANCELLED) {
			throw new NotFoundException("Invoice", invoiceId);
		}
		return QuoteApiController.pdfResponse(pdfs.invoice(link.companyId(), invoiceId), BillingPdfs.fileName("invoice", invoice.label()));
	}

	@GetMapping("/quotes/{quoteId}/pdf")
	ResponseEntity<byte[]> quotePdf(@PathVariable String token, @PathVariable long quoteId) {
		PublicLink link = portal.open(token);
		Quote quote = quotes.get(link.companyId(), quoteId);
		if (quote.getCustomerId() != link.subjectId() || quote.getStatus() == QuoteStatus.DRAFT
				|| quote.getStatus() == QuoteStatus.PENDING_APPROVAL) {
			throw new NotFoundException("Quote", quoteId);
		}
		return QuoteApiController.pdfResponse(pdfs.quote(link.companyId(), quoteId), BillingPdfs.fileName("quote", quote.label()));
	}

}
