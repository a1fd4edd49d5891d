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
import io.chancery.tenancy.ChanceryUser;

/**
 * The lists that export to Excel, by the name in {@code /api/v1/exports/{name}.xlsx}. Joins are on ids
 * alone: repeating the company on the joined table makes PostgreSQL multiply two conditions that say
 * the same thing, underestimate the rows by 50 times at scale and pick nested loops for 100 000-row lists.
 */
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
						select c.id, c.kind, c.name, c.email, c.phone, c.nationality, c.trade_licence_number, coalesce(d.current_count, 0),
						       c.created_at
						from customer c
						left join (select d.customer_id, count(*) as current_count from document d
						    where d.company_id = :company and d.superseded_at is null group by d.customer_id) d on d.customer_id = c.id
						where c.company_id = :company and c.archived = false""",
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
		addBilling();
		// the company-wide audit log (module audit): admins only
		add(new ListExport("audit", "Audit log",
				List.of(dateTime("at", "Time"), text("actorKind", "Actor kind", 11), text("actor", "Actor", 30),
						text("action", "Action", 24), text("entityType", "Entity", 18), integer("entityId", "Entity id"),
						text("summary", "Summary", 60), text("details", "Details", 60), text("sourceIp", "Source IP", 16)),
				"""
						select a.at, a.actor_kind, a.actor_name, a.action, a.entity_type, a.entity_id, a.summary, a.details,
						       a.source_ip
						from audit_entry a where a.company_id = :company""",
				"a.at", true, "Time", "a.at, a.id", true));
	}

	/** Billing's lists; money in the company's currency (billing invoices in it). */
	private void addBilling() {
		add(new ListExport("quotes", "Quotes",
				List.of(text("number", "Number", 18), integer("revision", "Revision"), text("customer", "Customer", 32),
						text("status", "Status", 18), text("currency", "Currency", 9), date("validUntil", "Valid until"),
						money("subtotal", "Subtotal"), money("discount", "Discount"), money("tax", "Tax"),
						money("total", "Total"), text("sentBy", "Sent by", 28), dateTime("sentAt", "Sent"),
						text("decidedBy", "Decided by", 28), text("createdBy", "Created by", 28),
						dateTime("createdAt", "Created")),
				"""
						select q.number, q.revision, c.name, q.status, q.currency, q.valid_until, q.subtotal, q.discount_total,
						       q.tax_total, q.total, q.sent_by, q.sent_at, q.decided_by_name, q.created_by, q.created_at
						from quote q join customer c on c.id = q.customer_id
						where q.company_id = :company""",
				"q.created_at", true, "Created", "q.created_at, q.id"));
		// by issue date: drafts (not issued) appear only when no range is given
		add(new ListExport("invoices", "Invoices",
				List.of(text("number", "Number", 18), text("customer", "Customer", 32), text("status", "Status", 12),
						text("currency", "Currency", 9), date("issueDate", "Issued"), date("dueDate", "Due"),
						money("subtotal", "Subtotal"), money("discount", "Discount"), money("tax", "Tax"),
						money("total", "Total"), money("paid", "Paid"), money("balance", "Balance due"),
						text("source", "Source", 24), text("createdBy", "Created by", 28), dateTime("createdAt", "Created")),
				"""
						select i.number, c.name, i.status, i.currency, i.issue_date, i.due_date, i.subtotal, i.discount_total,
						       i.tax_total, i.total, i.amount_paid, i.total - i.amount_paid - i.amount_credited, i.source, i.created_by, i.created_at
						from invoice i join customer c on c.id = i.customer_id
						where i.company_id = :company""",
				"i.issue_date", false, "Issued", "i.issue_date, i.id"));
		add(new ListExport("payments", "Payments",
				List.of(text("invoice", "Invoice", 18), text("customer", "Customer", 32), date("paidOn", "Paid on"),
						money("amount", "Amount"), text("method", "Method", 16), text("reference", "Reference", 24),
						text("recordedBy", "Recorded by", 28), dateTime("recordedAt", "Recorded")),
				"""
						select i.number, c.name, p.paid_on, p.amount, p.method, p.reference, p.recorded_by, p.recorded_at
						from payment p join invoice i on i.id = p.invoice_id join customer c on c.id = i.customer_id
						where p.company_id = :company""",
				"p.paid_on", false, "Paid on", "p.paid_on, p.id"));
		add(new ListExport("expenses", "Expenses",
				List.of(text("invoice", "Invoice", 18), text("customer", "Customer", 32), text("description", "Description", 40),
						text("supplier", "Supplier", 24), money("amount", "Amount"), text("receipt", "Receipt", 24),
						text("recordedBy", "Recorded by", 28), dateTime("recordedAt", "Recorded")),
				"""
						select i.number, c.name, e.description, e.supplier, e.amount, e.receipt_name, e.recorded_by, e.recorded_at
						from expense e join invoice i on i.id = e.invoice_id join customer c on c.id = i.customer_id
						where e.company_id = :company""",
				"e.recorded_at", true, "Recorded", "e.recorded_at, e.id"));
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

	List<ListExport> readableBy(ChanceryUser reader) {
		return byName.values().stream().filter(list -> list.readableBy(reader)).toList();
	}

}
