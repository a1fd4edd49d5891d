package io.chancery.storage.internal;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import io.chancery.shared.NotFoundException;
import io.chancery.storage.FileKind;
import io.chancery.storage.FileStore;
import io.chancery.storage.SignedUrl;
import io.chancery.storage.StorageArea;
import io.chancery.storage.StoredFile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;

/**
 * Files in two buckets: the private one is read through presigned GET URLs; the public one must
 * allow anonymous reads (docker-compose's minio-init sets that up).
 */
class S3FileStore implements FileStore {

	private final S3Client s3;

	private final S3Presigner presigner;

	private final ContentCheck check;

	private final String privateBucket;

	private final String publicBucket;

	private final String publicBaseUrl;

	private final Duration urlValidity;

	S3FileStore(S3Client s3, S3Presigner presigner, ContentCheck check, String privateBucket, String publicBucket,
			URI publicBaseUrl, Duration urlValidity) {
		this.s3 = s3;
		this.presigner = presigner;
		this.check = check;
		this.privateBucket = privateBucket;
		this.publicBucket = publicBucket;
		this.publicBaseUrl = publicBaseUrl.toString().replaceAll("/+$", "");
		this.urlValidity = urlValidity;
	}

	@Override
	public StoredFile store(StorageArea area, InputStream content, Set<FileKind> allowed) {
		return check.store(content, allowed, into(area));
	}

	@Override
	public StoredFile storeGenerated(StorageArea area, InputStream content, FileKind kind) {
		return check.storeGenerated(content, kind, into(area));
	}

	private ContentCheck.Backend into(StorageArea area) {
		return (key, file, kind) -> s3.putObject(
				put -> put.bucket(bucket(area)).key(key).contentType(kind.mediaType()), RequestBody.fromFile(file));
	}

	/**
	 * Signed with the SDK's clock, which is real time: S3 checks the expiry against real time, not
	 * against the application clock that the dev clock may have moved.
	 */
	@Override
	public SignedUrl signedUrl(String key) {
		PresignedGetObjectRequest presigned = presigner.presignGetObject(request -> request
			.signatureDuration(urlValidity)
			.getObjectRequest(get -> get.bucket(privateBucket)
				.key(key)
				.responseContentDisposition("inline")
				.responseCacheControl("private, no-store")));
		// X-Amz-Date has whole seconds, so S3 ends the URL's life at a whole second too
		return new SignedUrl(URI.create(presigned.url().toString()), presigned.expiration().truncatedTo(ChronoUnit.SECONDS));
	}

	@Override
	public URI publicUrl(String key) {
		return URI.create(publicBaseUrl + "/" + key);
	}

	@Override
	public InputStream open(StorageArea area, String key) {
		try {
			return s3.getObject(get -> get.bucket(bucket(area)).key(key));
		}
		catch (NoSuchKeyException e) {
			throw new NotFoundException("File", key);
		}
	}

	@Override
	public void delete(StorageArea area, String key) {
		s3.deleteObject(delete -> delete.bucket(bucket(area)).key(key));
	}

	private String bucket(StorageArea area) {
		return area == StorageArea.PRIVATE ? privateBucket : publicBucket;
	}

}
