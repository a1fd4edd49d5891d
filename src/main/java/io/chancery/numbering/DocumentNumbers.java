package io.chancery.numbering;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out numbers such as {@code INV-2026-00001}: per company, prefix and year, consecutive and
 * without gaps. Tax authorities ask for gapless invoice numbers, so a number belongs to the
 * transaction that issues the document: if that rolls back, the number is given to the next issuer.
 */
@Service
public class DocumentNumbers {

	private final JdbcClient jdbc;

	DocumentNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The next number. Concurrent issuers of the same prefix and year wait for each other until the
	 * first commits, so keep the rest of the issuing transaction short.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String next(long companyId, String prefix, int year) {
		if (!prefix.matches("[A-Z]{2,10}")) {
			throw new IllegalArgumentException("A number prefix is 2 to 10 capital letters, not '" + prefix + "'");
		}
		// Plain SQL that PostgreSQL and H2 both run: create the year's row once, then take the row lock.
		jdbc.sql("""
				insert into document_number_sequence (company_id, prefix, issue_year, last_value) values (?, ?, ?, 0)
				on conflict do nothing""").params(companyId, prefix, year).update();
		jdbc.sql("update document_number_sequence set last_value = last_value + 1 where company_id = ? and prefix = ? and issue_year = ?")
			.params(companyId, prefix, year)
			.update();
		int value = jdbc.sql("select last_value from document_number_sequence where company_id = ? and prefix = ? and issue_year = ?")
			.params(companyId, prefix, year)
			.query(Integer.class)
			.single();
		return "%s-%d-%05d".formatted(prefix, year, value);
	}

}
