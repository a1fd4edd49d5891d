package io.chancery.documents.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import io.chancery.customers.CustomerService;
import io.chancery.documents.Document;
import io.chancery.documents.DocumentService;
import io.chancery.documents.DocumentType;

/** Turns documents into views; one instance per request remembers the names it already looked up. */
@Component
class DocumentViews {

	private final DocumentService documents;

	private final CustomerService customers;

	private final DocumentTypeRepository types;

	DocumentViews(DocumentService documents, CustomerService customers, DocumentTypeRepository types) {
		this.documents = documents;
		this.customers = customers;
		this.types = types;
	}

	Renderer forCompany(long companyId) {
		return new Renderer(companyId, documents.today(companyId));
	}

	/**
	 * For a list: the names its rows show are read up front, a query each for types, customers and
	 * employees, instead of a query per distinct name as rows are rendered.
	 */
	Renderer forCompany(long companyId, LocalDate today, List<Document> rows) {
		Renderer renderer = new Renderer(companyId, today);
		if (!rows.isEmpty()) {
			types.findByCompanyIdOrderByName(companyId).forEach(type -> renderer.typeById.put(type.getId(), type));
			renderer.customerNames.putAll(
					customers.customerNames(companyId, rows.stream().map(Document::getCustomerId).distinct().toList()));
			List<Long> employeeIds = rows.stream().map(Document::getEmployeeId).filter(Objects::nonNull).distinct().toList();
			if (!employeeIds.isEmpty()) {
				// a call costs a transaction even when there is nothing to read
				renderer.employeeNames.putAll(customers.employeeNames(companyId, employeeIds));
			}
		}
		return renderer;
	}

	class Renderer {

		private final long companyId;

		private final LocalDate today;

		private final Map<Long, DocumentType> typeById = new HashMap<>();

		private final Map<Long, String> customerNames = new HashMap<>();

		private final Map<Long, String> employeeNames = new HashMap<>();

		Renderer(long companyId, LocalDate today) {
			this.companyId = companyId;
			this.today = today;
		}

		DocumentView view(Document d) {
			DocumentType type = typeById.computeIfAbsent(d.getTypeId(), id -> types.findById(id).orElseThrow());
			String customer = customerNames.computeIfAbsent(d.getCustomerId(), id -> customers.get(companyId, id).getName());
			String employee = d.getEmployeeId() == null ? null
					: employeeNames.computeIfAbsent(d.getEmployeeId(), id -> customers.employee(companyId, id).getName());
			return new DocumentView(d.getId(), type.getCode(), type.getName(), d.getCustomerId(), customer,
					d.getEmployeeId(), employee, d.getNumber(), d.getIssuingCountry(), d.getIssuingAuthority(),
					d.getIssueDate(), d.getExpiryDate(), d.daysLeft(today), d.status(today), d.getNotes(),
					d.getPreviousId(), d.getRenewalStartedAt(), d.getSupersededAt(), d.getCreatedAt(), d.getCreatedBy(),
					d.getUpdatedAt());
		}

	}

}
