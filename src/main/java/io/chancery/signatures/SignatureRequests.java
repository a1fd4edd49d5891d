package io.chancery.signatures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

import io.chancery.links.IssuedLink;
import io.chancery.links.PublicLinks;
import io.chancery.shared.ConflictException;
import io.chancery.signatures.internal.SignableDocuments;
import io.chancery.signatures.internal.SignatureRepository;
import io.chancery.storage.FileStore;
import io.chancery.storage.StorageArea;

/**
 * Signing links for any document a module offers through a {@link SignableDocument}: a single-use
 * public link valid for 24 hours, and the signature once the customer signed.
 */
@Service
public class SignatureRequests {

	/** The purpose of every signing link; the link's subject is the signature request. */
	public static final String PURPOSE = "signature";

	static final Duration VALIDITY = Duration.ofHours(24);

	private final PublicLinks links;

	private final SignatureRepository signatures;

	private final SignableDocuments documents;

	private final FileStore files;

	private final Clock clock;

	private final URI publicUrl;

	SignatureRequests(PublicLinks links, SignatureRepository signatures, SignableDocuments documents, FileStore files,
			Clock clock, @Value("${chancery.public-url}") URI publicUrl) {
		this.links = links;
		this.signatures = signatures;
		this.documents = documents;
		this.files = files;
		this.clock = clock;
		this.publicUrl = publicUrl;
	}

	/**
	 * A new signing link for the document. Earlier links for it that are still open are withdrawn, so
	 * only the link sent last works.
	 * @throws ConflictException when the document is already signed
	 * @throws io.chancery.shared.NotFoundException when the document is not the company's
	 */
	@Transactional
	public SignatureLink request(long companyId, String subjectKind, long subjectId, String requestedBy) {
		SignableSummary summary = documents.of(subjectKind).describe(companyId, subjectId);
		if (signatures.signatureOf(companyId, subjectKind, subjectId).isPresent()) {
			throw new ConflictException(summary.title() + " is already signed");
		}
		signatures.openLinkIds(companyId, subjectKind, subjectId).forEach(linkId -> links.revoke(companyId, linkId));
		Instant now = clock.instant();
		long requestId = signatures.insertRequest(companyId, subjectKind, subjectId, requestedBy, now);
		IssuedLink link = links.issue(PURPOSE, companyId, requestId, now.plus(VALIDITY), true);
		signatures.setLink(requestId, link.id());
		URI url = UriComponentsBuilder.fromUri(publicUrl).path("/s/{token}").buildAndExpand(link.token()).toUri();
		return new SignatureLink(requestId, url, link.expiresAt(), "Please review and sign " + summary.title() + ":");
	}

	@Transactional(readOnly = true)
	public Optional<Signature> signatureOf(long companyId, String subjectKind, long subjectId) {
		return signatures.signatureOf(companyId, subjectKind, subjectId);
	}

	/** The signature as PNG bytes, e.g. to place it on a PDF. */
	public byte[] image(Signature signature) {
		try (InputStream in = files.open(StorageArea.PRIVATE, signature.fileKey())) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("The signature image " + signature.id() + " cannot be read", e);
		}
	}

}
