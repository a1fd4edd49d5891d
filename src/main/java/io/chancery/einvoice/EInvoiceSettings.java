package io.chancery.einvoice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A company's e-invoice settings as shown to people and used to build documents. Secrets are not in
 * here: only whether they are set.
 */
public record EInvoiceSettings(long companyId, String tin, String idType, String idValue, String sstNumber,
		String tourismTaxNumber, String msicCode, String businessActivity, Address address, String phone, String email,
		String clientId, boolean clientSecretSet, MyInvoisEnvironment environment, String onBehalfOfTin,
		CertificateDetails certificate, Instant updatedAt) {

	/** The fields still missing before documents can be submitted (empty when complete). */
	public List<String> missing() {
		List<String> missing = new ArrayList<>();
		check(missing, "tin", tin);
		check(missing, "idType", idType);
		check(missing, "idValue", idValue);
		check(missing, "sstNumber", sstNumber);
		check(missing, "msicCode", msicCode);
		check(missing, "businessActivity", businessActivity);
		check(missing, "address.line1", address == null || address.lines().isEmpty() ? null : address.lines().getFirst());
		check(missing, "address.city", address == null ? null : address.city());
		check(missing, "address.stateCode", address == null ? null : address.stateCode());
		check(missing, "address.countryCode", address == null ? null : address.countryCode());
		check(missing, "phone", phone);
		check(missing, "clientId", clientId);
		if (!clientSecretSet) {
			missing.add("clientSecret");
		}
		if (certificate == null) {
			missing.add("certificate");
		}
		return missing;
	}

	public boolean complete() {
		return missing().isEmpty();
	}

	/** The company as the supplier of its documents. */
	public Party supplier(String companyName) {
		return new Party(companyName, tin, idType, idValue, sstNumber, tourismTaxNumber == null ? "NA" : tourismTaxNumber,
				msicCode, businessActivity, address, phone, email);
	}

	private static void check(List<String> missing, String field, String value) {
		if (value == null || value.isBlank()) {
			missing.add(field);
		}
	}

}
