package io.chancery.einvoice;

import java.util.Arrays;

/** The eight MyInvois document types (e-invoice type codes), all carried by the UBL Invoice root. */
public enum DocumentType {

	INVOICE("01"), CREDIT_NOTE("02"), DEBIT_NOTE("03"), REFUND_NOTE("04"), SELF_BILLED_INVOICE("11"),
	SELF_BILLED_CREDIT_NOTE("12"), SELF_BILLED_DEBIT_NOTE("13"), SELF_BILLED_REFUND_NOTE("14");

	private final String code;

	DocumentType(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	/** Credit, debit and refund notes (self-billed or not) must reference the original document. */
	public boolean isNote() {
		return this != INVOICE && this != SELF_BILLED_INVOICE;
	}

	public static DocumentType ofCode(String code) {
		return Arrays.stream(values())
			.filter(type -> type.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown e-invoice type code " + code));
	}

}
