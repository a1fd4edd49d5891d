package io.chancery.notifications;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import io.chancery.tenancy.Company;
import io.chancery.tenancy.CompanyService;

/**
 * The plain e-mail a company sends to people outside it (customers, suppliers): the company's name and
 * logo, a greeting, a paragraph, a few facts and an optional button, from
 * {@code templates/mail/business-document.html}. Queued through {@link Mail}, so the same rules hold:
 * in the caller's transaction, once per key and address, any attachment made when it is sent.
 */
@Service
public class BusinessMail {

	/**
	 * @param actionUrl a path of the app ({@code /q/…}) or an absolute URL; null for no button
	 */
	public record Content(String subject, String greeting, String intro, Map<String, String> facts, String actionUrl,
			String actionLabel) {
	}

	private final Mail mail;

	private final ITemplateEngine templates;

	private final CompanyService companies;

	private final URI publicUrl;

	BusinessMail(Mail mail, ITemplateEngine templates, CompanyService companies,
			@Value("${chancery.public-url}") URI publicUrl) {
		this.mail = mail;
		this.templates = templates;
		this.companies = companies;
		this.publicUrl = publicUrl;
	}

	/** @return whether it was queued now (false: this key already went to this address) */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueue(long companyId, String key, String recipient, Content content, MailAttachment attachment) {
		Company company = companies.get(companyId);
		Map<String, Object> variables = new HashMap<>();
		variables.put("subject", content.subject());
		variables.put("companyName", company.getName());
		variables.put("logoUrl", companies.logoUrl(company).map(uri -> absolute(uri.toString())).orElse(null));
		variables.put("greeting", content.greeting());
		variables.put("intro", content.intro());
		variables.put("facts", content.facts());
		variables.put("actionUrl", content.actionUrl() == null ? null : absolute(content.actionUrl()));
		variables.put("actionLabel", content.actionLabel());
		variables.put("attached", attachment != null);
		String html = templates.process("mail/business-document", new Context(Locale.ENGLISH, variables));
		return mail.enqueue(new OutgoingMail(companyId, key, recipient, content.subject() + " from " + company.getName(),
				html, attachment));
	}

	private String absolute(String path) {
		URI uri = URI.create(path);
		return uri.isAbsolute() ? path : UriComponentsBuilder.fromUri(publicUrl).path(uri.getPath()).build().toUriString();
	}

}
