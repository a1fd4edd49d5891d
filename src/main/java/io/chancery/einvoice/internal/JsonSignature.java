package io.chancery.einvoice.internal;

import static io.chancery.einvoice.internal.UblJsonNodes.first;
import static io.chancery.einvoice.internal.UblJsonNodes.leaf;
import static io.chancery.einvoice.internal.UblJsonNodes.object;
import static io.chancery.einvoice.internal.UblJsonNodes.one;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.security.auth.x500.X500Principal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.chancery.einvoice.SigningKey;

/**
 * The MyInvois v1.1 signature of a UBL JSON document, as the SDK's "Signature creation (JSON)" guide
 * describes it: the document digest and the RSA-SHA256 signature value are taken over the minified
 * document without {@code UBLExtensions} and {@code Signature}; the signed properties digest over the
 * minified {@code QualifyingProperties} object (signing time, certificate digest, issuer and serial).
 */
public final class JsonSignature {

	static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";

	static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

	static final String PROPERTIES_ID = "id-xades-signed-props";

	private JsonSignature() {
	}

	/** The outcome of a verification: valid when no problem was found. */
	public record Verification(List<String> problems) {

		public boolean valid() {
			return problems.isEmpty();
		}

	}

	/** Returns the signed, minified document. An existing signature is replaced. */
	public static String sign(String json, SigningKey key, Instant signingTime) {
		JsonNode root = UblJsonNodes.parse(json);
		ObjectNode invoice = invoiceOf(root);
		invoice.remove("UBLExtensions");
		invoice.remove("Signature");
		byte[] document = UblJsonNodes.minify(root).getBytes(StandardCharsets.UTF_8);
		try {
			X509Certificate certificate = key.certificate();
			Signature rsa = Signature.getInstance("SHA256withRSA");
			rsa.initSign(key.privateKey());
			rsa.update(document);
			String signatureValue = base64(rsa.sign());
			ObjectNode qualifyingProperties = qualifyingProperties(certificate, signingTime);
			String propertiesDigest = base64(sha256(
					UblJsonNodes.minify(qualifyingProperties).getBytes(StandardCharsets.UTF_8)));

			ObjectNode signature = object();
			signature.put("Id", "signature");
			ObjectNode object = object();
			object.set("QualifyingProperties", one(qualifyingProperties));
			signature.set("Object", one(object));
			signature.set("KeyInfo", one(keyInfo(certificate)));
			signature.set("SignatureValue", leaf(signatureValue));
			signature.set("SignedInfo", one(signedInfo(propertiesDigest, base64(sha256(document)))));

			invoice.set("UBLExtensions", one(extensions(signature)));
			ObjectNode documentSignature = object();
			documentSignature.set("ID", leaf("urn:oasis:names:specification:ubl:signature:Invoice"));
			documentSignature.set("SignatureMethod", leaf("urn:oasis:names:specification:ubl:dsig:enveloped:xades"));
			invoice.set("Signature", one(documentSignature));
			return UblJsonNodes.minify(root);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("signing failed: " + e.getMessage(), e);
		}
	}

	public static Verification verify(String json) {
		List<String> problems = new ArrayList<>();
		JsonNode root;
		try {
			root = UblJsonNodes.parse(json);
		}
		catch (IllegalArgumentException e) {
			return new Verification(List.of(e.getMessage()));
		}
		ObjectNode invoice = invoiceOf(root);
		JsonNode signature = signatureOf(invoice);
		if (signature == null) {
			return new Verification(List.of("Invoice.UBLExtensions: no signature"));
		}
		try {
			X509Certificate certificate = certificate(
					UblJsonNodes.text(first(first(signature, "KeyInfo"), "X509Data"), "X509Certificate"));
			JsonNode qualifyingProperties = first(first(signature, "Object"), "QualifyingProperties");
			JsonNode signedProperties = first(qualifyingProperties, "SignedProperties");
			JsonNode cert = first(first(first(first(signedProperties, "SignedSignatureProperties"), "SigningCertificate"),
					"Cert"), "CertDigest");
			if (!base64(sha256(certificate.getEncoded())).equals(UblJsonNodes.text(cert, "DigestValue"))) {
				problems.add("CertDigest does not match the certificate in KeyInfo");
			}
			String propertiesDigest = null;
			String documentDigest = null;
			for (JsonNode reference : UblJsonNodes.all(first(signature, "SignedInfo"), "Reference")) {
				String uri = reference.path("URI").asText("");
				if (uri.equals("#" + PROPERTIES_ID)) {
					propertiesDigest = UblJsonNodes.text(reference, "DigestValue");
				}
				else if (uri.isEmpty()) {
					documentDigest = UblJsonNodes.text(reference, "DigestValue");
				}
			}
			if (qualifyingProperties == null || propertiesDigest == null || !propertiesDigest
				.equals(base64(sha256(UblJsonNodes.minify(qualifyingProperties).getBytes(StandardCharsets.UTF_8))))) {
				problems.add("the signed properties digest does not match");
			}
			invoice.remove("UBLExtensions");
			invoice.remove("Signature");
			byte[] document = UblJsonNodes.minify(root).getBytes(StandardCharsets.UTF_8);
			if (!base64(sha256(document)).equals(documentDigest)) {
				problems.add("the document digest does not match: the document was changed after signing");
			}
			Signature rsa = Signature.getInstance("SHA256withRSA");
			rsa.initVerify(certificate.getPublicKey());
			rsa.update(document);
			String value = UblJsonNodes.text(signature, "SignatureValue");
			if (value == null || !rsa.verify(Base64.getDecoder().decode(value))) {
				problems.add("the signature value does not verify with the certificate's public key");
			}
		}
		catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
			problems.add("the signature cannot be read: " + e.getMessage());
		}
		return new Verification(List.copyOf(problems));
	}

	/** The signer's certificate of a signed document (for the stand-in and the settings page). */
	public static X509Certificate signerOf(String json) throws GeneralSecurityException {
		JsonNode signature = signatureOf(invoiceOf(UblJsonNodes.parse(json)));
		return certificate(UblJsonNodes.text(first(first(signature, "KeyInfo"), "X509Data"), "X509Certificate"));
	}

	private static JsonNode signatureOf(JsonNode invoice) {
		return first(first(first(first(first(first(invoice, "UBLExtensions"), "UBLExtension"), "ExtensionContent"),
				"UBLDocumentSignatures"), "SignatureInformation"), "Signature");
	}

	private static ObjectNode invoiceOf(JsonNode root) {
		if (!(first(root, "Invoice") instanceof ObjectNode invoice)) {
			throw new IllegalArgumentException("not a UBL JSON invoice: no Invoice element");
		}
		return invoice;
	}

	private static ObjectNode qualifyingProperties(X509Certificate certificate, Instant signingTime)
			throws GeneralSecurityException {
		ObjectNode digest = object();
		digest.set("DigestMethod", algorithm(SHA256));
		digest.set("DigestValue", leaf(base64(sha256(certificate.getEncoded()))));
		ObjectNode issuerSerial = object();
		issuerSerial.set("X509IssuerName", leaf(distinguishedName(certificate.getIssuerX500Principal())));
		issuerSerial.set("X509SerialNumber", leaf(certificate.getSerialNumber().toString()));
		ObjectNode cert = object();
		cert.set("CertDigest", one(digest));
		cert.set("IssuerSerial", one(issuerSerial));
		ObjectNode signingCertificate = object();
		signingCertificate.set("Cert", one(cert));
		ObjectNode signatureProperties = object();
		signatureProperties.set("SigningTime", leaf(signingTime.truncatedTo(ChronoUnit.SECONDS).toString()));
		signatureProperties.set("SigningCertificate", one(signingCertificate));
		ObjectNode signedProperties = object();
		signedProperties.put("Id", PROPERTIES_ID);
		signedProperties.set("SignedSignatureProperties", one(signatureProperties));
		ObjectNode qualifying = object();
		qualifying.put("Target", "signature");
		qualifying.set("SignedProperties", one(signedProperties));
		return qualifying;
	}

	private static ObjectNode keyInfo(X509Certificate certificate) throws GeneralSecurityException {
		ObjectNode issuerSerial = object();
		issuerSerial.set("X509IssuerName", leaf(distinguishedName(certificate.getIssuerX500Principal())));
		issuerSerial.set("X509SerialNumber", leaf(certificate.getSerialNumber().toString()));
		ObjectNode data = object();
		data.set("X509Certificate", leaf(base64(certificate.getEncoded())));
		data.set("X509SubjectName", leaf(distinguishedName(certificate.getSubjectX500Principal())));
		data.set("X509IssuerSerial", one(issuerSerial));
		ObjectNode keyInfo = object();
		keyInfo.set("X509Data", one(data));
		return keyInfo;
	}

	private static ObjectNode signedInfo(String propertiesDigest, String documentDigest) {
		ObjectNode properties = object();
		properties.put("Type", "http://uri.etsi.org/01903/v1.3.2#SignedProperties");
		properties.put("URI", "#" + PROPERTIES_ID);
		properties.set("DigestMethod", algorithm(SHA256));
		properties.set("DigestValue", leaf(propertiesDigest));
		ObjectNode document = object();
		document.put("Type", "");
		document.put("URI", "");
		document.set("DigestMethod", algorithm(SHA256));
		document.set("DigestValue", leaf(documentDigest));
		ObjectNode signedInfo = object();
		signedInfo.set("SignatureMethod", algorithm(RSA_SHA256));
		signedInfo.set("Reference", UblJsonNodes.many(List.of(properties, document)));
		return signedInfo;
	}

	private static ObjectNode extensions(ObjectNode signature) {
		ObjectNode information = object();
		information.set("ID", leaf("urn:oasis:names:specification:ubl:signature:1"));
		information.set("ReferencedSignatureID", leaf("urn:oasis:names:specification:ubl:signature:Invoice"));
		information.set("Signature", one(signature));
		ObjectNode documentSignatures = object();
		documentSignatures.set("SignatureInformation", one(information));
		ObjectNode content = object();
		content.set("UBLDocumentSignatures", one(documentSignatures));
		ObjectNode extension = object();
		extension.set("ExtensionURI", leaf("urn:oasis:names:specification:ubl:dsig:enveloped:xades"));
		extension.set("ExtensionContent", one(content));
		ObjectNode extensions = object();
		extensions.set("UBLExtension", one(extension));
		return extensions;
	}

	private static com.fasterxml.jackson.databind.node.ArrayNode algorithm(String uri) {
		return leaf("", "Algorithm", uri);
	}

	/** "C=MY, O=…, CN=…": the order and separator of the SDK's samples. */
	static String distinguishedName(X500Principal principal) {
		try {
			return new LdapName(principal.getName(X500Principal.RFC2253)).getRdns()
				.stream()
				.map(Object::toString)
				.collect(Collectors.joining(", "));
		}
		catch (InvalidNameException e) {
			return principal.getName();
		}
	}

	private static X509Certificate certificate(String base64) throws GeneralSecurityException {
		return (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}

}
