package io.chancery.tenancy.internal;

import java.util.Map;

import org.hibernate.cfg.AvailableSettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.chancery.shared.TenantScope;
import io.chancery.tenancy.ChanceryUser;

/**
 * Tells Hibernate the company of each new session, which then adds {@code company_id = ?} to every
 * query and load of a {@code @TenantId} entity and stamps it on every insert: an explicit
 * {@link TenantScope} first, else the logged-in user's company, else every company (the root tenant,
 * for work that runs for no user: start-up, schedulers, engine job workers, link pages).
 */
@Component
class CompanyTenantResolver implements CurrentTenantIdentifierResolver<Long>, HibernatePropertiesCustomizer {

	@Override
	public Long resolveCurrentTenantIdentifier() {
		Long scope = TenantScope.current();
		if (scope != null) {
			return scope;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ChanceryUser user) {
			return user.companyId();
		}
		return TenantScope.ALL_COMPANIES;
	}

	@Override
	public boolean isRoot(Long tenantId) {
		return Long.valueOf(TenantScope.ALL_COMPANIES).equals(tenantId);
	}

	/** Sessions live for one transaction; nothing reuses one across a change of user. */
	@Override
	public boolean validateExistingCurrentSessions() {
		return false;
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put(AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
	}

}
