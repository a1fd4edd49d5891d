package io.chancery.einvoice.internal;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.chancery.customers.CustomerAddress;
import io.chancery.einvoice.Address;
import io.chancery.einvoice.CertificateDetails;
import io.chancery.einvoice.EInvoiceSettings;
import io.chancery.einvoice.MyInvoisEnvironment;
import io.chancery.einvoice.SettingsDetails;
import io.chancery.einvoice.SigningKey;

/** One company's e-invoice settings; the {@code *Enc} columns hold AES-GCM ciphertext (see {@link SecretBox}). */
@Entity
@Table(name = "einvoice_settings")
public class CompanySettings {

	@Id
	private Long companyId;

	String tin;

	String idType;

	String idValue;

	String sstNumber;

	String tourismTaxNumber;

	String msicCode;

	String businessActivity;

	@Embedded
	CustomerAddress address = new CustomerAddress();

	String phone;

	String email;

	String clientId;

	byte[] clientSecretEnc;

	@Enumerated(EnumType.STRING)
	MyInvoisEnvironment environment;

	String onBehalfOfTin;

	byte[] certificateEnc;

	byte[] certificatePasswordEnc;

	String certificateSubject;

	String certificateIssuer;

	String certificateSerial;

	Instant certificateNotBefore;

	Instant certificateNotAfter;

	Instant updatedAt;

	@Version
	long version;

	protected CompanySettings() {
	}

	public CompanySettings(long companyId, MyInvoisEnvironment environment, Instant now) {
		this.companyId = companyId;
		this.environment = environment;
		this.updatedAt = now;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public MyInvoisEnvironment environment() {
		return environment;
	}

	/** Takes the entered values; a blank client secret keeps the stored one. */
	public void apply(SettingsDetails details, SecretBox secrets, Instant now) {
		tin = upper(details.getTin());
		idType = blankToNull(details.getIdType());
		idValue = blankToNull(details.getIdValue());
		sstNumber = blankToNull(details.getSstNumber());
		tourismTaxNumber = blankToNull(details.getTourismTaxNumber());
		msicCode = blankToNull(details.getMsicCode());
		businessActivity = blankToNull(details.getBusinessActivity());
		CustomerAddress entered = details.getAddress();
		address = new CustomerAddress();
		address.setLine1(blankToNull(entered.getLine1()));
		address.setLine2(blankToNull(entered.getLine2()));
		address.setCity(blankToNull(entered.getCity()));
		address.setPostcode(blankToNull(entered.getPostcode()));
		address.setStateCode(blankToNull(entered.getStateCode()));
		address.setCountryCode(upper(entered.getCountryCode()));
		phone = blankToNull(details.getPhone());
		email = blankToNull(details.getEmail());
		clientId = blankToNull(details.getClientId());
		if (details.getClientSecret() != null && !details.getClientSecret().isBlank()) {
			clientSecretEnc = secrets.encrypt(details.getClientSecret().trim(), context("client-secret"));
		}
		environment = details.getEnvironment();
		onBehalfOfTin = upper(details.getOnBehalfOfTin());
		updatedAt = now;
	}

	/** The values for the form (the secret stays blank). */
	public SettingsDetails details() {
		SettingsDetails details = new SettingsDetails();
		details.setTin(tin);
		details.setIdType(idType);
		details.setIdValue(idValue);
		details.setSstNumber(sstNumber);
		details.setTourismTaxNumber(tourismTaxNumber);
		details.setMsicCode(msicCode);
		details.setBusinessActivity(businessActivity);
		CustomerAddress copy = new CustomerAddress();
		if (address != null) {
			copy.setLine1(address.getLine1());
			copy.setLine2(address.getLine2());
			copy.setCity(address.getCity());
			copy.setPostcode(address.getPostcode());
			copy.setStateCode(address.getStateCode());
			copy.setCountryCode(address.getCountryCode());
		}
		details.setAddress(copy);
		details.setPhone(phone);
		details.setEmail(email);
		details.setClientId(clientId);
		details.setEnvironment(environment);
		details.setOnBehalfOfTin(onBehalfOfTin);
		return details;
	}

	public EInvoiceSettings view() {
		List<String> lines = new ArrayList<>();
		if (address != null && address.getLine1() != null) {
			lines.add(address.getLine1());
		}
		if (address != null && address.getLine2() != null) {
			lines.add(address.getLine2());
		}
		Address model = address == null ? new Address(lines, null, null, null, null)
				: new Address(lines, address.getCity(), address.getPostcode(), address.getStateCode(), address.getCountryCode());
		return new EInvoiceSettings(companyId, tin, idType, idValue, sstNumber, tourismTaxNumber, msicCode,
				businessActivity, model, phone, email, clientId, clientSecretEnc != null, environment, onBehalfOfTin,
				certificate(), updatedAt);
	}

	public void changeCertificate(byte[] p12, String password, X509Certificate certificate, SecretBox secrets,
			Instant now) {
		certificateEnc = secrets.encrypt(p12, context("certificate"));
		certificatePasswordEnc = secrets.encrypt(password, context("certificate-password"));
		certificateSubject = certificate.getSubjectX500Principal().getName();
		certificateIssuer = certificate.getIssuerX500Principal().getName();
		certificateSerial = certificate.getSerialNumber().toString(16).toUpperCase();
		certificateNotBefore = certificate.getNotBefore().toInstant();
		certificateNotAfter = certificate.getNotAfter().toInstant();
		updatedAt = now;
	}

	/** The signing key, decrypted for one use; null when no certificate is stored. */
	public SigningKey signingKey(SecretBox secrets) {
		if (certificateEnc == null) {
			return null;
		}
		return SigningKey.fromPkcs12(secrets.decrypt(certificateEnc, context("certificate")),
				secrets.decryptText(certificatePasswordEnc, context("certificate-password")).toCharArray());
	}

	public MyInvoisClient.Credentials credentials(SecretBox secrets) {
		return new MyInvoisClient.Credentials(clientId,
				clientSecretEnc == null ? null : secrets.decryptText(clientSecretEnc, context("client-secret")), onBehalfOfTin);
	}

	public long version() {
		return version;
	}

	private String context(String kind) {
		return "company:" + companyId + ":" + kind;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static String upper(String value) {
		String trimmed = blankToNull(value);
		return trimmed == null ? null : trimmed.toUpperCase(java.util.Locale.ROOT);
	}

	public CertificateDetails certificate() {
		return certificateEnc == null ? null : new CertificateDetails(certificateSubject, certificateIssuer,
				certificateSerial, certificateNotBefore, certificateNotAfter);
	}

}
