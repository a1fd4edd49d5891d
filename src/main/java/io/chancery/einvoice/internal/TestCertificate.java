package io.chancery.einvoice.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed TEST certificate for the demo, which says so in its subject. LHDN accepts only
 * certificates from a Malaysian CA, so it is good for the local stand-in only.
 */
public final class TestCertificate {

	public static final String COMMON_NAME = "Chancery TEST certificate – not for LHDN";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TestCertificate() {
	}

	public static String randomPassword() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** A .p12 with a 2048-bit RSA key and a certificate valid for a year from {@code now}. */
	public static byte[] selfSigned(String organisation, String password, Instant now) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			var name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, COMMON_NAME)
				.addRDN(BCStyle.O, organisation)
				.addRDN(BCStyle.C, "MY")
				.build();
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(new JcaX509v3CertificateBuilder(name, new BigInteger(64, RANDOM),
						Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), name,
						pair.getPublic())
					.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(null, null);
			store.setKeyEntry("signing", pair.getPrivate(), password.toCharArray(), new X509Certificate[] { certificate });
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			store.store(out, password.toCharArray());
			return out.toByteArray();
		}
		catch (Exception e) {
			throw new IllegalStateException("cannot generate the demo test certificate", e);
		}
	}

}
