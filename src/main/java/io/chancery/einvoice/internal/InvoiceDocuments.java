package io.chancery.einvoice.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.chancery.billing.DocumentLine;
import io.chancery.billing.Invoice;
import io.chancery.billing.InvoiceService;
import io.chancery.customers.Customer;
import io.chancery.customers.CustomerAddress;
import io.chancery.customers.CustomerService;
import io.chancery.einvoice.Address;
import io.chancery.einvoice.AllowanceCharge;
import io.chancery.einvoice.Classification;
import io.chancery.einvoice.CodeTable;
import io.chancery.einvoice.CodeTables;
import io.chancery.einvoice.DocumentType;
import io.chancery.einvoice.EDocument;
import io.chancery.einvoice.EInvoiceSettingsService;
import io.chancery.einvoice.EInvoiceSource;
import io.chancery.einvoice.Line;
import io.chancery.einvoice.OriginalDocument;
import io.chancery.einvoice.Party;
import io.chancery.einvoice.TaxSubtotal;
import io.chancery.einvoice.Totals;
import io.chancery.shared.ConflictException;
import io.chancery.tenancy.CompanyService;

/**
 * A billing invoice (or, for {@link CreditNoteDocuments}, a credit note) as a MyInvois document: the
 * company (its e-invoice settings) as supplier, the customer (TIN, ID, SST, address) as buyer, one line per invoice line with its discount, and the
 * line's tax typed as its catalog tax rate says (see {@link TaxTypes}).
 */
@Component
class InvoiceDocuments implements DocumentSource {

	/** MyInvois classification "Others": billing does not classify its services (yet). */
	static final String CLASSIFICATION = "022";

	private final InvoiceService invoices;

	private final CustomerService customers;

	private final EInvoiceSettingsService settings;

	private final CompanyService companies;

	private final TaxTypes taxTypes;

	InvoiceDocuments(InvoiceService invoices, CustomerService customers, EInvoiceSettingsService settings,
			CompanyService companies, TaxTypes taxTypes) {
		this.invoices = invoices;
		this.customers = customers;
		this.settings = settings;
		this.companies = companies;
		this.taxTypes = taxTypes;
	}

	@Override
	public EInvoiceSource type() {
		return EInvoiceSource.INVOICE;
	}

	@Override
	public EDocument build(long companyId, long invoiceId, Instant issuedAt) {
		Invoice invoice = invoices.get(companyId, invoiceId);
		return document(companyId, invoice.getNumber(), DocumentType.INVOICE, List.of(), invoice.getCurrency(),
				invoice.getExchangeRate(), invoice.getCustomerId(), invoice.getLines(), issuedAt);
	}

	/**
	 * A billing document (an invoice or a note on one) of the customer, line for line, in its currency;
	 * the checks before submission require the exchange rate to MYR for any other currency.
	 */
	EDocument document(long companyId, String number, DocumentType type, List<OriginalDocument> originals,
			String currency, BigDecimal exchangeRate, long customerId, List<DocumentLine> billingLines,
			Instant issuedAt) {
		Party supplier = settings.find(companyId)
			.orElseThrow(() -> new ConflictException("the company has no e-invoice settings"))
			.supplier(companies.get(companyId).getName());
		Customer customer = customers.get(companyId, customerId);
		List<Line> lines = new ArrayList<>();
		Map<String, TaxSubtotal> taxes = new LinkedHashMap<>();
		BigDecimal net = BigDecimal.ZERO;
		BigDecimal tax = BigDecimal.ZERO;
		for (DocumentLine line : billingLines) {
			TaxTypes.TaxType taxType = taxTypes.of(companyId, line);
			TaxSubtotal subtotal = new TaxSubtotal(taxType.code(), line.getNetAmount(), line.getTaxAmount(),
					line.getTaxRate(), taxType.exemptionReason());
			List<AllowanceCharge> discounts = line.getLineDiscount().signum() > 0
					? List.of(new AllowanceCharge(false, "Discount", null, line.getLineDiscount())) : List.of();
			lines.add(new Line(Integer.toString(lines.size() + 1), List.of(new Classification("CLASS", CLASSIFICATION)),
					line.getDescription(), line.getQuantity(),
					CodeTables.contains(CodeTable.UNIT, line.getUnit()) ? line.getUnit() : null, line.getUnitPrice(),
					line.getGrossAmount(), discounts, line.getTaxAmount(), List.of(subtotal), line.getNetAmount()));
			taxes.merge(subtotal.taxType() + "/" + subtotal.percent().stripTrailingZeros(), subtotal,
					(sum, more) -> new TaxSubtotal(sum.taxType(), sum.taxableAmount().add(more.taxableAmount()),
							sum.taxAmount().add(more.taxAmount()), sum.percent(), sum.exemptionReason()));
			net = net.add(line.getNetAmount());
			tax = tax.add(line.getTaxAmount());
		}
		return new EDocument(number, type, "1.1", issuedAt, currency, exchangeRate, originals, supplier, buyer(customer), null,
				List.of(), tax, List.copyOf(taxes.values()),
				new Totals(net, net, net.add(tax), null, null, null, net.add(tax)), lines);
	}

	private static Party buyer(Customer customer) {
		CustomerAddress address = customer.getAddress();
		Address model = null;
		if (address != null && address.getLine1() != null) {
			List<String> lines = address.getLine2() == null ? List.of(address.getLine1())
					: List.of(address.getLine1(), address.getLine2());
			model = new Address(lines, address.getCity(), address.getPostcode(), address.getStateCode(),
					address.getCountryCode());
		}
		return new Party(customer.getName(), customer.getTin(),
				customer.getIdType() == null ? null : customer.getIdType().name(), customer.getIdValue(),
				customer.getSstNumber() == null ? "NA" : customer.getSstNumber(), null, null, null, model,
				customer.getPhone() == null ? null : customer.getPhone().replace(" ", ""), customer.getEmail());
	}

}
