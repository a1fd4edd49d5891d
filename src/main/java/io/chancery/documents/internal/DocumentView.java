package io.chancery.documents.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.chancery.documents.DocumentStatus;

/** A document as pages and the API show it: with its type, owner's names and today's status. */
public record DocumentView(long id, String typeCode, String typeName, long customerId, String customerName,
		Long employeeId, String employeeName, String number, String issuingCountry, String issuingAuthority,
		LocalDate issueDate, LocalDate expiryDate, Long daysLeft, DocumentStatus status, String notes, Long previousId,
		Instant renewalStartedAt, Instant supersededAt, Instant createdAt, String createdBy, Instant updatedAt) {
}
