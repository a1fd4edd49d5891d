package io.chancery.customers;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person enters about a customer: the JSON body of the API and the page's form. */
public class CustomerDetails {

	@NotNull
	private CustomerKind kind;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Pattern(regexp = "^$|[A-Za-z]{2}", message = "must be a two-letter country code such as AE")
	private String nationality;

	@Past
	private LocalDate dateOfBirth;

	@Size(max = 100)
	private String tradeLicenceNumber;

	@Size(max = 200)
	private String contactPerson;

	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 40)
	private String phone;

	@Pattern(regexp = "^$|[A-Za-z]{2}", message = "must be a two-letter language code such as en or ar")
	private String preferredLanguage;

	@Size(max = 2000)
	private String notes;

	/** MyInvois tax identification number, e.g. C25845632020 or IG12345678901. */
	@Pattern(regexp = "^$|[A-Za-z]{1,2}[0-9]{9,12}", message = "must be a TIN such as C25845632020 or IG12345678901")
	private String tin;

	private CustomerIdType idType;

	@Size(max = 20)
	private String idValue;

	@Size(max = 35)
	private String sstNumber;

	@Valid
	private CustomerAddress address = new CustomerAddress();

	public static CustomerDetails of(Customer customer) {
		CustomerDetails details = new CustomerDetails();
		details.kind = customer.getKind();
		details.name = customer.getName();
		details.nationality = customer.getNationality();
		details.dateOfBirth = customer.getDateOfBirth();
		details.tradeLicenceNumber = customer.getTradeLicenceNumber();
		details.contactPerson = customer.getContactPerson();
		details.email = customer.getEmail();
		details.phone = customer.getPhone();
		details.preferredLanguage = customer.getPreferredLanguage();
		details.notes = customer.getNotes();
		details.tin = customer.getTin();
		details.idType = customer.getIdType();
		details.idValue = customer.getIdValue();
		details.sstNumber = customer.getSstNumber();
		details.address = customer.getAddress() == null ? new CustomerAddress() : customer.getAddress().normalised();
		return details;
	}

	public CustomerKind getKind() {
		return kind;
	}

	public void setKind(CustomerKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNationality() {
		return nationality;
	}

	public void setNationality(String nationality) {
		this.nationality = nationality;
	}

	public LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	public void setDateOfBirth(LocalDate dateOfBirth) {
		this.dateOfBirth = dateOfBirth;
	}

	public String getTradeLicenceNumber() {
		return tradeLicenceNumber;
	}

	public void setTradeLicenceNumber(String tradeLicenceNumber) {
		this.tradeLicenceNumber = tradeLicenceNumber;
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

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public void setPreferredLanguage(String preferredLanguage) {
		this.preferredLanguage = preferredLanguage;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getTin() {
		return tin;
	}

	public void setTin(String tin) {
		this.tin = tin;
	}

	public CustomerIdType getIdType() {
		return idType;
	}

	public void setIdType(CustomerIdType idType) {
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

	public CustomerAddress getAddress() {
		return address;
	}

	public void setAddress(CustomerAddress address) {
		this.address = address == null ? new CustomerAddress() : address;
	}

}
