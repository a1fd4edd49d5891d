package io.chancery.einvoice;

/** The document a credit, debit or refund note adjusts: its MyInvois UUID and its number. */
public record OriginalDocument(String uuid, String number) {
}
