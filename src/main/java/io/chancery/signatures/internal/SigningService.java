package io.chancery.signatures.internal;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.chancery.links.InvalidLinkException;
import io.chancery.links.PublicLink;
import io.chancery.links.PublicLinks;
import io.chancery.shared.InvalidFieldException;
import io.chancery.signatures.DocumentSigned;
import io.chancery.signatures.SignableSummary;
import io.chancery.signatures.Signature;
import io.chancery.signatures.SignatureRequests;
import io.chancery.signatures.internal.SignatureRepository.Request;
import io.chancery.storage.FileKind;
import io.chancery.storage.FileStore;
import io.chancery.storage.StorageArea;
import io.chancery.storage.StoredFile;

/** What the public signing page does: show the document a token grants, and sign it once. */
@Service
class SigningService {

	static final int MAX_NAME_LENGTH = 200;

	/** The document behind a valid link, with the request it came from. */
	record Signable(Request request, SignableSummary summary) {
	}

	private final PublicLinks links;

	private final SignatureRepository signatures;

	private final SignableDocuments documents;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SigningService(PublicLinks links, SignatureRepository signatures, SignableDocuments documents, FileStore files,
			ApplicationEventPublisher events, Clock clock) {
		this.links = links;
		this.signatures = signatures;
		this.documents = documents;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	/** @throws InvalidLinkException when the token grants nothing (any more) */
	@Transactional(readOnly = true)
	Signable open(String token) {
		return signable(links.check(token, SignatureRequests.PURPOSE));
	}

	/** The signature a used link gave, to tell whoever opens it again. */
	@Transactional(readOnly = true)
	java.util.Optional<Signature> signatureGivenThrough(PublicLink link) {
		return signatures.signatureOfRequest(link.companyId(), link.subjectId());
	}

	/**
	 * Checks everything, then spends the link, stores the PNG and records the signature in one
	 * transaction: a refused submission changes nothing and leaves the link usable.
	 */
	@Transactional
	Signature sign(String token, String signerName, String signatureDataUrl) {
		Signable signable = signable(links.check(token, SignatureRequests.PURPOSE));
		String name = signerName == null ? "" : signerName.strip();
		if (name.isEmpty()) {
			throw new InvalidFieldException("signerName", "Please type your name");
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw new InvalidFieldException("signerName", "A name has at most " + MAX_NAME_LENGTH + " characters");
		}
		byte[] png = SignaturePng.fromDataUrl(signatureDataUrl);
		PublicLink link = links.redeem(token, SignatureRequests.PURPOSE);
		StoredFile file = files.store(StorageArea.PRIVATE, new ByteArrayInputStream(png), Set.of(FileKind.PNG));
		deleteOnRollback(file.key());
		Instant now = clock.instant();
		Request request = signable.request();
		long id;
		try {
			id = signatures.insertSignature(request, name, file.key(), now);
		}
		catch (DuplicateKeyException signedThroughAnotherLink) {
			throw new InvalidLinkException(InvalidLinkException.Reason.USED, link);
		}
		events.publishEvent(new DocumentSigned(request.companyId(), request.subjectKind(), request.subjectId(), id, name, now));
		return new Signature(id, request.companyId(), request.subjectKind(), request.subjectId(), name, now, file.key());
	}

	private Signable signable(PublicLink link) {
		Request request = signatures.request(link.companyId(), link.subjectId())
			.orElseThrow(() -> new InvalidLinkException(InvalidLinkException.Reason.MALFORMED, null));
		return new Signable(request, documents.of(request.subjectKind()).describe(request.companyId(), request.subjectId()));
	}

	/** The file store is not transactional: a signature that is not recorded leaves no file behind. */
	private void deleteOnRollback(String key) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					files.delete(StorageArea.PRIVATE, key);
				}
			}
		});
	}

}
