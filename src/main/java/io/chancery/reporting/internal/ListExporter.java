package io.chancery.reporting.internal;

import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.Company;
import io.chancery.tenancy.CompanyService;

/**
 * Streams a list from the database into an .xlsx. Rows come through a JDBC cursor: PostgreSQL only
 * honours the fetch size inside a transaction (with autocommit on it sends the whole result at once),
 * hence the read-only transaction around the query. Memory stays bounded by the fetch size plus
 * SXSSF's row window, whatever the row count.
 */
@Service
class ListExporter {

	static final int FETCH_SIZE = 1000;

	/** How often (in rows) progress is reported to a background job. */
	private static final int PROGRESS_EVERY = 1000;

	private final JdbcClient cursor;

	private final TransactionTemplate readOnly;

	private final CompanyService companies;

	private final ListExports lists;

	private final java.time.Clock clock;

	ListExporter(DataSource dataSource, PlatformTransactionManager transactions, CompanyService companies,
			ListExports lists, java.time.Clock clock) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.cursor = JdbcClient.create(template);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.companies = companies;
		this.lists = lists;
		this.clock = clock;
	}

	/** The list by name, for a job whose reader was checked when it started. */
	ListExport list(String name) {
		return lists.get(name);
	}

	/**
	 * Checks the name and the reader before anything is written, so an unknown list is a clean 404
	 * and a list the reader may not have a 403.
	 */
	ListExport list(String name, ChanceryUser reader) {
		ListExport list = list(name);
		if (!list.readableBy(reader)) {
			throw new AccessDeniedException("The " + list.title() + " export is for admins only");
		}
		return list;
	}

	/** Writes the list to {@code out} and returns the number of rows. */
	long export(long companyId, ListExport list, DateRange range, OutputStream out, LongConsumer progress) {
		Company company = companies.get(companyId);
		ZoneId zone = company.getTimeZone();
		Map<String, Object> params = new HashMap<>();
		String sql = sql(list, range, zone, companyId, LocalDate.now(clock.withZone(zone)), params);
		try (XlsxWriter xlsx = new XlsxWriter(company.getCurrency(), zone)) {
			XlsxWriter.SheetWriter sheet = xlsx.sheet(list.title(), list.columns());
			readOnly.executeWithoutResult(status -> cursor.sql(sql).params(params).query(rs -> {
				sheet.row(values(rs, list.columns()));
				if (sheet.rows() % PROGRESS_EVERY == 0) {
					progress.accept(sheet.rows());
				}
			}));
			sheet.finish();
			progress.accept(sheet.rows());
			Map<String, String> filters = new LinkedHashMap<>();
			filters.put("List", list.title());
			filters.put("Company", company.getName());
			filters.put(list.dateLabel() + " from", range.describe(range.from()));
			filters.put(list.dateLabel() + " to", range.describe(range.to()));
			filters.put("Rows", Long.toString(sheet.rows()));
			filters.put("Exported at", OffsetDateTime.now(clock.withZone(zone)).withNano(0).toString());
			xlsx.filters(filters);
			xlsx.write(out);
			return sheet.rows();
		}
	}

	/** The list's query for a company and range; fills {@code params} with what it binds. */
	static String sql(ListExport list, DateRange range, ZoneId zone, long companyId, LocalDate today,
			Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(list.select());
		params.put("company", companyId);
		params.put("today", today);
		if (range.from() != null) {
			sql.append(" and ").append(list.dateColumn()).append(" >= :from");
			params.put("from", list.dateIsInstant() ? startOf(range.from(), zone) : range.from());
		}
		if (range.to() != null) {
			sql.append(" and ").append(list.dateColumn()).append(list.dateIsInstant() ? " < :to" : " <= :to");
			params.put("to", list.dateIsInstant() ? startOf(range.to().plusDays(1), zone) : range.to());
		}
		return sql.append(" order by ").append(list.orderBy()).toString();
	}

	private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).toOffsetDateTime();
	}

	static Object[] values(ResultSet rs, List<Column> columns) throws SQLException {
		Object[] values = new Object[columns.size()];
		for (int i = 0; i < values.length; i++) {
			int index = i + 1;
			values[i] = switch (columns.get(i).type()) {
				case TEXT -> rs.getString(index);
				case INTEGER -> rs.getObject(index) == null ? null : rs.getLong(index);
				case DECIMAL, MONEY, PERCENT -> rs.getBigDecimal(index);
				case DATE -> rs.getObject(index, LocalDate.class);
				case DATE_TIME -> rs.getObject(index, OffsetDateTime.class);
			};
		}
		return values;
	}

}
