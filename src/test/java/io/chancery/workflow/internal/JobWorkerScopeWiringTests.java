package io.chancery.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

import io.camunda.client.annotation.JobWorker;
import io.chancery.support.ChanceryIntegrationTest;

/** In the running application every job worker bean carries the company-scope advice. */
@ChanceryIntegrationTest
class JobWorkerScopeWiringTests {

	@Autowired
	ApplicationContext context;

	@Test
	void everyJobWorkerBeanRunsInItsJobsCompany() {
		List<Object> workers = Arrays.stream(context.getBeanDefinitionNames())
			.map(context::getBean)
			.filter(bean -> Arrays.stream(ClassUtils.getUserClass(bean).getMethods())
				.anyMatch(method -> method.isAnnotationPresent(JobWorker.class)))
			.toList();

		assertThat(workers).hasSizeGreaterThan(20);
		assertThat(workers).allSatisfy(worker -> assertThat(worker).isInstanceOf(Advised.class)
			.extracting(bean -> Arrays.stream(((Advised) bean).getAdvisors())
				.anyMatch(advisor -> advisor.getAdvice() instanceof JobWorkerTenantScope.InCompanyOfTheJob))
			.isEqualTo(true));
	}

}
