package io.chancery.documents;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.modulith.events.ApplicationModuleListener;

import io.chancery.documents.internal.DocumentTypeRepository;
import io.chancery.shared.ConflictException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.tenancy.CompanyCreated;

/** The per-company catalogue of document types: eight shipped types, and what managers add. */
@Service
@Transactional(readOnly = true)
public class DocumentTypeService {

	static final int DEFAULT_EXPIRING_WINDOW_DAYS = 30;

	private record Default(String code, String name, String numberPattern, String numberHint) {
	}

	// Keep in step with V6__documents.sql, which seeds the same types for companies that existed before.
	private static final List<Default> DEFAULTS = List.of(
			new Default("PASSPORT", "Passport", "[A-Z0-9]{6,9}", "6–9 letters or digits, e.g. N1234567"),
			new Default("RESIDENCE_VISA", "Residence visa", "[0-9]{3}/[0-9]{4}/[0-9]{1,8}", "file number like 201/2024/1234567"),
			new Default("EMIRATES_ID", "Emirates ID", "784-[0-9]{4}-[0-9]{7}-[0-9]", "784-YYYY-NNNNNNN-C"),
			new Default("DRIVING_LICENCE", "Driving licence", null, null),
			new Default("TRADE_LICENCE", "Trade licence", null, null),
			new Default("WORK_PERMIT", "Work permit", null, null),
			new Default("INSURANCE_POLICY", "Insurance policy", null, null),
			new Default("TENANCY_CONTRACT", "Tenancy contract", null, null));

	private final DocumentTypeRepository types;

	private final Clock clock;

	DocumentTypeService(DocumentTypeRepository types, Clock clock) {
		this.types = types;
		this.clock = clock;
	}

	public List<DocumentType> list(long companyId) {
		return types.findByCompanyIdOrderByName(companyId);
	}

	@Transactional
	public DocumentType create(long companyId, String code, String name, boolean expires, String numberPattern,
			String numberHint, Integer expiringWindowDays) {
		String normalized = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
		if (!normalized.matches("[A-Z][A-Z0-9_]{1,39}")) {
			throw new InvalidFieldException("code", "Use capital letters, digits and _ (e.g. BIRTH_CERTIFICATE)");
		}
		if (name == null || name.isBlank()) {
			throw new InvalidFieldException("name", "A name is required");
		}
		if (numberPattern != null && !numberPattern.isBlank()) {
			try {
				java.util.regex.Pattern.compile(numberPattern);
			}
			catch (java.util.regex.PatternSyntaxException e) {
				throw new InvalidFieldException("numberPattern", "Not a valid regular expression: " + e.getDescription());
			}
		}
		int window = expiringWindowDays == null ? DEFAULT_EXPIRING_WINDOW_DAYS : expiringWindowDays;
		if (window < 0 || window > 365) {
			throw new InvalidFieldException("expiringWindowDays", "Give 0 to 365 days");
		}
		if (types.existsByCompanyIdAndCode(companyId, normalized)) {
			throw new ConflictException("Document type " + normalized + " already exists");
		}
		return types.save(new DocumentType(companyId, normalized, name.trim(), expires,
				numberPattern == null || numberPattern.isBlank() ? null : numberPattern, blankToNull(numberHint), window,
				clock.instant()));
	}

	/** Adds the shipped types a company lacks; safe to call any number of times. */
	@Transactional
	public void ensureDefaults(long companyId) {
		for (Default type : DEFAULTS) {
			types.insertExpiringTypeIfAbsent(companyId, type.code(), type.name(), type.numberPattern(), type.numberHint(),
					DEFAULT_EXPIRING_WINDOW_DAYS, clock.instant());
		}
	}

	@ApplicationModuleListener
	void on(CompanyCreated created) {
		ensureDefaults(created.companyId());
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
