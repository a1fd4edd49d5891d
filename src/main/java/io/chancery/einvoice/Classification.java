package io.chancery.einvoice;

/** An item classification: {@code listId} "CLASS" (MyInvois classification codes) or "PTC" (tariff code). */
public record Classification(String listId, String code) {
}
