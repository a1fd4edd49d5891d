package io.chancery.tenancy.internal;

import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.Company;
import io.chancery.tenancy.CompanyService;
import io.chancery.tenancy.Role;

@RestController
class MeApiController {

	private final CompanyService companies;

	MeApiController(CompanyService companies) {
		this.companies = companies;
	}

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal ChanceryUser user) {
		Company company = companies.get(user.companyId());
		return new Me(new Me.User(user.id(), user.email(), user.fullName()),
				new Me.CompanyView(company.getId(), company.getName(), company.getCountry(), company.getCurrency(),
						company.getTimeZone().getId()),
				user.roles());
	}

	record Me(User user, CompanyView company, Set<Role> roles) {

		record User(long id, String email, String fullName) {
		}

		record CompanyView(long id, String name, String country, String currency, String timeZone) {
		}

	}

}
