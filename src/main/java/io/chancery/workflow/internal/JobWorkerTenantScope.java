package io.chancery.workflow.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.chancery.shared.TenantScope;

/**
 * Every job worker runs in the company of its process instance (the {@code companyId} variable each
 * Chancery process carries), so a worker's queries see that company's rows only, exactly as a
 * logged-in user's do. Workers of processes that belong to no company (the scan of all companies due)
 * have no such variable and run across companies. Outermost advice: the scope must be set before a
 * transaction opens its session.
 */
@Configuration(proxyBeanMethods = false)
class JobWorkerTenantScope {

	static final String COMPANY_VARIABLE = "companyId";

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor jobWorkerTenantScopeAdvisor() {
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
				AnnotationMatchingPointcut.forMethodAnnotation(JobWorker.class), new InCompanyOfTheJob());
		advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return advisor;
	}

	static final class InCompanyOfTheJob implements MethodInterceptor {

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			Long companyId = companyId(invocation.getMethod(), invocation.getArguments());
			return companyId == null ? invocation.proceed() : TenantScope.of(companyId, invocation::proceed);
		}

		static Long companyId(Method method, Object[] arguments) {
			Parameter[] parameters = method.getParameters();
			for (int i = 0; i < parameters.length; i++) {
				Object argument = arguments[i];
				if (argument instanceof ActivatedJob job) {
					return asCompanyId(job.getVariablesAsMap());
				}
				if (COMPANY_VARIABLE.equals(variableName(parameters[i])) && argument instanceof Number number) {
					return number.longValue();
				}
			}
			return null;
		}

		private static String variableName(Parameter parameter) {
			Variable variable = parameter.getAnnotation(Variable.class);
			if (variable == null) {
				return null;
			}
			String named = !variable.name().isEmpty() ? variable.name() : variable.value();
			return named.isEmpty() ? parameter.getName() : named;
		}

		private static Long asCompanyId(Map<String, Object> variables) {
			return variables.get(COMPANY_VARIABLE) instanceof Number number ? number.longValue() : null;
		}

	}

}
