package io.chancery.storage;

/**
 * File types Chancery accepts, recognised by their leading bytes. XLSX is for workbooks the app
 * writes itself (exports); a workbook is a ZIP archive, so any ZIP passes as one where it is allowed.
 */
public enum FileKind {

	PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png"), HEIC("image/heic"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String mediaType;

	FileKind(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return mediaType;
	}

}
