package io.chancery.einvoice;

/**
 * Supplier or buyer. {@code idType} is BRN, NRIC, PASSPORT or ARMY; SST and tourism tax numbers are
 * "NA" when not registered. MSIC code and activity are required of the supplier only.
 */
public record Party(String name, String tin, String idType, String idValue, String sstNumber,
		String tourismTaxNumber, String msicCode, String activity, Address address, String phone, String email) {
}
