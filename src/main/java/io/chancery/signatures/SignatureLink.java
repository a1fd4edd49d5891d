package io.chancery.signatures;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A freshly issued signing link. The token is only known now (the database keeps its hash), so the
 * caller shows or sends it at once; asking again issues a new link and withdraws this one.
 */
public record SignatureLink(long requestId, URI url, Instant expiresAt, String shareText) {

	/** A wa.me link that opens WhatsApp with the text and the link, letting staff pick the chat. */
	public URI whatsappUrl() {
		return URI.create("https://wa.me/?text=" + URLEncoder.encode(shareText + " " + url, StandardCharsets.UTF_8)
			.replace("+", "%20"));
	}

}
