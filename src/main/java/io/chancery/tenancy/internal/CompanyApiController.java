package io.chancery.tenancy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.chancery.tenancy.ChanceryUser;
import io.chancery.tenancy.Company;
import io.chancery.tenancy.CompanyService;

@RestController
@RequestMapping("/api/v1/company")
class CompanyApiController {

	private final CompanyService companies;

	CompanyApiController(CompanyService companies) {
		this.companies = companies;
	}

	@GetMapping
	CompanySettings get(@AuthenticationPrincipal ChanceryUser me) {
		Company company = companies.get(me.companyId());
		return new CompanySettings(company.getId(), company.getName(), company.getLegalId(), company.getCountry(),
				company.getCurrency(), company.getTimeZone().getId(), companies.logoUrl(company).orElse(null));
	}

	/** Multipart field {@code file}: a PNG or JPEG of at most 1 MB. */
	@PutMapping(path = "/logo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	Logo changeLogo(@AuthenticationPrincipal ChanceryUser me, @RequestParam MultipartFile file) throws IOException {
		try (InputStream content = file.getInputStream()) {
			Company company = companies.changeLogo(me.companyId(), content, file.getSize());
			return new Logo(companies.logoUrl(company).orElseThrow());
		}
	}

	record CompanySettings(long id, String name, String legalId, String country, String currency, String timeZone,
			URI logoUrl) {
	}

	record Logo(URI logoUrl) {
	}

}
