package io.chancery.purchasing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person enters about a supplier: the JSON body of the API and the page's form. */
public class SupplierDetails {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 100)
	private String registrationNumber;

	@Size(max = 100)
	private String taxNumber;

	@Size(max = 200)
	private String contactPerson;

	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 40)
	private String phone;

	@Size(max = 1000)
	private String address;

	/** Days from the supplier's invoice to payment; 30 when not given. */
	@Min(0)
	@Max(365)
	private Integer paymentTermsDays;

	@Size(max = 2000)
	private String notes;

	public static SupplierDetails of(Supplier supplier) {
		SupplierDetails details = new SupplierDetails();
		details.name = supplier.getName();
		details.registrationNumber = supplier.getRegistrationNumber();
		details.taxNumber = supplier.getTaxNumber();
		details.contactPerson = supplier.getContactPerson();
		details.email = supplier.getEmail();
		details.phone = supplier.getPhone();
		details.address = supplier.getAddress();
		details.paymentTermsDays = supplier.getPaymentTermsDays();
		details.notes = supplier.getNotes();
		return details;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getRegistrationNumber() {
		return registrationNumber;
	}

	public void setRegistrationNumber(String registrationNumber) {
		this.registrationNumber = registrationNumber;
	}

	public String getTaxNumber() {
		return taxNumber;
	}

	public void setTaxNumber(String taxNumber) {
		this.taxNumber = taxNumber;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = contactPerson;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Integer getPaymentTermsDays() {
		return paymentTermsDays;
	}

	public void setPaymentTermsDays(Integer paymentTermsDays) {
		this.paymentTermsDays = paymentTermsDays;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
