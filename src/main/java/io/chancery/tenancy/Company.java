package io.chancery.tenancy;

import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A tenant: every business row belongs to exactly one company. */
@Entity
public class Company {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String legalId;

	private String country;

	private String currency;

	@Column(name = "time_zone")
	private String timeZone;

	private Instant createdAt;

	private String logoKey;

	protected Company() {
	}

	public Company(String name, String legalId, String country, String currency, ZoneId timeZone, Instant createdAt) {
		this.name = name;
		this.legalId = legalId;
		this.country = country;
		this.currency = currency;
		this.timeZone = timeZone.getId();
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getLegalId() {
		return legalId;
	}

	public String getCountry() {
		return country;
	}

	public String getCurrency() {
		return currency;
	}

	public ZoneId getTimeZone() {
		return ZoneId.of(timeZone);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** The logo's key in the public file area, or null. */
	public String getLogoKey() {
		return logoKey;
	}

	/** Returns the key of the logo it replaces, or null. */
	String changeLogoKey(String logoKey) {
		String previous = this.logoKey;
		this.logoKey = logoKey;
		return previous;
	}

}
