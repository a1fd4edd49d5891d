package io.chancery.documents;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person enters about a document: the JSON body of the API and the page's form. Type and
 * owner (customer, or employee) are fixed once created; for a renewal only number and dates count.
 */
public class DocumentDetails {

	@Size(max = 40)
	private String typeCode;

	private Long customerId;

	private Long employeeId;

	@NotBlank
	@Size(max = 100)
	private String number;

	@Pattern(regexp = "^$|[A-Za-z]{2}", message = "must be a two-letter country code such as AE")
	private String issuingCountry;

	@Size(max = 200)
	private String issuingAuthority;

	private LocalDate issueDate;

	private LocalDate expiryDate;

	@Size(max = 2000)
	private String notes;

	public static DocumentDetails of(Document document, DocumentType type) {
		DocumentDetails details = new DocumentDetails();
		details.typeCode = type.getCode();
		details.customerId = document.getCustomerId();
		details.employeeId = document.getEmployeeId();
		details.number = document.getNumber();
		details.issuingCountry = document.getIssuingCountry();
		details.issuingAuthority = document.getIssuingAuthority();
		details.issueDate = document.getIssueDate();
		details.expiryDate = document.getExpiryDate();
		details.notes = document.getNotes();
		return details;
	}

	public String getTypeCode() {
		return typeCode;
	}

	public void setTypeCode(String typeCode) {
		this.typeCode = typeCode;
	}

	public Long getCustomerId() {
		return customerId;
	}

	public void setCustomerId(Long customerId) {
		this.customerId = customerId;
	}

	public Long getEmployeeId() {
		return employeeId;
	}

	public void setEmployeeId(Long employeeId) {
		this.employeeId = employeeId;
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getIssuingCountry() {
		return issuingCountry;
	}

	public void setIssuingCountry(String issuingCountry) {
		this.issuingCountry = issuingCountry;
	}

	public String getIssuingAuthority() {
		return issuingAuthority;
	}

	public void setIssuingAuthority(String issuingAuthority) {
		this.issuingAuthority = issuingAuthority;
	}

	public LocalDate getIssueDate() {
		return issueDate;
	}

	public void setIssueDate(LocalDate issueDate) {
		this.issueDate = issueDate;
	}

	public LocalDate getExpiryDate() {
		return expiryDate;
	}

	public void setExpiryDate(LocalDate expiryDate) {
		this.expiryDate = expiryDate;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
