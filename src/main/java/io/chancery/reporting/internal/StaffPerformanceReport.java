package io.chancery.reporting.internal;

import static io.chancery.reporting.internal.Column.decimal;
import static io.chancery.reporting.internal.Column.integer;
import static io.chancery.reporting.internal.Column.text;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Per staff member: tasks completed in the range, of those how many after their due time, tasks
 * open and overdue now, document renewals recorded (a new version of a document), and invoices
 * issued in the range (billing's audit of the DRAFT → SENT move, whose actor is the person who pressed
 * Issue; an invoice the process issues after its review task counts under the process, the review
 * itself among the reviewer's tasks); per task type: the median time from a task's creation to its
 * completion. Staff see only their own rows.
 */
@Component
class StaffPerformanceReport implements Report {

	private final JdbcClient jdbc;

	StaffPerformanceReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "staff-performance";
	}

	@Override
	public String title() {
		return "Staff performance";
	}

	@Override
	public boolean openToStaff() {
		return true;
	}

	@Override
	public ReportResult run(ReportQuery query) {
		Map<String, Object> params = query.params();
		String onlyUser = "";
		String onlyTasks = "";
		if (query.onlyFor() != null) {
			params.put("me", query.onlyFor());
			onlyUser = " and u.email = :me";
			onlyTasks = " and t.completed_by = :me";
		}
		String completed = "t.company_id = :company and t.state = 'COMPLETED' and t.completed_at >= :fromAt and t.completed_at < :toAt";
		return result(query, List.of(
				ReportTable.query(jdbc, "by-person", "By staff member",
						List.of(text("person", "Staff member", 28), text("email", "Email", 30),
								integer("completed", "Tasks completed"), integer("completedLate", "Completed after due"),
								integer("overdue", "Open and overdue now"), integer("renewals", "Renewals recorded"),
								integer("invoicesIssued", "Invoices issued")),
						Chart.bar("person", "completed", "completedLate", "overdue", "renewals", "invoicesIssued"),
						"""
								select u.full_name, u.email,
								  (select count(*) from user_task t where %1$s and t.completed_by = u.email),
								  (select count(*) from user_task t where %1$s and t.completed_by = u.email and t.completed_at > t.due_at),
								  (select count(*) from user_task t where t.company_id = :company and t.state = 'OPEN'
								     and t.assignee = u.email and t.due_at < :now),
								  (select count(*) from document d where d.company_id = :company and d.previous_id is not null
								     and d.created_by = u.email and d.created_at >= :fromAt and d.created_at < :toAt),
								  (select count(*) from billing_audit a where a.company_id = :company and a.document_kind = 'INVOICE'
								     and a.to_status = 'SENT' and a.actor = u.email and a.at >= :fromAt and a.at < :toAt)
								from app_user u where u.company_id = :company%2$s order by u.full_name, u.email"""
							.formatted(completed, onlyUser),
						params),
				ReportTable.query(jdbc, "cycle-time", "Median cycle time by task type",
						List.of(text("task", "Task type", 32), integer("completed", "Completed"),
								decimal("medianHours", "Median hours")),
						Chart.bar("task", "medianHours"),
						"""
								select t.name, count(*), cast(percentile_cont(0.5) within group (order by
								  (extract(epoch from t.completed_at) - extract(epoch from t.created_at)) / 3600.0) as numeric(12, 2))
								from user_task t where %s%s group by t.name order by t.name""".formatted(completed, onlyTasks),
						params)));
	}

}
