package io.chancery.einvoice.internal;

import static io.chancery.einvoice.internal.UblJsonNodes.all;
import static io.chancery.einvoice.internal.UblJsonNodes.attribute;
import static io.chancery.einvoice.internal.UblJsonNodes.first;
import static io.chancery.einvoice.internal.UblJsonNodes.flag;
import static io.chancery.einvoice.internal.UblJsonNodes.leaf;
import static io.chancery.einvoice.internal.UblJsonNodes.many;
import static io.chancery.einvoice.internal.UblJsonNodes.number;
import static io.chancery.einvoice.internal.UblJsonNodes.object;
import static io.chancery.einvoice.internal.UblJsonNodes.one;
import static io.chancery.einvoice.internal.UblJsonNodes.putAmount;
import static io.chancery.einvoice.internal.UblJsonNodes.putLeaf;
import static io.chancery.einvoice.internal.UblJsonNodes.text;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.chancery.einvoice.Address;
import io.chancery.einvoice.AllowanceCharge;
import io.chancery.einvoice.Classification;
import io.chancery.einvoice.DocumentType;
import io.chancery.einvoice.EDocument;
import io.chancery.einvoice.Line;
import io.chancery.einvoice.OriginalDocument;
import io.chancery.einvoice.Party;
import io.chancery.einvoice.TaxSubtotal;
import io.chancery.einvoice.Totals;

/** The model to and from MyInvois UBL 2.1 JSON (element order as in the SDK samples). */
public final class UblJson {

	private UblJson() {
	}

	public static String write(EDocument document) {
		return UblJsonNodes.minify(tree(document));
	}

	public static ObjectNode tree(EDocument document) {
		String currency = document.currency();
		ObjectNode invoice = object();
		putLeaf(invoice, "ID", document.number());
		putLeaf(invoice, "IssueDate", UtcDateTime.date(document.issuedAt()));
		putLeaf(invoice, "IssueTime", UtcDateTime.time(document.issuedAt()));
		putLeaf(invoice, "InvoiceTypeCode", document.type() == null ? null : document.type().code(), "listVersionID", document.version());
		putLeaf(invoice, "DocumentCurrencyCode", currency);
		putLeaf(invoice, "TaxCurrencyCode", EDocument.TAX_CURRENCY);
		if (!document.originalDocuments().isEmpty()) {
			invoice.set("BillingReference", many(document.originalDocuments().stream().map(original -> {
				ObjectNode reference = object();
				putLeaf(reference, "ID", original.number());
				putLeaf(reference, "UUID", original.uuid());
				ObjectNode billing = object();
				billing.set("InvoiceDocumentReference", one(reference));
				return billing;
			}).toList()));
		}
		invoice.set("AccountingSupplierParty", one(party(document.supplier(), true)));
		invoice.set("AccountingCustomerParty", one(party(document.buyer(), false)));
		if (document.paymentMode() != null) {
			ObjectNode means = object();
			putLeaf(means, "PaymentMeansCode", document.paymentMode());
			invoice.set("PaymentMeans", one(means));
		}
		if (!document.allowanceCharges().isEmpty()) {
			invoice.set("AllowanceCharge", allowanceCharges(document.allowanceCharges(), currency));
		}
		if (document.exchangeRate() != null) {
			ObjectNode rate = object();
			putLeaf(rate, "SourceCurrencyCode", currency);
			putLeaf(rate, "TargetCurrencyCode", EDocument.TAX_CURRENCY);
			putLeaf(rate, "CalculationRate", document.exchangeRate());
			invoice.set("TaxExchangeRate", one(rate));
		}
		invoice.set("TaxTotal", one(taxTotal(document.taxAmount(), document.taxSubtotals(), currency)));
		invoice.set("LegalMonetaryTotal", one(totals(document.totals(), currency)));
		invoice.set("InvoiceLine", many(document.lines().stream().map(line -> line(line, currency)).toList()));

		ObjectNode root = object();
		root.put("_D", "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2");
		root.put("_A", "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2");
		root.put("_B", "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");
		root.set("Invoice", one(invoice));
		return root;
	}

	private static ObjectNode party(Party party, boolean supplier) {
		ObjectNode details = object();
		if (supplier && party.msicCode() != null) {
			putLeaf(details, "IndustryClassificationCode", party.msicCode(), "name", party.activity());
		}
		List<ObjectNode> ids = new java.util.ArrayList<>();
		addIdentification(ids, "TIN", party.tin());
		if (party.idType() != null) {
			addIdentification(ids, party.idType(), party.idValue());
		}
		addIdentification(ids, "SST", party.sstNumber());
		addIdentification(ids, "TTX", party.tourismTaxNumber());
		details.set("PartyIdentification", many(ids));
		if (party.address() != null) {
			details.set("PostalAddress", one(address(party.address())));
		}
		ObjectNode legal = object();
		putLeaf(legal, "RegistrationName", party.name());
		details.set("PartyLegalEntity", one(legal));
		if (party.phone() != null || party.email() != null) {
			ObjectNode contact = object();
			putLeaf(contact, "Telephone", party.phone());
			putLeaf(contact, "ElectronicMail", party.email());
			details.set("Contact", one(contact));
		}
		ObjectNode wrapper = object();
		wrapper.set("Party", one(details));
		return wrapper;
	}

	private static void addIdentification(List<ObjectNode> ids, String scheme, String value) {
		if (value != null) {
			ObjectNode id = object();
			putLeaf(id, "ID", value, "schemeID", scheme);
			ids.add(id);
		}
	}

	private static ObjectNode address(Address address) {
		ObjectNode node = object();
		putLeaf(node, "CityName", address.city());
		putLeaf(node, "PostalZone", address.postcode());
		putLeaf(node, "CountrySubentityCode", address.stateCode());
		node.set("AddressLine", many(address.lines().stream().map(text -> {
			ObjectNode line = object();
			putLeaf(line, "Line", text);
			return line;
		}).toList()));
		if (address.countryCode() != null) {
			ObjectNode country = object();
			putLeaf(country, "IdentificationCode", address.countryCode(), "listID", "ISO3166-1", "listAgencyID", "6");
			node.set("Country", one(country));
		}
		return node;
	}

	private static com.fasterxml.jackson.databind.node.ArrayNode allowanceCharges(List<AllowanceCharge> items,
			String currency) {
		return many(items.stream().map(item -> {
			ObjectNode node = object();
			putLeaf(node, "ChargeIndicator", item.charge());
			putLeaf(node, "AllowanceChargeReason", item.reason());
			putLeaf(node, "MultiplierFactorNumeric", item.rate());
			putAmount(node, "Amount", item.amount(), currency);
			return node;
		}).toList());
	}

	private static ObjectNode taxTotal(BigDecimal taxAmount, List<TaxSubtotal> subtotals, String currency) {
		ObjectNode total = object();
		putAmount(total, "TaxAmount", taxAmount, currency);
		total.set("TaxSubtotal", many(subtotals.stream().map(subtotal -> {
			ObjectNode node = object();
			putAmount(node, "TaxableAmount", subtotal.taxableAmount(), currency);
			putAmount(node, "TaxAmount", subtotal.taxAmount(), currency);
			putLeaf(node, "Percent", subtotal.percent());
			ObjectNode category = object();
			putLeaf(category, "ID", subtotal.taxType());
			putLeaf(category, "TaxExemptionReason", subtotal.exemptionReason());
			ObjectNode scheme = object();
			putLeaf(scheme, "ID", "OTH", "schemeID", "UN/ECE 5153", "schemeAgencyID", "6");
			category.set("TaxScheme", one(scheme));
			node.set("TaxCategory", one(category));
			return node;
		}).toList()));
		return total;
	}

	private static ObjectNode totals(Totals totals, String currency) {
		ObjectNode node = object();
		putAmount(node, "LineExtensionAmount", totals.lineExtensionAmount(), currency);
		putAmount(node, "TaxExclusiveAmount", totals.taxExclusiveAmount(), currency);
		putAmount(node, "TaxInclusiveAmount", totals.taxInclusiveAmount(), currency);
		putAmount(node, "AllowanceTotalAmount", totals.allowanceTotalAmount(), currency);
		putAmount(node, "ChargeTotalAmount", totals.chargeTotalAmount(), currency);
		putAmount(node, "PayableRoundingAmount", totals.payableRoundingAmount(), currency);
		putAmount(node, "PayableAmount", totals.payableAmount(), currency);
		return node;
	}

	private static ObjectNode line(Line line, String currency) {
		ObjectNode node = object();
		putLeaf(node, "ID", line.id());
		putLeaf(node, "InvoicedQuantity", line.quantity(), "unitCode", line.unitCode());
		putAmount(node, "LineExtensionAmount", line.lineExtensionAmount(), currency);
		if (!line.allowanceCharges().isEmpty()) {
			node.set("AllowanceCharge", allowanceCharges(line.allowanceCharges(), currency));
		}
		node.set("TaxTotal", one(taxTotal(line.taxAmount(), line.taxSubtotals(), currency)));
		ObjectNode item = object();
		item.set("CommodityClassification", many(line.classifications().stream().map(classification -> {
			ObjectNode code = object();
			putLeaf(code, "ItemClassificationCode", classification.code(), "listID", classification.listId());
			return code;
		}).toList()));
		putLeaf(item, "Description", line.description());
		node.set("Item", one(item));
		ObjectNode price = object();
		putAmount(price, "PriceAmount", line.unitPrice(), currency);
		node.set("Price", one(price));
		ObjectNode extension = object();
		putAmount(extension, "Amount", line.subtotal(), currency);
		node.set("ItemPriceExtension", one(extension));
		return node;
	}

	public static EDocument read(String json) {
		return read(UblJsonNodes.parse(json));
	}

	public static EDocument read(JsonNode root) {
		JsonNode invoice = first(root, "Invoice");
		if (invoice == null) {
			throw new IllegalArgumentException("not a UBL JSON invoice: no Invoice element");
		}
		String typeCode = text(invoice, "InvoiceTypeCode");
		List<OriginalDocument> originals = all(invoice, "BillingReference").stream()
			.map(billing -> first(billing, "InvoiceDocumentReference"))
			.filter(java.util.Objects::nonNull)
			.map(reference -> new OriginalDocument(text(reference, "UUID"), text(reference, "ID")))
			.toList();
		JsonNode taxTotal = first(invoice, "TaxTotal");
		JsonNode totals = first(invoice, "LegalMonetaryTotal");
		return new EDocument(text(invoice, "ID"), typeCode == null ? null : DocumentType.ofCode(typeCode),
				attribute(invoice, "InvoiceTypeCode", "listVersionID"),
				UtcDateTime.instant(text(invoice, "IssueDate"), text(invoice, "IssueTime")),
				text(invoice, "DocumentCurrencyCode"), number(first(invoice, "TaxExchangeRate"), "CalculationRate"),
				originals, readParty(first(first(invoice, "AccountingSupplierParty"), "Party")),
				readParty(first(first(invoice, "AccountingCustomerParty"), "Party")),
				text(first(invoice, "PaymentMeans"), "PaymentMeansCode"), readAllowanceCharges(invoice),
				number(taxTotal, "TaxAmount"), readTaxSubtotals(taxTotal),
				new Totals(number(totals, "LineExtensionAmount"), number(totals, "TaxExclusiveAmount"),
						number(totals, "TaxInclusiveAmount"), number(totals, "AllowanceTotalAmount"),
						number(totals, "ChargeTotalAmount"), number(totals, "PayableRoundingAmount"),
						number(totals, "PayableAmount")),
				all(invoice, "InvoiceLine").stream().map(UblJson::readLine).toList());
	}

	private static Party readParty(JsonNode party) {
		if (party == null) {
			return null;
		}
		String tin = null;
		String idType = null;
		String idValue = null;
		String sst = null;
		String ttx = null;
		for (JsonNode identification : all(party, "PartyIdentification")) {
			String scheme = attribute(identification, "ID", "schemeID");
			String value = text(identification, "ID");
			switch (scheme == null ? "" : scheme) {
				case "TIN" -> tin = value;
				case "SST" -> sst = value;
				case "TTX" -> ttx = value;
				default -> {
					idType = scheme;
					idValue = value;
				}
			}
		}
		JsonNode address = first(party, "PostalAddress");
		JsonNode contact = first(party, "Contact");
		return new Party(text(first(party, "PartyLegalEntity"), "RegistrationName"), tin, idType, idValue, sst, ttx,
				text(party, "IndustryClassificationCode"), attribute(party, "IndustryClassificationCode", "name"),
				address == null ? null
						: new Address(all(address, "AddressLine").stream().map(line -> text(line, "Line")).toList(),
								text(address, "CityName"), text(address, "PostalZone"),
								text(address, "CountrySubentityCode"),
								text(first(address, "Country"), "IdentificationCode")),
				text(contact, "Telephone"), text(contact, "ElectronicMail"));
	}

	private static List<AllowanceCharge> readAllowanceCharges(JsonNode parent) {
		return all(parent, "AllowanceCharge").stream()
			.map(node -> new AllowanceCharge(flag(node, "ChargeIndicator"), text(node, "AllowanceChargeReason"),
					number(node, "MultiplierFactorNumeric"), number(node, "Amount")))
			.toList();
	}

	private static List<TaxSubtotal> readTaxSubtotals(JsonNode taxTotal) {
		return all(taxTotal, "TaxSubtotal").stream().map(node -> {
			JsonNode category = first(node, "TaxCategory");
			return new TaxSubtotal(text(category, "ID"), number(node, "TaxableAmount"), number(node, "TaxAmount"),
					number(node, "Percent"), text(category, "TaxExemptionReason"));
		}).toList();
	}

	private static Line readLine(JsonNode node) {
		JsonNode item = first(node, "Item");
		JsonNode taxTotal = first(node, "TaxTotal");
		return new Line(text(node, "ID"),
				all(item, "CommodityClassification").stream()
					.map(code -> new Classification(attribute(code, "ItemClassificationCode", "listID"),
							text(code, "ItemClassificationCode")))
					.toList(),
				text(item, "Description"), number(node, "InvoicedQuantity"),
				attribute(node, "InvoicedQuantity", "unitCode"), number(first(node, "Price"), "PriceAmount"),
				number(first(node, "ItemPriceExtension"), "Amount"), readAllowanceCharges(node),
				number(taxTotal, "TaxAmount"), readTaxSubtotals(taxTotal), number(node, "LineExtensionAmount"));
	}

}
