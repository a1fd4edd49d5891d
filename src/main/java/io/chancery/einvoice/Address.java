package io.chancery.einvoice;

import java.util.List;

/** A postal address; {@code stateCode} and {@code countryCode} come from the MyInvois code tables. */
public record Address(List<String> lines, String city, String postcode, String stateCode, String countryCode) {

	public Address {
		lines = lines == null ? List.of() : List.copyOf(lines);
	}

}
