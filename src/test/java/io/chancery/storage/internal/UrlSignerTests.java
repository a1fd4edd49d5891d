package io.chancery.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

class UrlSignerTests {

	private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

	private static final String KEY = "2026/11/one-file.pdf";

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC);

	@Test
	void signatureVerifiesUntilItExpires() {
		var query = query(new UrlSigner(new byte[32], Duration.ofMinutes(5), clock).sign(KEY).url());

		assertThat(new UrlSigner(new byte[32], Duration.ofMinutes(5), clock).verify(KEY, query.expires(), query.signature()))
			.isTrue();
		Clock later = Clock.offset(clock, Duration.ofMinutes(5).plusSeconds(1));
		assertThat(new UrlSigner(new byte[32], Duration.ofMinutes(5), later).verify(KEY, query.expires(), query.signature()))
			.isFalse();
	}

	/** The last of 43 characters carries 4 bits; the decoder ignores the other 2, which must not make a second valid URL. */
	@Test
	void aSignatureSpelledDifferentlyIsRefusedEvenWhenItDecodesToTheSameBytes() {
		UrlSigner signer = new UrlSigner(new byte[32], Duration.ofMinutes(5), clock);
		var query = query(signer.sign(KEY).url());
		String signature = query.signature();
		char last = signature.charAt(signature.length() - 1);
		String respelled = signature.substring(0, signature.length() - 1) + ALPHABET.charAt(ALPHABET.indexOf(last) | 0b11);

		assertThat(Base64.getUrlDecoder().decode(respelled)).isEqualTo(Base64.getUrlDecoder().decode(signature));
		assertThat(signer.verify(KEY, query.expires(), respelled)).isFalse();
		assertThat(signer.verify("2026/11/other-file.pdf", query.expires(), signature)).isFalse();
		assertThat(signer.verify(KEY, query.expires() + "0", signature)).isFalse();
		assertThat(signer.verify(KEY, "soon", signature)).isFalse();
		assertThat(signer.verify(KEY, query.expires(), "not base64 at all!")).isFalse();
	}

	private static Query query(URI url) {
		var params = UriComponentsBuilder.fromUri(url).build().getQueryParams();
		return new Query(params.getFirst("expires"), params.getFirst("signature"));
	}

	private record Query(String expires, String signature) {
	}

}
