package io.chancery.signatures.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.chancery.links.InvalidLinkException;
import io.chancery.shared.InvalidFieldException;
import io.chancery.signatures.Signature;
import io.chancery.tenancy.CompanyService;

/**
 * The public signing page, {@code /s/{token}}, made for a phone: what is being signed, a pad to sign
 * on, the signer's name. Whatever goes wrong, the customer gets a page saying so in plain words.
 */
@Controller
class SigningPageController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

	private final SigningService signing;

	private final CompanyService companies;

	SigningPageController(SigningService signing, CompanyService companies) {
		this.signing = signing;
		this.companies = companies;
	}

	@GetMapping("/s/{token}")
	String page(@PathVariable String token, Model model, HttpServletResponse response) {
		try {
			return signPage(token, signing.open(token), null, null, null, model);
		}
		catch (InvalidLinkException invalid) {
			return refused(invalid, model, response);
		}
	}

	@PostMapping("/s/{token}")
	String sign(@PathVariable String token, @RequestParam(defaultValue = "") String signerName,
			@RequestParam(name = "signature", defaultValue = "") String signature, Model model,
			HttpServletResponse response) {
		try {
			Signature signed = signing.sign(token, signerName, signature);
			return outcome(model, "Thank you, it is signed", "Signed by " + signed.signerName() + " on "
					+ when(signed) + ". You can close this page.", "signed");
		}
		catch (InvalidFieldException wrong) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			try {
				return signPage(token, signing.open(token), signerName, wrong.field(), wrong.getMessage(), model);
			}
			catch (InvalidLinkException invalid) {
				return refused(invalid, model, response);
			}
		}
		catch (InvalidLinkException invalid) {
			return refused(invalid, model, response);
		}
	}

	private String signPage(String token, SigningService.Signable signable, String signerName, String errorField, String error,
			Model model) {
		model.addAttribute("token", token);
		model.addAttribute("summary", signable.summary());
		model.addAttribute("companyName", companies.get(signable.request().companyId()).getName());
		model.addAttribute("signerName", signerName == null ? "" : signerName);
		model.addAttribute("errorField", errorField);
		model.addAttribute("error", error);
		return "signatures/sign";
	}

	private String refused(InvalidLinkException invalid, Model model, HttpServletResponse response) {
		if (invalid.reason() == InvalidLinkException.Reason.USED && invalid.link() != null) {
			var signature = signing.signatureGivenThrough(invalid.link());
			if (signature.isPresent()) {
				return outcome(model, "Already signed", "This document was already signed by "
						+ signature.get().signerName() + " on " + when(signature.get()) + ". Nothing more to do.", "already-signed");
			}
		}
		response.setStatus(HttpServletResponse.SC_GONE);
		String heading = switch (invalid.reason()) {
			case EXPIRED -> "Link expired";
			case USED -> "Link already used";
			case REVOKED -> "Link withdrawn";
			case MALFORMED, WRONG_PURPOSE -> "Link not valid";
		};
		return outcome(model, heading, invalid.getMessage(), "refused");
	}

	private String outcome(Model model, String heading, String message, String kind) {
		model.addAttribute("heading", heading);
		model.addAttribute("message", message);
		model.addAttribute("kind", kind);
		return "signatures/outcome";
	}

	private String when(Signature signature) {
		ZoneId zone = companies.get(signature.companyId()).getTimeZone();
		return WHEN.format(signature.signedAt().atZone(zone));
	}

}
