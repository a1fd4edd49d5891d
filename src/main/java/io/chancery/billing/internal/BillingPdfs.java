package io.chancery.billing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.chancery.billing.CreditNote;
import io.chancery.billing.CreditNoteService;
import io.chancery.billing.DocumentLine;
import io.chancery.billing.Invoice;
import io.chancery.billing.InvoicePdfExtras;
import io.chancery.billing.InvoiceService;
import io.chancery.billing.Quote;
import io.chancery.billing.QuoteService;
import io.chancery.billing.Totals;
import io.chancery.customers.CustomerService;
import io.chancery.pdf.PdfRenderer;
import io.chancery.storage.FileStore;
import io.chancery.storage.StorageArea;
import io.chancery.tenancy.Company;
import io.chancery.tenancy.CompanyService;

/**
 * Quote, invoice and credit note PDFs, rendered from current data each time they are asked for (never stored).
 * Only customer-facing data goes in: expenses and margins never do.
 */
@Component
public class BillingPdfs {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final PdfRenderer renderer;

	private final QuoteService quotes;

	private final InvoiceService invoices;

	private final CustomerService customers;

	private final CompanyService companies;

	private final BillingSettings settings;

	private final FileStore files;

	private final ObjectProvider<InvoicePdfExtras> extras;

	private final CreditNoteService creditNotes;

	BillingPdfs(PdfRenderer renderer, QuoteService quotes, InvoiceService invoices, CustomerService customers,
			CompanyService companies, BillingSettings settings, FileStore files, ObjectProvider<InvoicePdfExtras> extras,
			CreditNoteService creditNotes) {
		this.extras = extras;
		this.creditNotes = creditNotes;
		this.renderer = renderer;
		this.quotes = quotes;
		this.invoices = invoices;
		this.customers = customers;
		this.companies = companies;
		this.settings = settings;
		this.files = files;
	}

	public byte[] quote(long companyId, long quoteId) {
		Quote quote = quotes.get(companyId, quoteId);
		Map<String, Object> variables = common(companyId, quote.getCustomerId(), quote.getLines(), quote.totals(),
				quote.getCurrency());
		variables.put("quote", quote);
		variables.put("validUntil", DATE.format(quote.getValidUntil()));
		Map<String, String> facts = new java.util.LinkedHashMap<>();
		facts.put("Quote", quote.label());
		if (quote.getSentAt() != null) {
			facts.put("Date", DATE.format(quote.getSentAt().atZone(companies.get(companyId).getTimeZone())));
		}
		facts.put("Valid until", DATE.format(quote.getValidUntil()));
		variables.put("facts", facts);
		return renderer.render("quote", variables);
	}

	public byte[] invoice(long companyId, long invoiceId) {
		return renderer.toPdf(invoiceHtml(companyId, invoiceId));
	}

	/** The invoice as the HTML its PDF is made from. */
	public String invoiceHtml(long companyId, long invoiceId) {
		Invoice invoice = invoices.get(companyId, invoiceId);
		Map<String, Object> variables = common(companyId, invoice.getCustomerId(), invoice.getLines(), invoice.totals(),
				invoice.getCurrency());
		variables.put("invoice", invoice);
		variables.put("dueDate", invoice.getDueDate() == null ? null : DATE.format(invoice.getDueDate()));
		Map<String, String> facts = new java.util.LinkedHashMap<>();
		facts.put("Invoice", invoice.label());
		if (invoice.getIssueDate() != null) {
			facts.put("Date", DATE.format(invoice.getIssueDate()));
			facts.put("Due", DATE.format(invoice.getDueDate()));
		}
		variables.put("facts", facts);
		extras.orderedStream().forEach(extra -> variables.putAll(extra.variables(companyId, invoiceId)));
		return renderer.html("invoice", variables);
	}

	public byte[] creditNote(long companyId, long creditNoteId) {
		CreditNote note = creditNotes.get(companyId, creditNoteId);
		Invoice invoice = invoices.get(companyId, note.getInvoiceId());
		Map<String, Object> variables = common(companyId, invoice.getCustomerId(), note.getLines(),
				Totals.of(note.getLines()), note.getCurrency());
		variables.put("creditNote", note);
		Map<String, String> facts = new java.util.LinkedHashMap<>();
		facts.put("Credit note", note.getNumber());
		facts.put("Date", DATE.format(note.getIssueDate()));
		facts.put("Invoice", invoice.label());
		variables.put("facts", facts);
		return renderer.render("credit-note", variables);
	}

	public static String fileName(String kind, String label) {
		return kind + "-" + label.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
	}

	private Map<String, Object> common(long companyId, long customerId, List<DocumentLine> lines, Totals totals,
			String currency) {
		Company company = companies.get(companyId);
		BillingSettings.CompanySettings companySettings = settings.company(companyId);
		Map<String, Object> variables = new HashMap<>();
		variables.put("company", company);
		variables.put("logo", logo(company));
		variables.put("taxNumber", companySettings.taxNumber());
		variables.put("bankDetails", companySettings.bankDetails());
		variables.put("customer", customers.get(companyId, customerId));
		variables.put("lines", lines);
		variables.put("totals", totals);
		variables.put("taxes", taxesByRate(lines));
		variables.put("currency", currency);
		return variables;
	}

	/** Tax per rate, as tax invoices show it (UAE VAT, Malaysian SST). */
	private static Map<BigDecimal, BigDecimal> taxesByRate(List<DocumentLine> lines) {
		Map<BigDecimal, BigDecimal> taxes = new TreeMap<>();
		for (DocumentLine line : lines) {
			taxes.merge(line.getTaxRate().stripTrailingZeros(), line.getTaxAmount(), BigDecimal::add);
		}
		return taxes;
	}

	private String logo(Company company) {
		if (company.getLogoKey() == null) {
			return null;
		}
		try (InputStream in = files.open(StorageArea.PUBLIC, company.getLogoKey())) {
			byte[] image = in.readAllBytes();
			boolean png = image.length > 1 && image[0] == (byte) 0x89 && image[1] == 'P';
			return PdfRenderer.imageDataUri(image, png ? "image/png" : "image/jpeg");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
