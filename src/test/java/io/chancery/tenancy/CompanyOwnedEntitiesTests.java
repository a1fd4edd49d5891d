package io.chancery.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.TenantId;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every entity that belongs to a company is filtered by the company boundary: a new one cannot forget
 * it. Rows keyed by the company itself (one settings or bookkeeping row per company, whose id is the
 * company id) are found by that key and cannot carry Hibernate's tenant marker on their id.
 */
class CompanyOwnedEntitiesTests {

	/**
	 * Entities outside the marker, each for a reason. An audit entry may belong to no company (a failed
	 * login with an e-mail no company knows), which the marker cannot store; it is written by listeners
	 * and read only by admins, always with their own company in the query.
	 */
	private static final List<String> EXEMPT = List.of("io.chancery.audit.internal.AuditEntry");

	@Test
	void everyEntityWithACompanyIdIsATenantEntity() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
		List<Class<?>> entities = scanner.findCandidateComponents("io.chancery").stream()
			.<Class<?>>map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), null))
			.toList();

		List<String> companyOwned = entities.stream()
			.filter(type -> companyIdField(type) != null)
			.map(Class::getName)
			.toList();
		List<String> unfiltered = entities.stream()
			.filter(type -> companyOwned.contains(type.getName()) && !EXEMPT.contains(type.getName()))
			.filter(type -> !companyIdField(type).isAnnotationPresent(TenantId.class)
					&& !companyIdField(type).isAnnotationPresent(Id.class))
			.map(Class::getName)
			.toList();

		assertThat(companyOwned).hasSizeGreaterThan(30);
		assertThat(unfiltered).isEmpty();
	}

	private static Field companyIdField(Class<?> type) {
		try {
			return type.getDeclaredField("companyId");
		}
		catch (NoSuchFieldException e) {
			return null;
		}
	}

}
