package io.chancery.einvoice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.chancery.customers.CustomerAddress;

/**
 * What an admin enters as the company's e-invoice settings: the JSON body of
 * {@code PUT /api/v1/einvoice/settings} and the settings page's form. Codes (MSIC, state, country) are
 * checked against the shipped MyInvois code tables by the service. A blank client secret keeps the
 * stored one; the secret is never read back.
 */
public class SettingsDetails {

	static final String TIN = "^$|[A-Za-z]{1,2}[0-9]{9,12}";

	@Pattern(regexp = TIN, message = "must be a TIN such as C25845632020 or IG12345678901")
	private String tin;

	@Pattern(regexp = "^$|BRN|NRIC|PASSPORT|ARMY", message = "must be BRN, NRIC, PASSPORT or ARMY")
	private String idType;

	@Size(max = 20)
	private String idValue;

	/** SST registration number, or NA when not registered. */
	@Size(max = 35)
	private String sstNumber;

	/** Tourism tax registration number, or NA. */
	@Size(max = 17)
	private String tourismTaxNumber;

	@Pattern(regexp = "^$|[0-9]{5}", message = "must be a five-digit MSIC code such as 77309")
	private String msicCode;

	@Size(max = 300)
	private String businessActivity;

	@Valid
	private CustomerAddress address = new CustomerAddress();

	@Size(max = 20)
	private String phone;

	@Email
	@Size(max = 320)
	private String email;

	@Size(max = 100)
	private String clientId;

	@Size(max = 200)
	private String clientSecret;

	private MyInvoisEnvironment environment = MyInvoisEnvironment.SANDBOX;

	/** As an intermediary: the TIN of the taxpayer this company submits for ({@code onbehalfof}). */
	@Pattern(regexp = TIN, message = "must be a TIN such as C25845632020")
	private String onBehalfOfTin;

	public String getTin() {
		return tin;
	}

	public void setTin(String tin) {
		this.tin = tin;
	}

	public String getIdType() {
		return idType;
	}

	public void setIdType(String idType) {
		this.idType = idType;
	}

	public String getIdValue() {
		return idValue;
	}

	public void setIdValue(String idValue) {
		this.idValue = idValue;
	}

	public String getSstNumber() {
		return sstNumber;
	}

	public void setSstNumber(String sstNumber) {
		this.sstNumber = sstNumber;
	}

	public String getTourismTaxNumber() {
		return tourismTaxNumber;
	}

	public void setTourismTaxNumber(String tourismTaxNumber) {
		this.tourismTaxNumber = tourismTaxNumber;
	}

	public String getMsicCode() {
		return msicCode;
	}

	public void setMsicCode(String msicCode) {
		this.msicCode = msicCode;
	}

	public String getBusinessActivity() {
		return businessActivity;
	}

	public void setBusinessActivity(String businessActivity) {
		this.businessActivity = businessActivity;
	}

	public CustomerAddress getAddress() {
		return address;
	}

	public void setAddress(CustomerAddress address) {
		this.address = address == null ? new CustomerAddress() : address;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getClientId() {
		return clientId;
	}

	public void setClientId(String clientId) {
		this.clientId = clientId;
	}

	public String getClientSecret() {
		return clientSecret;
	}

	public void setClientSecret(String clientSecret) {
		this.clientSecret = clientSecret;
	}

	public MyInvoisEnvironment getEnvironment() {
		return environment;
	}

	public void setEnvironment(MyInvoisEnvironment environment) {
		this.environment = environment;
	}

	public String getOnBehalfOfTin() {
		return onBehalfOfTin;
	}

	public void setOnBehalfOfTin(String onBehalfOfTin) {
		this.onBehalfOfTin = onBehalfOfTin;
	}

	@Override
	public String toString() {
		return "SettingsDetails[tin=" + tin + ", environment=" + environment + "]";
	}

}
