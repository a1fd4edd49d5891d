package io.chancery.einvoice;

/** The MyInvois code tables shipped in {@code src/main/resources/einvoice/codes/} (see PROVENANCE.md there). */
public enum CodeTable {

	CLASSIFICATION("ClassificationCodes"), COUNTRY("CountryCodes"), CURRENCY("CurrencyCodes"),
	DOCUMENT_TYPE("EInvoiceTypes"), MSIC("MSICSubCategoryCodes"), PAYMENT_MODE("PaymentMethods"),
	STATE("StateCodes"), TAX_TYPE("TaxTypes"), UNIT("UnitTypes");

	private final String fileName;

	CodeTable(String fileName) {
		this.fileName = fileName;
	}

	public String resource() {
		return "/einvoice/codes/" + fileName + ".json";
	}

}
