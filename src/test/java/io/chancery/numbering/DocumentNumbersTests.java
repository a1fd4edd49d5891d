package io.chancery.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.tenancy.CompanyService;

@ChanceryIntegrationTest
class DocumentNumbersTests {

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	CompanyService companies;

	long dubai;

	long malaysia;

	/** A prefix of its own per test, so the counts do not depend on other tests. */
	String prefix;

	@BeforeEach
	void pickCompaniesAndPrefix() {
		dubai = companies.all().get(0).getId();
		malaysia = companies.all().get(1).getId();
		prefix = "T" + IntStream.range(0, 6)
			.mapToObj(i -> String.valueOf((char) ('A' + ThreadLocalRandom.current().nextInt(26))))
			.reduce("", String::concat);
	}

	@Test
	void numbersCountPerCompanyPrefixAndYear() {
		assertThat(next(dubai, 2026)).isEqualTo(prefix + "-2026-00001");
		assertThat(next(dubai, 2026)).isEqualTo(prefix + "-2026-00002");
		assertThat(next(malaysia, 2026)).isEqualTo(prefix + "-2026-00001");
		assertThat(next(dubai, 2027)).isEqualTo(prefix + "-2027-00001");
		assertThat(next(dubai, 2026)).isEqualTo(prefix + "-2026-00003");
	}

	@Test
	void aRolledBackIssueGivesItsNumberToTheNextIssuer() {
		assertThat(next(dubai, 2026)).isEqualTo(prefix + "-2026-00001");

		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			assertThat(numbers.next(dubai, prefix, 2026)).isEqualTo(prefix + "-2026-00002");
			throw new IllegalStateException("the invoice could not be issued");
		})).hasMessage("the invoice could not be issued");

		assertThat(next(dubai, 2026)).isEqualTo(prefix + "-2026-00002");
	}

	@Test
	void twentyConcurrentIssuersGetTwentyConsecutiveNumbers() {
		List<String> numbersGiven;
		// a thread per issuer, so all twenty really wait on each other
		try (ExecutorService issuers = Executors.newFixedThreadPool(20)) {
			List<CompletableFuture<String>> issued = IntStream.range(0, 20)
				.mapToObj(i -> CompletableFuture.supplyAsync(() -> next(dubai, 2026), issuers))
				.toList();
			numbersGiven = issued.stream().map(CompletableFuture::join).sorted().toList();
		}

		assertThat(numbersGiven).containsExactlyElementsOf(
				IntStream.rangeClosed(1, 20).mapToObj(n -> "%s-2026-%05d".formatted(prefix, n)).toList());
	}

	@Test
	void aNumberIsOnlyGivenInsideTheIssuingTransaction() {
		assertThatThrownBy(() -> numbers.next(dubai, prefix, 2026)).isInstanceOf(IllegalTransactionStateException.class);
		assertThatThrownBy(() -> next(dubai, 2026, "inv")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> next(dubai, 2026, "INV-")).isInstanceOf(IllegalArgumentException.class);
		assertThat(next(dubai, 2026)).isEqualTo(prefix + "-2026-00001");
	}

	private String next(long companyId, int year) {
		return next(companyId, year, prefix);
	}

	private String next(long companyId, int year, String prefix) {
		return transaction.execute(status -> numbers.next(companyId, prefix, year));
	}

}
