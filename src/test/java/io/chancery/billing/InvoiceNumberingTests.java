package io.chancery.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;
import io.chancery.tenancy.Company;
import io.chancery.tenancy.CompanyService;
import io.chancery.tenancy.Role;
import io.chancery.tenancy.UserAccountService;

/**
 * Issuing assigns gapless numbers under concurrency: 20 drafts issued by 20 simultaneous HTTP
 * requests get 20 distinct, consecutive numbers. A company of its own keeps other tests' invoices out.
 */
@ChanceryIntegrationTest
class InvoiceNumberingTests {

	@LocalServerPort
	int port;

	@Autowired
	CompanyService companies;

	@Autowired
	UserAccountService users;

	@Test
	void twentyParallelIssuesGetTwentyConsecutiveNumbers() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Company company = companies.ensureExists("Numbering " + suffix, "N-" + suffix, "AE", "AED", ZoneId.of("Asia/Dubai"));
		String email = "numbering-" + suffix + "@example.com";
		users.create(company.getId(), email, "Numbering staff", "secret-" + suffix, EnumSet.of(Role.STAFF));
		ApiClient staff = ApiClient.as(port, email, "secret-" + suffix);
		long customerId = BillingFixtures.customer(staff, "n-" + suffix + "@example.com");
		List<Long> drafts = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			drafts.add(BillingFixtures.draftInvoice(staff, customerId));
		}

		List<Callable<String>> issues = drafts.stream()
			.<Callable<String>>map(id -> () -> {
				var issued = staff.post("/api/v1/invoices/" + id + "/issue", "");
				assertThat(issued.status()).as(issued.body()).isEqualTo(200);
				return issued.json().get("number").asText();
			})
			.toList();
		List<String> numbers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(20)) {
			for (Future<String> number : pool.invokeAll(issues)) {
				numbers.add(number.get());
			}
		}

		Collections.sort(numbers);
		String year = numbers.get(0).substring(4, 8);
		List<String> expected = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			expected.add("INV-%s-%05d".formatted(year, i));
		}
		assertThat(numbers).containsExactlyElementsOf(expected);
	}

}
