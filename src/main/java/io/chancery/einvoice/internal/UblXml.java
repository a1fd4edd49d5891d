package io.chancery.einvoice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.helger.commons.datetime.XMLOffsetTime;
import com.helger.ubl21.UBL21Marshaller;

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
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AllowanceChargeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CommodityClassificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ContactType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ExchangeRateType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyIdentificationType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceExtensionType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.AllowanceChargeReasonType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.DescriptionType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.IDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.IndustryClassificationCodeType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.ItemClassificationCodeType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExemptionReasonType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;
import oasis.names.specification.ubl.schema.xsd.unqualifieddatatypes_21.AmountType;

/**
 * The model to and from MyInvois UBL 2.1 XML through ph-ubl's JAXB binding of the OASIS schema
 * (the same element choices as {@link UblJson}).
 */
public final class UblXml {

	private UblXml() {
	}

	public static String write(EDocument document) {
		String xml = UBL21Marshaller.invoice().setFormattedOutput(false).getAsString(invoice(document));
		if (xml == null) {
			throw new IllegalStateException("ph-ubl could not write invoice " + document.number());
		}
		return xml;
	}

	public static EDocument read(String xml) {
		InvoiceType invoice = UBL21Marshaller.invoice().read(xml);
		if (invoice == null) {
			throw new IllegalArgumentException("not a UBL 2.1 Invoice document");
		}
		return document(invoice);
	}

	private static InvoiceType invoice(EDocument document) {
		String currency = document.currency();
		InvoiceType invoice = new InvoiceType();
		invoice.setID(document.number());
		if (document.issuedAt() != null) {
			invoice.setIssueDate(LocalDate.ofInstant(document.issuedAt(), ZoneOffset.UTC));
			invoice.setIssueTime(XMLOffsetTime.ofInstant(document.issuedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
					ZoneOffset.UTC));
		}
		if (document.type() != null) {
			invoice.setInvoiceTypeCode(document.type().code()).setListVersionID(document.version());
		}
		invoice.setDocumentCurrencyCode(currency);
		invoice.setTaxCurrencyCode(EDocument.TAX_CURRENCY);
		for (OriginalDocument original : document.originalDocuments()) {
			DocumentReferenceType reference = new DocumentReferenceType();
			reference.setID(original.number());
			reference.setUUID(original.uuid());
			BillingReferenceType billing = new BillingReferenceType();
			billing.setInvoiceDocumentReference(reference);
			invoice.addBillingReference(billing);
		}
		SupplierPartyType supplier = new SupplierPartyType();
		supplier.setParty(party(document.supplier(), true));
		invoice.setAccountingSupplierParty(supplier);
		CustomerPartyType buyer = new CustomerPartyType();
		buyer.setParty(party(document.buyer(), false));
		invoice.setAccountingCustomerParty(buyer);
		if (document.paymentMode() != null) {
			PaymentMeansType means = new PaymentMeansType();
			means.setPaymentMeansCode(document.paymentMode());
			invoice.addPaymentMeans(means);
		}
		document.allowanceCharges().forEach(item -> invoice.addAllowanceCharge(allowanceCharge(item, currency)));
		if (document.exchangeRate() != null) {
			ExchangeRateType rate = new ExchangeRateType();
			rate.setSourceCurrencyCode(currency);
			rate.setTargetCurrencyCode(EDocument.TAX_CURRENCY);
			rate.setCalculationRate(document.exchangeRate());
			invoice.setTaxExchangeRate(rate);
		}
		invoice.addTaxTotal(taxTotal(document.taxAmount(), document.taxSubtotals(), currency));
		invoice.setLegalMonetaryTotal(totals(document.totals(), currency));
		document.lines().forEach(line -> invoice.addInvoiceLine(line(line, currency)));
		return invoice;
	}

	private static PartyType party(Party party, boolean supplier) {
		PartyType node = new PartyType();
		if (party == null) {
			return node;
		}
		if (supplier && party.msicCode() != null) {
			IndustryClassificationCodeType msic = node.setIndustryClassificationCode(party.msicCode());
			msic.setName(party.activity());
		}
		identification(node, "TIN", party.tin());
		if (party.idType() != null) {
			identification(node, party.idType(), party.idValue());
		}
		identification(node, "SST", party.sstNumber());
		identification(node, "TTX", party.tourismTaxNumber());
		if (party.address() != null) {
			node.setPostalAddress(address(party.address()));
		}
		PartyLegalEntityType legal = new PartyLegalEntityType();
		legal.setRegistrationName(party.name());
		node.addPartyLegalEntity(legal);
		if (party.phone() != null || party.email() != null) {
			ContactType contact = new ContactType();
			if (party.phone() != null) {
				contact.setTelephone(party.phone());
			}
			if (party.email() != null) {
				contact.setElectronicMail(party.email());
			}
			node.setContact(contact);
		}
		return node;
	}

	private static void identification(PartyType party, String scheme, String value) {
		if (value != null) {
			PartyIdentificationType identification = new PartyIdentificationType();
			identification.setID(value).setSchemeID(scheme);
			party.addPartyIdentification(identification);
		}
	}

	private static AddressType address(Address address) {
		AddressType node = new AddressType();
		if (address.city() != null) {
			node.setCityName(address.city());
		}
		if (address.postcode() != null) {
			node.setPostalZone(address.postcode());
		}
		if (address.stateCode() != null) {
			node.setCountrySubentityCode(address.stateCode());
		}
		for (String text : address.lines()) {
			AddressLineType line = new AddressLineType();
			line.setLine(text);
			node.addAddressLine(line);
		}
		if (address.countryCode() != null) {
			CountryType country = new CountryType();
			var code = country.setIdentificationCode(address.countryCode());
			code.setListID("ISO3166-1");
			code.setListAgencyID("6");
			node.setCountry(country);
		}
		return node;
	}

	private static AllowanceChargeType allowanceCharge(AllowanceCharge item, String currency) {
		AllowanceChargeType node = new AllowanceChargeType();
		node.setChargeIndicator(item.charge());
		if (item.reason() != null) {
			node.addAllowanceChargeReason(new AllowanceChargeReasonType(item.reason()));
		}
		if (item.rate() != null) {
			node.setMultiplierFactorNumeric(item.rate());
		}
		if (item.amount() != null) {
			node.setAmount(item.amount()).setCurrencyID(currency);
		}
		return node;
	}

	private static TaxTotalType taxTotal(BigDecimal taxAmount, List<TaxSubtotal> subtotals, String currency) {
		TaxTotalType total = new TaxTotalType();
		if (taxAmount != null) {
			total.setTaxAmount(taxAmount).setCurrencyID(currency);
		}
		for (TaxSubtotal subtotal : subtotals) {
			TaxSubtotalType node = new TaxSubtotalType();
			if (subtotal.taxableAmount() != null) {
				node.setTaxableAmount(subtotal.taxableAmount()).setCurrencyID(currency);
			}
			if (subtotal.taxAmount() != null) {
				node.setTaxAmount(subtotal.taxAmount()).setCurrencyID(currency);
			}
			if (subtotal.percent() != null) {
				node.setPercent(subtotal.percent());
			}
			TaxCategoryType category = new TaxCategoryType();
			category.setID(subtotal.taxType());
			if (subtotal.exemptionReason() != null) {
				category.addTaxExemptionReason(new TaxExemptionReasonType(subtotal.exemptionReason()));
			}
			TaxSchemeType scheme = new TaxSchemeType();
			IDType schemeId = scheme.setID("OTH");
			schemeId.setSchemeID("UN/ECE 5153");
			schemeId.setSchemeAgencyID("6");
			category.setTaxScheme(scheme);
			node.setTaxCategory(category);
			total.addTaxSubtotal(node);
		}
		return total;
	}

	private static MonetaryTotalType totals(Totals totals, String currency) {
		MonetaryTotalType node = new MonetaryTotalType();
		if (totals == null) {
			return node;
		}
		amount(totals.lineExtensionAmount(), currency, node::setLineExtensionAmount);
		amount(totals.taxExclusiveAmount(), currency, node::setTaxExclusiveAmount);
		amount(totals.taxInclusiveAmount(), currency, node::setTaxInclusiveAmount);
		amount(totals.allowanceTotalAmount(), currency, node::setAllowanceTotalAmount);
		amount(totals.chargeTotalAmount(), currency, node::setChargeTotalAmount);
		amount(totals.payableRoundingAmount(), currency, node::setPayableRoundingAmount);
		amount(totals.payableAmount(), currency, node::setPayableAmount);
		return node;
	}

	private static void amount(BigDecimal value, String currency, Function<BigDecimal, ? extends AmountType> setter) {
		if (value != null) {
			setter.apply(value).setCurrencyID(currency);
		}
	}

	private static InvoiceLineType line(Line line, String currency) {
		InvoiceLineType node = new InvoiceLineType();
		node.setID(line.id());
		if (line.quantity() != null) {
			node.setInvoicedQuantity(line.quantity()).setUnitCode(line.unitCode());
		}
		amount(line.lineExtensionAmount(), currency, node::setLineExtensionAmount);
		line.allowanceCharges().forEach(item -> node.addAllowanceCharge(allowanceCharge(item, currency)));
		node.addTaxTotal(taxTotal(line.taxAmount(), line.taxSubtotals(), currency));
		ItemType item = new ItemType();
		for (Classification classification : line.classifications()) {
			CommodityClassificationType commodity = new CommodityClassificationType();
			ItemClassificationCodeType code = commodity.setItemClassificationCode(classification.code());
			code.setListID(classification.listId());
			item.addCommodityClassification(commodity);
		}
		if (line.description() != null) {
			item.addDescription(new DescriptionType(line.description()));
		}
		node.setItem(item);
		PriceType price = new PriceType();
		amount(line.unitPrice(), currency, price::setPriceAmount);
		node.setPrice(price);
		PriceExtensionType extension = new PriceExtensionType();
		amount(line.subtotal(), currency, extension::setAmount);
		node.setItemPriceExtension(extension);
		return node;
	}

	private static EDocument document(InvoiceType invoice) {
		String typeCode = value(invoice.getInvoiceTypeCode(), c -> c.getValue());
		java.time.Instant issuedAt = null;
		if (invoice.getIssueDate() != null && invoice.getIssueTime() != null) {
			XMLOffsetTime time = invoice.getIssueTime().getValue();
			ZoneOffset offset = time.getOffset() == null ? ZoneOffset.UTC : time.getOffset();
			issuedAt = invoice.getIssueDate().getValueLocal().atTime(time.toLocalTime().atOffset(offset)).toInstant();
		}
		List<OriginalDocument> originals = invoice.getBillingReference()
			.stream()
			.map(BillingReferenceType::getInvoiceDocumentReference)
			.filter(Objects::nonNull)
			.map(reference -> new OriginalDocument(value(reference.getUUID(), u -> u.getValue()),
					value(reference.getID(), i -> i.getValue())))
			.toList();
		TaxTotalType taxTotal = invoice.getTaxTotal().isEmpty() ? null : invoice.getTaxTotal().getFirst();
		MonetaryTotalType totals = invoice.getLegalMonetaryTotal();
		return new EDocument(value(invoice.getID(), i -> i.getValue()),
				typeCode == null ? null : DocumentType.ofCode(typeCode),
				value(invoice.getInvoiceTypeCode(), c -> c.getListVersionID()), issuedAt,
				value(invoice.getDocumentCurrencyCode(), c -> c.getValue()),
				value(invoice.getTaxExchangeRate(), r -> value(r.getCalculationRate(), c -> c.getValue())), originals,
				readParty(value(invoice.getAccountingSupplierParty(), s -> s.getParty())),
				readParty(value(invoice.getAccountingCustomerParty(), c -> c.getParty())),
				invoice.getPaymentMeans().isEmpty() ? null
						: value(invoice.getPaymentMeans().getFirst().getPaymentMeansCode(), c -> c.getValue()),
				invoice.getAllowanceCharge().stream().map(UblXml::readAllowanceCharge).toList(),
				value(taxTotal, t -> value(t.getTaxAmount(), a -> a.getValue())), readTaxSubtotals(taxTotal),
				totals == null ? null
						: new Totals(value(totals.getLineExtensionAmount(), a -> a.getValue()),
								value(totals.getTaxExclusiveAmount(), a -> a.getValue()),
								value(totals.getTaxInclusiveAmount(), a -> a.getValue()),
								value(totals.getAllowanceTotalAmount(), a -> a.getValue()),
								value(totals.getChargeTotalAmount(), a -> a.getValue()),
								value(totals.getPayableRoundingAmount(), a -> a.getValue()),
								value(totals.getPayableAmount(), a -> a.getValue())),
				invoice.getInvoiceLine().stream().map(UblXml::readLine).toList());
	}

	private static Party readParty(PartyType party) {
		if (party == null) {
			return null;
		}
		String tin = null;
		String idType = null;
		String idValue = null;
		String sst = null;
		String ttx = null;
		for (PartyIdentificationType identification : party.getPartyIdentification()) {
			String scheme = value(identification.getID(), i -> i.getSchemeID());
			String id = value(identification.getID(), i -> i.getValue());
			switch (scheme == null ? "" : scheme) {
				case "TIN" -> tin = id;
				case "SST" -> sst = id;
				case "TTX" -> ttx = id;
				default -> {
					idType = scheme;
					idValue = id;
				}
			}
		}
		AddressType address = party.getPostalAddress();
		ContactType contact = party.getContact();
		return new Party(
				party.getPartyLegalEntity().isEmpty() ? null
						: value(party.getPartyLegalEntity().getFirst().getRegistrationName(), n -> n.getValue()),
				tin, idType, idValue, sst, ttx, value(party.getIndustryClassificationCode(), c -> c.getValue()),
				value(party.getIndustryClassificationCode(), c -> c.getName()),
				address == null ? null
						: new Address(
								address.getAddressLine().stream().map(l -> value(l.getLine(), t -> t.getValue())).toList(),
								value(address.getCityName(), n -> n.getValue()),
								value(address.getPostalZone(), z -> z.getValue()),
								value(address.getCountrySubentityCode(), c -> c.getValue()),
								value(address.getCountry(), c -> value(c.getIdentificationCode(), i -> i.getValue()))),
				value(contact, c -> value(c.getTelephone(), t -> t.getValue())),
				value(contact, c -> value(c.getElectronicMail(), m -> m.getValue())));
	}

	private static AllowanceCharge readAllowanceCharge(AllowanceChargeType node) {
		return new AllowanceCharge(node.getChargeIndicator() != null && node.getChargeIndicator().isValue(),
				node.getAllowanceChargeReason().isEmpty() ? null : node.getAllowanceChargeReason().getFirst().getValue(),
				value(node.getMultiplierFactorNumeric(), m -> m.getValue()), value(node.getAmount(), a -> a.getValue()));
	}

	private static List<TaxSubtotal> readTaxSubtotals(TaxTotalType total) {
		if (total == null) {
			return List.of();
		}
		return total.getTaxSubtotal().stream().map(node -> {
			TaxCategoryType category = node.getTaxCategory();
			return new TaxSubtotal(value(category, c -> value(c.getID(), i -> i.getValue())),
					value(node.getTaxableAmount(), a -> a.getValue()), value(node.getTaxAmount(), a -> a.getValue()),
					value(node.getPercent(), p -> p.getValue()),
					category == null || category.getTaxExemptionReason().isEmpty() ? null
							: category.getTaxExemptionReason().getFirst().getValue());
		}).toList();
	}

	private static Line readLine(InvoiceLineType node) {
		ItemType item = node.getItem();
		TaxTotalType taxTotal = node.getTaxTotal().isEmpty() ? null : node.getTaxTotal().getFirst();
		return new Line(value(node.getID(), i -> i.getValue()),
				item == null ? List.of()
						: item.getCommodityClassification()
							.stream()
							.map(c -> new Classification(value(c.getItemClassificationCode(), i -> i.getListID()),
									value(c.getItemClassificationCode(), i -> i.getValue())))
							.toList(),
				item == null || item.getDescription().isEmpty() ? null : item.getDescription().getFirst().getValue(),
				value(node.getInvoicedQuantity(), q -> q.getValue()),
				value(node.getInvoicedQuantity(), q -> q.getUnitCode()),
				value(node.getPrice(), p -> value(p.getPriceAmount(), a -> a.getValue())),
				value(node.getItemPriceExtension(), e -> value(e.getAmount(), a -> a.getValue())),
				node.getAllowanceCharge().stream().map(UblXml::readAllowanceCharge).toList(),
				value(taxTotal, t -> value(t.getTaxAmount(), a -> a.getValue())), readTaxSubtotals(taxTotal),
				value(node.getLineExtensionAmount(), a -> a.getValue()));
	}

	private static <T, R> R value(T node, Function<T, R> getter) {
		return node == null ? null : getter.apply(node);
	}

}
