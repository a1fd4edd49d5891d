package io.chancery.rentals.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.chancery.rentals.InvoiceLine;

@Repository
public class InvoiceLines {

	private final JdbcClient jdbc;

	InvoiceLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the lines unless the rental has them already (a repeated close adds nothing). */
	public void saveOnce(long companyId, long rentalId, List<InvoiceLine> lines) {
		for (InvoiceLine line : lines) {
			jdbc.sql("""
					insert into rental_invoice_line (rental_id, line_no, company_id, kind, description, quantity, unit_price, amount)
					values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(rentalId, line.lineNo(), companyId, line.kind().name(), line.description(), line.quantity(),
						line.unitPrice(), line.amount())
				.update();
		}
	}

	public List<InvoiceLine> of(long companyId, long rentalId) {
		return jdbc.sql("""
				select line_no, kind, description, quantity, unit_price, amount from rental_invoice_line
				where company_id = ? and rental_id = ? order by line_no""")
			.params(companyId, rentalId)
			.query((rs, row) -> new InvoiceLine(rs.getInt(1), InvoiceLine.Kind.valueOf(rs.getString(2)), rs.getString(3),
					rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)))
			.list();
	}

}
