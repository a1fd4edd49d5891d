package io.chancery.einvoice.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.chancery.einvoice.Address;
import io.chancery.einvoice.CertificateDetails;
import io.chancery.einvoice.EInvoiceSettings;
import io.chancery.einvoice.MyInvoisEnvironment;

/** The settings as the API returns them: secrets only as "set" or "not set". */
record SettingsView(String tin, String idType, String idValue, String sstNumber, String tourismTaxNumber,
		String msicCode, String businessActivity, Address address, String phone, String email, String clientId,
		String clientSecret, MyInvoisEnvironment environment, String environmentLabel, String onBehalfOfTin,
		CertificateView certificate, boolean complete, List<String> missing, Instant updatedAt) {

	record CertificateView(String subject, String issuer, String serialNumber, Instant notBefore, Instant notAfter,
			long daysLeft, boolean testCertificate, String password) {

		static CertificateView of(CertificateDetails certificate, Clock clock) {
			return certificate == null ? null : new CertificateView(certificate.subject(), certificate.issuer(),
					certificate.serialNumber(), certificate.notBefore(), certificate.notAfter(),
					certificate.daysLeft(clock), certificate.isTestCertificate(), "set");
		}

	}

	static SettingsView of(EInvoiceSettings settings, Clock clock) {
		return new SettingsView(settings.tin(), settings.idType(), settings.idValue(), settings.sstNumber(),
				settings.tourismTaxNumber(), settings.msicCode(), settings.businessActivity(), settings.address(),
				settings.phone(), settings.email(), settings.clientId(), settings.clientSecretSet() ? "set" : "not set",
				settings.environment(), settings.environment().label(), settings.onBehalfOfTin(),
				CertificateView.of(settings.certificate(), clock), settings.complete(), settings.missing(),
				settings.updatedAt());
	}

	/** Nothing stored yet. */
	static SettingsView empty() {
		return new SettingsView(null, null, null, null, null, null, null, null, null, null, null, "not set",
				MyInvoisEnvironment.SANDBOX, MyInvoisEnvironment.SANDBOX.label(), null, null, false,
				List.of("tin", "idType", "idValue", "sstNumber", "msicCode", "businessActivity", "address.line1",
						"address.city", "address.stateCode", "address.countryCode", "phone", "clientId", "clientSecret",
						"certificate"),
				null);
	}

}
