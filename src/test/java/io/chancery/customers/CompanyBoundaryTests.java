package io.chancery.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import io.chancery.shared.TenantScope;
import io.chancery.support.ApiClient;
import io.chancery.support.ChanceryIntegrationTest;

/**
 * The company boundary held by the persistence layer itself: a query without {@code where
 * company_id}, a load by id and an insert for another company all stay inside the scope's company.
 */
@ChanceryIntegrationTest
class CompanyBoundaryTests {

	@LocalServerPort
	int port;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Test
	void aQueryWithoutACompanyConditionSeesOnlyTheScopesCompany() {
		long dubai = ApiClient.as(port, "staff@demo.chancery", "demo").companyId();
		long malaysia = ApiClient.as(port, "staff@demo-my.chancery", "demo").companyId();

		List<Long> seenFromDubai = TenantScope.of(dubai, () -> transactions.execute(status -> entityManager
			.createQuery("select distinct c.companyId from Customer c", Long.class).getResultList()));
		List<Long> seenByTheSystem = TenantScope.allCompanies(() -> transactions.execute(status -> entityManager
			.createQuery("select distinct c.companyId from Customer c", Long.class).getResultList()));

		assertThat(seenFromDubai).containsExactly(dubai);
		assertThat(seenByTheSystem).contains(dubai, malaysia);
	}

	@Test
	void loadingAnotherCompanysRowByIdFindsNothing() {
		long dubai = ApiClient.as(port, "staff@demo.chancery", "demo").companyId();
		long malaysia = ApiClient.as(port, "staff@demo-my.chancery", "demo").companyId();
		Long dubaiCustomer = TenantScope.of(dubai, () -> transactions.execute(status -> entityManager
			.createQuery("select c.id from Customer c order by c.id", Long.class).setMaxResults(1).getSingleResult()));

		Customer fromMalaysia = TenantScope.of(malaysia,
				() -> transactions.execute(status -> entityManager.find(Customer.class, dubaiCustomer)));
		Customer fromDubai = TenantScope.of(dubai,
				() -> transactions.execute(status -> entityManager.find(Customer.class, dubaiCustomer)));

		assertThat(fromMalaysia).isNull();
		assertThat(fromDubai.getCompanyId()).isEqualTo(dubai);
	}

	@Test
	void aRowForAnotherCompanyCannotBeInsertedFromInsideOneCompany() {
		long dubai = ApiClient.as(port, "staff@demo.chancery", "demo").companyId();
		long malaysia = ApiClient.as(port, "staff@demo-my.chancery", "demo").companyId();

		assertThatThrownBy(() -> TenantScope.run(malaysia, () -> transactions.executeWithoutResult(
				status -> entityManager.persist(new Customer(dubai, CustomerKind.INDIVIDUAL, clock.instant())))))
			.hasStackTraceContaining("assigned tenant id differs from current tenant id");
	}

}
