package io.chancery.documents.internal;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.chancery.documents.DocumentType;
import io.chancery.documents.DocumentTypeService;
import io.chancery.tenancy.ChanceryUser;

/** The company's document types; managers add their own. */
@RestController
@RequestMapping("/api/v1/document-types")
class DocumentTypeApiController {

	private final DocumentTypeService types;

	DocumentTypeApiController(DocumentTypeService types) {
		this.types = types;
	}

	@GetMapping
	List<TypeView> list(@AuthenticationPrincipal ChanceryUser me) {
		return types.list(me.companyId()).stream().map(TypeView::of).toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	TypeView create(@AuthenticationPrincipal ChanceryUser me, @RequestBody NewType type) {
		return TypeView.of(types.create(me.companyId(), type.code(), type.name(), type.expires() == null || type.expires(),
				type.numberPattern(), type.numberHint(), type.expiringWindowDays()));
	}

	record NewType(@NotBlank String code, @NotBlank String name, Boolean expires, String numberPattern,
			String numberHint, Integer expiringWindowDays) {
	}

	record TypeView(String code, String name, boolean expires, String numberPattern, String numberHint,
			int expiringWindowDays) {

		static TypeView of(DocumentType t) {
			return new TypeView(t.getCode(), t.getName(), t.isExpires(), t.getNumberPattern(), t.getNumberHint(),
					t.getExpiringWindowDays());
		}

	}

}
