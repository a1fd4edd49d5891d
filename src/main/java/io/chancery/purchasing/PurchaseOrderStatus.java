package io.chancery.purchasing;

import java.util.EnumSet;
import java.util.Set;

/** Where a purchase order stands; {@link #canMoveTo} is the only list of legal moves. */
public enum PurchaseOrderStatus {

	DRAFT, APPROVED, SENT, PARTIALLY_RECEIVED, RECEIVED, CLOSED, CANCELLED;

	public boolean canMoveTo(PurchaseOrderStatus next) {
		return next(this).contains(next);
	}

	/** Goods may arrive once the supplier has the order, until it is closed or cancelled. */
	public boolean acceptsReceipts() {
		return this == SENT || this == PARTIALLY_RECEIVED || this == RECEIVED;
	}

	private static Set<PurchaseOrderStatus> next(PurchaseOrderStatus status) {
		return switch (status) {
			case DRAFT -> EnumSet.of(APPROVED, CANCELLED);
			case APPROVED -> EnumSet.of(SENT, CANCELLED);
			case SENT -> EnumSet.of(PARTIALLY_RECEIVED, RECEIVED, CANCELLED);
			case PARTIALLY_RECEIVED -> EnumSet.of(RECEIVED, CANCELLED);
			case RECEIVED -> EnumSet.of(CLOSED);
			case CLOSED, CANCELLED -> EnumSet.noneOf(PurchaseOrderStatus.class);
		};
	}

}
