package io.chancery.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Numbering for any sequence of issues across companies, prefixes and years, some of which roll
 * back: each company, prefix and year counts 1, 2, 3 … without gaps, a rolled-back number is given
 * to the next issuer, and the format is PREFIX-YEAR-00000. Runs on the embedded mode's H2 database
 * with the real migrations (PostgreSQL runs the same SQL in DocumentNumbersTests).
 */
class DocumentNumbersPropertyTests {

	private static SingleConnectionDataSource database;

	private static DocumentNumbers numbers;

	private static TransactionTemplate transactions;

	@BeforeContainer
	static void migrate() {
		database = new SingleConnectionDataSource(
				"jdbc:h2:mem:numbering;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "", true);
		Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
		for (long id = 1; id <= 3; id++) {
			JdbcClient.create(database)
				.sql("insert into company (id, name, country, currency, time_zone, created_at) values (?, ?, 'AE', 'AED', 'Asia/Dubai', current_timestamp)")
				.params(id, "Company " + id)
				.update();
		}
		numbers = new DocumentNumbers(JdbcClient.create(database));
		transactions = new TransactionTemplate(new DataSourceTransactionManager(database));
	}

	@AfterContainer
	static void close() {
		database.destroy();
	}

	@BeforeTry
	void startCounting() {
		JdbcClient.create(database).sql("delete from document_number_sequence").update();
	}

	@Property(tries = 60)
	void everyCompanyPrefixAndYearCountsWithoutGaps(@ForAll("issues") List<Issue> issues) {
		Map<String, Integer> committed = new HashMap<>();

		for (Issue issue : issues) {
			String key = issue.companyId() + "/" + issue.prefix() + "/" + issue.year();
			String number = transactions.execute(status -> {
				String next = numbers.next(issue.companyId(), issue.prefix(), issue.year());
				if (issue.rolledBack()) {
					status.setRollbackOnly();
				}
				return next;
			});

			int expected = committed.getOrDefault(key, 0) + 1;
			assertThat(number).isEqualTo("%s-%d-%05d".formatted(issue.prefix(), issue.year(), expected));
			if (!issue.rolledBack()) {
				committed.put(key, expected);
			}
		}
	}

	@Provide
	Arbitrary<List<Issue>> issues() {
		return Combinators.combine(Arbitraries.longs().between(1, 3), Arbitraries.of("INV", "QUO", "PO"),
				Arbitraries.integers().between(2025, 2027), Arbitraries.integers().between(0, 4).map(roll -> roll == 0))
			.as(Issue::new)
			.list()
			.ofMaxSize(40);
	}

	record Issue(long companyId, String prefix, int year, boolean rolledBack) {
	}

}
