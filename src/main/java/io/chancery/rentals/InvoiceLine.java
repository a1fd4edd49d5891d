package io.chancery.rentals;

import java.math.BigDecimal;

/** A line of the rental's invoice: rental days, a late fee or a damage charge. */
public record InvoiceLine(int lineNo, Kind kind, String description, BigDecimal quantity, BigDecimal unitPrice,
		BigDecimal amount) {

	public enum Kind {

		RENTAL, LATE_FEE, DAMAGE

	}

}
