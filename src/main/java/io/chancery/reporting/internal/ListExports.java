package io.chancery.reporting.internal;

import static io.chancery.reporting.internal.Column.date;
import static io.chancery.reporting.internal.Column.dateTime;
import static io.chancery.reporting.internal.Column.integer;
import static io.chancery.reporting.internal.Column.money;
import static io.chancery.reporting.internal.Column.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.chancery.shared.NotFoundException;

/** The lists that export to Excel, by the name in {@code /api/v1/exports/{name}.xlsx}. */
@Component
class ListExports {

	private final Map<String, ListExport> byName = new LinkedHashMap<>();

	ListExports() {
		add(new ListExport("customers", "Customers",
				List.of(integer("id", "Id"), text("kind", "Kind", 14), text("name", "Name", 36), text("email", "Email", 30),
						text("phone", "Phone", 18), text("nationality", "Nationality", 12),
						text("tradeLicence", "Trade licence", 20), integer("documents", "Current documents"),
						dateTime("createdAt", "Created")),
				"""
						select c.id, c.kind, c.name, c.email, c.phone, c.nationality, c.trade_licence_number,
						       (select count(*) from document d where d.customer_id = c.id and d.superseded_at is null),
						       c.created_at
						from customer c where c.company_id = :company and c.archived = false""",
				"c.created_at", true, "Created", "c.name, c.id"));
		add(new ListExport("documents", "Documents",
				List.of(integer("id", "Id"), text("type", "Type", 20), text("number", "Number", 20),
						text("customer", "Customer", 32), text("employee", "Employee", 28),
						text("issuingCountry", "Issuing country", 10), date("issueDate", "Issued"),
						date("expiryDate", "Expires"), text("status", "Status", 12), dateTime("createdAt", "Created")),
				"""
						select d.id, t.name, d.number, c.name, e.name, d.issuing_country, d.issue_date, d.expiry_date,
						       %s, d.created_at
						from document d
						join document_type t on t.id = d.type_id
						join customer c on c.id = d.customer_id
						left join employee e on e.id = d.employee_id
						where d.company_id = :company and %s""".formatted(DocumentStatusSql.STATUS, DocumentStatusSql.CURRENT),
				"d.expiry_date", false, "Expires", "d.expiry_date, d.id"));
		add(new ListExport("rentals", "Rentals",
				List.of(text("number", "Number", 14), text("customer", "Customer", 32), text("status", "Status", 14),
						date("startDate", "Start"), date("dueDate", "Due"), integer("items", "Items"),
						money("dailyRate", "Daily rate"), money("lateFees", "Late fees"),
						dateTime("checkedOutAt", "Checked out"), dateTime("returnedAt", "Returned")),
				"""
						select r.number, c.name, r.status, r.start_date, r.due_date,
						       (select count(*) from rental_item i where i.rental_id = r.id),
						       (select coalesce(sum(i.daily_rate), 0) from rental_item i where i.rental_id = r.id),
						       (select coalesce(sum(f.amount), 0) from rental_late_fee f
						          join rental_item i on i.id = f.rental_item_id where i.rental_id = r.id),
						       r.checked_out_at, r.returned_at
						from rental r join customer c on c.id = r.customer_id
						where r.company_id = :company""",
				"r.start_date", false, "Start", "r.start_date, r.id"));
		add(new ListExport("purchase-orders", "Purchase orders",
				List.of(text("number", "Number", 18), text("supplier", "Supplier", 32), text("status", "Status", 18),
						text("currency", "Currency", 9), date("expectedDelivery", "Expected delivery"),
						money("subtotal", "Subtotal"), money("tax", "Tax"), money("total", "Total"),
						text("createdBy", "Created by", 28), dateTime("createdAt", "Created"),
						dateTime("approvedAt", "Approved")),
				"""
						select o.number, s.name, o.status, o.currency, o.expected_delivery_date, o.subtotal, o.tax_total,
						       o.total, o.created_by, o.created_at, o.approved_at
						from purchase_order o join supplier s on s.id = o.supplier_id
						where o.company_id = :company""",
				"o.created_at", true, "Created", "o.created_at, o.id"));
	}

	private void add(ListExport export) {
		byName.put(export.name(), export);
	}

	ListExport get(String name) {
		ListExport export = byName.get(name);
		if (export == null) {
			throw new NotFoundException("Export list", name);
		}
		return export;
	}

	Set<String> names() {
		return byName.keySet();
	}

	List<ListExport> all() {
		return List.copyOf(byName.values());
	}

}
