package io.chancery.einvoice;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Self-signed RSA test certificates packed as .p12, made with BouncyCastle. */
public final class TestCertificates {

	public static final char[] PASSWORD = "test-p12-password".toCharArray();

	/** A .p12 holding a fresh 2048-bit RSA key and a certificate for {@code subject}, valid from now for a year. */
	public static byte[] selfSignedP12(String subject) {
		return selfSignedP12(subject, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)));
	}

	public static byte[] selfSignedP12(String subject, Instant notBefore, Instant notAfter) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			X500Name name = new X500Name(subject);
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(System.nanoTime()),
						Date.from(notBefore), Date.from(notAfter), name, pair.getPublic())
					.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("signing", pair.getPrivate(), PASSWORD, new X509Certificate[] { certificate });
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			store.store(out, PASSWORD);
			return out.toByteArray();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	public static SigningKey signingKey(String subject) {
		return SigningKey.fromPkcs12(selfSignedP12(subject), PASSWORD);
	}

	private TestCertificates() {
	}

}
