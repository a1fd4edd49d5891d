package io.chancery.einvoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collections;

/** The company's signing key and certificate, read from a PKCS#12 (.p12) file. */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate) {

	/** @throws IllegalArgumentException when the file is not a PKCS#12 with a private key, or the password is wrong */
	public static SigningKey fromPkcs12(byte[] p12, char[] password) {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(new ByteArrayInputStream(p12), password);
			for (String alias : Collections.list(store.aliases())) {
				if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate certificate) {
					return new SigningKey((PrivateKey) store.getKey(alias, password), certificate);
				}
			}
			throw new IllegalArgumentException("the .p12 file holds no private key with an X.509 certificate");
		}
		catch (IOException | GeneralSecurityException e) {
			throw new IllegalArgumentException("not a readable .p12 file or wrong password", e);
		}
	}

}
