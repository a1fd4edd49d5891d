package io.chancery.storage;

/** File types Chancery accepts, recognised by their leading bytes. */
public enum FileKind {

	PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png"), HEIC("image/heic");

	private final String mediaType;

	FileKind(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return mediaType;
	}

}
