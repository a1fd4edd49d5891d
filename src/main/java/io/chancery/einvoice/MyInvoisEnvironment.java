package io.chancery.einvoice;

import java.net.URI;

/**
 * Where a company's documents go. {@code LOCAL_STAND_IN} is Chancery's own loopback imitation of the API
 * (embedded mode only): NOT LHDN, nothing submitted there has any legal effect.
 */
public enum MyInvoisEnvironment {

	SANDBOX("https://preprod-api.myinvois.hasil.gov.my", "https://preprod.myinvois.hasil.gov.my", "LHDN sandbox (pre-production)"),
	PRODUCTION("https://api.myinvois.hasil.gov.my", "https://myinvois.hasil.gov.my", "LHDN production"),
	LOCAL_STAND_IN(null, null, "local stand-in, not LHDN");

	private final String apiBase;

	private final String portalBase;

	private final String label;

	MyInvoisEnvironment(String apiBase, String portalBase, String label) {
		this.apiBase = apiBase;
		this.portalBase = portalBase;
		this.label = label;
	}

	/** The API's address; null for the stand-in, whose port is chosen when it starts. */
	public URI apiBase() {
		return apiBase == null ? null : URI.create(apiBase);
	}

	/** The public portal where anyone can check a document (validation link and QR); null for the stand-in. */
	public URI portalBase() {
		return portalBase == null ? null : URI.create(portalBase);
	}

	public String label() {
		return label;
	}

}
