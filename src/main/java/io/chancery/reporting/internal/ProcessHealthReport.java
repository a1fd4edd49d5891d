package io.chancery.reporting.internal;

import static io.chancery.reporting.internal.Column.integer;
import static io.chancery.reporting.internal.Column.text;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Process instances started in the range per process, by state now, and how many of them have an
 * open incident (monitoring's read model, whose flag it keeps in step with the incidents).
 */
@Component
class ProcessHealthReport implements Report {

	private final JdbcClient jdbc;

	ProcessHealthReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "process-health";
	}

	@Override
	public String title() {
		return "Process health";
	}

	@Override
	public ReportResult run(ReportQuery query) {
		return result(query, List.of(ReportTable.query(jdbc, "by-process", "Instances started, by process",
				List.of(text("process", "Process", 32), integer("started", "Started"), integer("active", "Active"),
						integer("completed", "Completed"), integer("terminated", "Terminated"),
						integer("incidents", "With open incident")),
				Chart.stacked("process", "active", "completed", "terminated"),
				"""
						select p.bpmn_process_id, count(*),
						  sum(case when p.state = 'ACTIVE' then 1 else 0 end),
						  sum(case when p.state = 'COMPLETED' then 1 else 0 end),
						  sum(case when p.state = 'TERMINATED' then 1 else 0 end),
						  sum(case when p.incident then 1 else 0 end)
						from process_instance p
						where p.company_id = :company and p.started_at >= :fromAt and p.started_at < :toAt
						group by p.bpmn_process_id order by p.bpmn_process_id""",
				query.params())));
	}

}
