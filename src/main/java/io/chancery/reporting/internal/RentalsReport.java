package io.chancery.reporting.internal;

import static io.chancery.reporting.internal.Column.integer;
import static io.chancery.reporting.internal.Column.money;
import static io.chancery.reporting.internal.Column.percent;
import static io.chancery.reporting.internal.Column.text;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Utilisation (booked item-days over available item-days in the range) and late fees charged in the
 * range, per equipment category; rentals overdue now (out past their due date).
 */
@Component
class RentalsReport implements Report {

	private final JdbcClient jdbc;

	RentalsReport(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "rentals";
	}

	@Override
	public String title() {
		return "Rentals";
	}

	@Override
	public ReportResult run(ReportQuery query) {
		Map<String, Object> params = query.params();
		params.put("days", ChronoUnit.DAYS.between(query.from(), query.to()) + 1);
		params.put("today", query.today());
		return result(query, List.of(
				ReportTable.query(jdbc, "by-category", "Utilisation and late fees by category",
						List.of(text("category", "Category", 20), integer("items", "Items"), integer("bookedDays", "Booked days"),
								percent("utilisation", "Utilisation"), money("lateFees", "Late fees")),
						Chart.bar("category", "utilisation"),
						"""
								select e.category, count(*), sum(b.days),
								  cast(sum(b.days) as numeric(19, 4)) / (count(*) * :days),
								  coalesce(sum(f.amount), 0)
								from equipment e
								join (select e2.id, (select count(*) from equipment_booking k where k.equipment_id = e2.id
								        and k.booked_on between :from and :to) as days
								      from equipment e2 where e2.company_id = :company) b on b.id = e.id
								left join (select i.equipment_id, sum(l.amount) as amount from rental_late_fee l
								      join rental_item i on i.id = l.rental_item_id
								      where l.company_id = :company and l.charged_at >= :fromAt and l.charged_at < :toAt
								      group by i.equipment_id) f on f.equipment_id = e.id
								where e.company_id = :company
								group by e.category order by e.category""",
						params),
				ReportTable.query(jdbc, "overdue", "Rentals overdue now",
						List.of(text("number", "Rental", 14), text("customer", "Customer", 32), Column.date("dueDate", "Due"),
								integer("items", "Items"), money("lateFees", "Late fees so far")),
						Chart.bar("number", "lateFees"),
						"""
								select r.number, c.name, r.due_date,
								  (select count(*) from rental_item i where i.rental_id = r.id),
								  (select coalesce(sum(l.amount), 0) from rental_late_fee l join rental_item i on i.id = l.rental_item_id
								     where i.rental_id = r.id)
								from rental r join customer c on c.id = r.customer_id
								where r.company_id = :company and r.status = 'RENTED' and r.due_date < :today
								order by r.due_date, r.number""",
						params)));
	}

}
