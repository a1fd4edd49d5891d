package io.chancery.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A structured postal address (e-invoices need city, state and country codes): {@code stateCode} is a
 * MyInvois state code (01–17), {@code countryCode} ISO 3166-1 alpha-3 (e.g. MYS).
 */
@Embeddable
public class CustomerAddress {

	@Size(max = 150)
	@Column(name = "address_line1")
	private String line1;

	@Size(max = 150)
	@Column(name = "address_line2")
	private String line2;

	@Size(max = 50)
	@Column(name = "address_city")
	private String city;

	@Size(max = 20)
	@Column(name = "address_postcode")
	private String postcode;

	@Pattern(regexp = "^$|0[1-9]|1[0-7]", message = "must be a MyInvois state code from 01 to 17")
	@Column(name = "address_state_code")
	private String stateCode;

	@Pattern(regexp = "^$|[A-Za-z]{3}", message = "must be a three-letter country code such as MYS")
	@Column(name = "address_country_code")
	private String countryCode;

	/** A trimmed copy with blanks as null and the country code upper case. */
	CustomerAddress normalised() {
		CustomerAddress copy = new CustomerAddress();
		copy.line1 = Customer.blankToNull(line1);
		copy.line2 = Customer.blankToNull(line2);
		copy.city = Customer.blankToNull(city);
		copy.postcode = Customer.blankToNull(postcode);
		copy.stateCode = Customer.blankToNull(stateCode);
		copy.countryCode = Customer.upper(countryCode);
		return copy;
	}

	public String getLine1() {
		return line1;
	}

	public void setLine1(String line1) {
		this.line1 = line1;
	}

	public String getLine2() {
		return line2;
	}

	public void setLine2(String line2) {
		this.line2 = line2;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getPostcode() {
		return postcode;
	}

	public void setPostcode(String postcode) {
		this.postcode = postcode;
	}

	public String getStateCode() {
		return stateCode;
	}

	public void setStateCode(String stateCode) {
		this.stateCode = stateCode;
	}

	public String getCountryCode() {
		return countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

}
