package io.chancery.documents;

import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;

/** A kind of document in a company's catalogue (PASSPORT, EMIRATES_ID, …). */
@Entity
public class DocumentType {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long companyId;

	private String code;

	private String name;

	private boolean expires;

	/** A regular expression the whole number must match, where the format is known. */
	private String numberPattern;

	/** Shown when the number does not match, e.g. "784-YYYY-NNNNNNN-C". */
	private String numberHint;

	private int expiringWindowDays;

	private Instant createdAt;

	protected DocumentType() {
	}

	DocumentType(long companyId, String code, String name, boolean expires, String numberPattern, String numberHint,
			int expiringWindowDays, Instant createdAt) {
		this.companyId = companyId;
		this.code = code;
		this.name = name;
		this.expires = expires;
		this.numberPattern = numberPattern;
		this.numberHint = numberHint;
		this.expiringWindowDays = expiringWindowDays;
		this.createdAt = createdAt;
	}

	boolean acceptsNumber(String number) {
		return numberPattern == null || Pattern.compile(numberPattern).matcher(number).matches();
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public boolean isExpires() {
		return expires;
	}

	public String getNumberPattern() {
		return numberPattern;
	}

	public String getNumberHint() {
		return numberHint;
	}

	public int getExpiringWindowDays() {
		return expiringWindowDays;
	}

}
