package io.chancery.einvoice;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.chancery.einvoice.internal.CompanySettings;
import io.chancery.einvoice.internal.CompanySettingsRepository;
import io.chancery.einvoice.internal.LocalStandIn;
import io.chancery.einvoice.internal.SecretBox;
import io.chancery.einvoice.internal.TestCertificate;
import io.chancery.shared.AuditedChange;
import io.chancery.shared.InvalidFieldException;
import io.chancery.shared.InvalidValuesException;

/**
 * The company's e-invoice settings (ADMIN). Codes are checked against the shipped MyInvois code
 * tables; secrets are encrypted before they are stored and never logged or returned.
 */
@Service
@Transactional(readOnly = true)
public class EInvoiceSettingsService {

	private static final Logger log = LoggerFactory.getLogger(EInvoiceSettingsService.class);

	/** A .p12 holds a key and a few certificates: a few KB. */
	public static final int MAX_CERTIFICATE_BYTES = 64 * 1024;

	private final CompanySettingsRepository settings;

	private final SecretBox secrets;

	private final LocalStandIn standIn;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	EInvoiceSettingsService(CompanySettingsRepository settings, SecretBox secrets, LocalStandIn standIn, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.settings = settings;
		this.secrets = secrets;
		this.standIn = standIn;
		this.clock = clock;
	}

	public Optional<EInvoiceSettings> find(long companyId) {
		return settings.findById(companyId).map(CompanySettings::view);
	}

	/** The stored values for the form, or an empty form (sandbox) when nothing is set yet. */
	public SettingsDetails details(long companyId) {
		return settings.findById(companyId).map(CompanySettings::details).orElseGet(SettingsDetails::new);
	}

	/** @throws InvalidValuesException naming each field whose code is not in the MyInvois tables */
	@Transactional
	public EInvoiceSettings update(long companyId, SettingsDetails details) {
		check(details);
		CompanySettings stored = settings.findById(companyId)
			.orElseGet(() -> new CompanySettings(companyId, details.getEnvironment(), clock.instant()));
		stored.apply(details, secrets, clock.instant());
		log.info("Company {} changed its e-invoice settings (environment {})", companyId, details.getEnvironment());
		// whether the secret changed, never the secret
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("environment", String.valueOf(details.getEnvironment()));
		facts.put("tin", details.getTin());
		facts.put("clientSecretChanged", details.getClientSecret() != null && !details.getClientSecret().isBlank());
		audited(companyId, "UPDATED", "e-invoice settings changed (" + details.getEnvironment() + ")", facts);
		return settings.save(stored).view();
	}

	/**
	 * Stores the signing certificate, encrypted with its password.
	 * @throws InvalidFieldException (field {@code file}) when the file is not a PKCS#12 with a key, the password
	 * is wrong, or the certificate has expired
	 */
	@Transactional
	public EInvoiceSettings changeCertificate(long companyId, byte[] p12, String password) {
		if (p12 == null || p12.length == 0) {
			throw new InvalidFieldException("file", "choose the .p12 file of your signing certificate");
		}
		if (p12.length > MAX_CERTIFICATE_BYTES) {
			throw new InvalidFieldException("file", "a .p12 file has a few KB; this one has " + p12.length / 1024 + " KB");
		}
		String secret = password == null ? "" : password;
		SigningKey key;
		try {
			key = SigningKey.fromPkcs12(p12, secret.toCharArray());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidFieldException("file",
					"this is not a PKCS#12 (.p12) file with a private key, or the password is wrong");
		}
		Instant now = clock.instant();
		if (key.certificate().getNotAfter().toInstant().isBefore(now)) {
			throw new InvalidFieldException("file", "this certificate expired on " + key.certificate().getNotAfter().toInstant());
		}
		CompanySettings stored = settings.findById(companyId)
			.orElseGet(() -> new CompanySettings(companyId, MyInvoisEnvironment.SANDBOX, now));
		stored.changeCertificate(p12, secret, key.certificate(), secrets, now);
		log.info("Company {} stored a signing certificate for {}, valid until {}", companyId,
				key.certificate().getSubjectX500Principal().getName(), key.certificate().getNotAfter().toInstant());
		audited(companyId, "CERTIFICATE_CHANGED", "signing certificate stored",
				Map.of("subject", key.certificate().getSubjectX500Principal().getName(), "validUntil",
						key.certificate().getNotAfter().toInstant().toString()));
		return settings.save(stored).view();
	}

	private void audited(long companyId, String action, String summary, Map<String, Object> facts) {
		events.publishEvent(new AuditedChange(companyId, "EINVOICE_SETTINGS", companyId, action, null, summary, facts));
	}

	/**
	 * Demo data: complete settings on the local stand-in with a freshly generated self-signed TEST
	 * certificate, once (a company that has settings keeps them).
	 */
	@Transactional
	public void seedDemo(long companyId, SettingsDetails details, String companyName) {
		if (settings.existsById(companyId)) {
			return;
		}
		if (details.getEnvironment() == MyInvoisEnvironment.LOCAL_STAND_IN && !standIn.available()) {
			details.setEnvironment(MyInvoisEnvironment.SANDBOX); // demo data in cluster mode: no stand-in there
		}
		String password = TestCertificate.randomPassword();
		byte[] p12 = TestCertificate.selfSigned(companyName, password, clock.instant());
		update(companyId, details);
		changeCertificate(companyId, p12, password);
		log.info("Demo e-invoice settings for {} use the local MyInvois stand-in and a TEST certificate (not for LHDN)",
				companyName);
	}

	private void check(SettingsDetails details) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (details.getEnvironment() == null) {
			errors.put("environment", "choose SANDBOX, PRODUCTION or LOCAL_STAND_IN");
		}
		else if (details.getEnvironment() == MyInvoisEnvironment.LOCAL_STAND_IN && !standIn.available()) {
			errors.put("environment", "the local stand-in exists only in embedded mode");
		}
		code(errors, "msicCode", details.getMsicCode(), CodeTable.MSIC);
		code(errors, "address.stateCode", details.getAddress().getStateCode(), CodeTable.STATE);
		code(errors, "address.countryCode", upper(details.getAddress().getCountryCode()), CodeTable.COUNTRY);
		if ("NA".equalsIgnoreCase(details.getTin())) {
			errors.put("tin", "the company's own TIN is required");
		}
		if (!errors.isEmpty()) {
			throw new InvalidValuesException("Some e-invoice settings are not valid", errors);
		}
	}

	private static void code(Map<String, String> errors, String field, String value, CodeTable table) {
		if (value != null && !value.isBlank() && !CodeTables.contains(table, value.trim())) {
			errors.put(field, "'" + value.trim() + "' is not in the MyInvois " + table.name().toLowerCase() + " code table");
		}
	}

	private static String upper(String value) {
		return value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT);
	}

}
