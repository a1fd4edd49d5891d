package io.chancery.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.chancery.shared.TenantScope;

/** A job worker sees the company of its job while it runs, and only then. */
class JobWorkerTenantScopeTests {

	@Test
	void aWorkerRunsInTheCompanyOfItsCompanyIdVariable() {
		Worker worker = proxied(new Worker());

		assertThat(worker.handle(42L, 7L)).isEqualTo(42L);
		assertThat(worker.handleNamed(43L)).isEqualTo(43L);
		assertThat(TenantScope.current()).isNull();
	}

	@Test
	void aWorkerWithoutACompanyRunsWithoutAScope() {
		assertThat(proxied(new Worker()).scanAllCompanies()).isNull();
	}

	private static Worker proxied(Worker target) {
		ProxyFactory factory = new ProxyFactory(target);
		factory.setProxyTargetClass(true);
		factory.addAdvisor(JobWorkerTenantScope.jobWorkerTenantScopeAdvisor());
		return (Worker) factory.getProxy();
	}

	static class Worker {

		@JobWorker(type = "test-handle")
		public Long handle(@Variable long companyId, @Variable long invoiceId) {
			return TenantScope.current();
		}

		@JobWorker(type = "test-named")
		public Long handleNamed(@Variable(name = "companyId") long id) {
			return TenantScope.current();
		}

		@JobWorker(type = "test-scan")
		public Long scanAllCompanies() {
			return TenantScope.current();
		}

	}

}
