package io.chancery.einvoice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.chancery.einvoice.DocumentType;
import io.chancery.einvoice.EDocument;
import io.chancery.einvoice.EDocuments;
import io.chancery.einvoice.SigningKey;
import io.chancery.einvoice.TestCertificates;

class JsonSignatureTests {

	private static SigningKey key;

	@BeforeAll
	static void key() {
		key = TestCertificates.signingKey("C=MY, O=Chancery Test, CN=Chancery Test Signer");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.1-Invoice-Sample.json", "1.1-Credit-Note-Sample.json", "1.1-Debit-Note-Sample.json",
			"1.1-Refund-Note-Sample.json", "1.1-Self-Billed-Invoice-Sample.json", "1.1-Self-Billed-Credit-Sample.json",
			"1.1-Self-Billed-Debit-Sample.json", "1.1-Self-Billed-Refund-Sample.json",
			"1.1-Invoice-Consolidated-Sample.json", "1.1-Invoice-ForeignCurrency-Sample.json",
			"1.1-Invoice-MultiLineItem-Sample.json", "sample-ul-invoice-2.1-signed.min.json" })
	void officialSignedSamplesVerify(String sample) {
		assertThat(JsonSignature.verify(EDocuments.sample(sample)).problems()).isEmpty();
	}

	@Test
	void anOfficialSampleChangedAfterSigningFails() {
		String tampered = EDocuments.sample("1.1-Invoice-Sample.json").replace("\"_\": 1436.5", "\"_\": 1436.6");

		assertThat(JsonSignature.verify(tampered).problems())
			.containsExactly("the document digest does not match: the document was changed after signing",
					"the signature value does not verify with the certificate's public key");
	}

	@ParameterizedTest
	@EnumSource(DocumentType.class)
	void documentsWeSignVerifyAndKeepTheirContent(DocumentType type) {
		EDocument document = EDocuments.of(type, "SIG-" + type.code());

		String signed = JsonSignature.sign(UblJson.write(document), key, Instant.parse("2026-03-02T01:16:00Z"));

		assertThat(JsonSignature.verify(signed).valid()).isTrue();
		assertThat(UblJson.read(signed)).isEqualTo(document);
		JsonNode invoice = UblJsonNodes.parse(signed).get("Invoice").get(0);
		assertThat(invoice.at("/Signature/0/ID/0/_").asText()).isEqualTo("urn:oasis:names:specification:ubl:signature:Invoice");
		JsonNode signature = invoice.at("/UBLExtensions/0/UBLExtension/0/ExtensionContent/0/UBLDocumentSignatures/0/SignatureInformation/0/Signature/0");
		assertThat(signature.at("/SignedInfo/0/SignatureMethod/0/Algorithm").asText())
			.isEqualTo("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
		assertThat(signature.at("/Object/0/QualifyingProperties/0/SignedProperties/0/SignedSignatureProperties/0/SigningTime/0/_")
			.asText()).isEqualTo("2026-03-02T01:16:00Z");
		assertThat(signature.at("/KeyInfo/0/X509Data/0/X509SubjectName/0/_").asText())
			.isEqualTo("C=MY, O=Chancery Test, CN=Chancery Test Signer");
	}

	@Test
	void aDocumentWeSignedAndSomeoneChangedFails() {
		String signed = JsonSignature.sign(UblJson.write(EDocuments.of(DocumentType.INVOICE, "SIG-T")), key,
				Instant.parse("2026-03-02T01:16:00Z"));

		assertThat(JsonSignature.verify(signed.replace("\"_\":341.6", "\"_\":34.16")).valid()).isFalse();
		assertThat(JsonSignature.verify(signed.replace("Kilang Kalibrasi", "Kilang Palsu")).problems())
			.contains("the document digest does not match: the document was changed after signing");
		assertThat(JsonSignature.verify(signed.replace("2026-03-02T01:16:00Z", "2026-03-02T01:17:00Z")).problems())
			.containsExactly("the signed properties digest does not match");
	}

	@Test
	void signingWithAnotherKeyThanTheEmbeddedCertificateFails() {
		SigningKey other = TestCertificates.signingKey("CN=Someone Else, C=MY");
		String signed = JsonSignature.sign(UblJson.write(EDocuments.of(DocumentType.INVOICE, "SIG-K")), key, Instant.now());
		String otherCertificate = JsonSignature.sign(UblJson.write(EDocuments.of(DocumentType.INVOICE, "SIG-K")), other,
				Instant.now());
		String certificate = UblJsonNodes.parse(otherCertificate)
			.at("/Invoice/0/UBLExtensions/0/UBLExtension/0/ExtensionContent/0/UBLDocumentSignatures/0/SignatureInformation/0/Signature/0/KeyInfo/0/X509Data/0/X509Certificate/0/_")
			.asText();
		String ours = UblJsonNodes.parse(signed)
			.at("/Invoice/0/UBLExtensions/0/UBLExtension/0/ExtensionContent/0/UBLDocumentSignatures/0/SignatureInformation/0/Signature/0/KeyInfo/0/X509Data/0/X509Certificate/0/_")
			.asText();

		assertThat(JsonSignature.verify(signed.replace(ours, certificate)).problems()).contains(
				"CertDigest does not match the certificate in KeyInfo",
				"the signature value does not verify with the certificate's public key");
	}

	@Test
	void aWrongP12PasswordIsRefused() {
		byte[] p12 = TestCertificates.selfSignedP12("CN=Password Test");

		assertThatThrownBy(() -> SigningKey.fromPkcs12(p12, "wrong".toCharArray()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("wrong password");
	}

}
