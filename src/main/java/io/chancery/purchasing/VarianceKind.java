package io.chancery.purchasing;

/** The kinds of difference the tolerance table (dmn/delivery-tolerance.dmn) judges. */
public enum VarianceKind {

	/** Less arrived (or was invoiced) than ordered (or received). */
	QUANTITY_SHORT,

	/** More arrived (or was invoiced) than ordered (or received). */
	QUANTITY_OVER,

	/** The supplier invoiced another unit price than the order's. */
	PRICE_DIFFERENCE,

	/** The goods arrived after the expected delivery date; the difference is in days. */
	LATE_DELIVERY

}
