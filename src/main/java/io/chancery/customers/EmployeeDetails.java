package io.chancery.customers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person enters about an employee: the JSON body of the API and the page's form. */
public class EmployeeDetails {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Pattern(regexp = "^$|[A-Za-z]{2}", message = "must be a two-letter country code such as IN")
	private String nationality;

	@Size(max = 200)
	private String position;

	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 40)
	private String phone;

	public static EmployeeDetails of(Employee employee) {
		EmployeeDetails details = new EmployeeDetails();
		details.name = employee.getName();
		details.nationality = employee.getNationality();
		details.position = employee.getPosition();
		details.email = employee.getEmail();
		details.phone = employee.getPhone();
		return details;
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

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
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

}
