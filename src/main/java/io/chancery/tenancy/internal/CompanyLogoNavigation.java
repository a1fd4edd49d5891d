package io.chancery.tenancy.internal;

import java.net.URI;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.CompanyService;

/** Gives every page the company's logo URL for the navbar brand (null when there is none). */
@ControllerAdvice
class CompanyLogoNavigation {

	private final CompanyService companies;

	CompanyLogoNavigation(CompanyService companies) {
		this.companies = companies;
	}

	/** Lazy: read only when a page shows it, so API calls, which run this advice too, cost no query. */
	@ModelAttribute("companyLogoUrl")
	LazyContextVariable<URI> companyLogoUrl(@AuthenticationPrincipal ChanceryUser me) {
		return new LazyContextVariable<>() {

			@Override
			protected URI loadValue() {
				return me == null ? null : companies.logoUrl(companies.get(me.companyId())).orElse(null);
			}

		};
	}

}
