package io.chancery.notifications.internal;

import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the expiry e-mail from {@code templates/mail/document-expiry.<language>.html}: one template
 * per language, so adding Arabic is adding a file. Inline styles only, as mail clients drop style sheets.
 */
@Component
class ExpiryMail {

	static final String ENGLISH = "en";

	private static final String TEMPLATE = "mail/document-expiry.";

	private final ITemplateEngine templates;

	ExpiryMail(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * @param greeting the recipient's name
	 * @param toCustomer customers cannot log in: their mail asks them to get in touch instead of linking to the app
	 */
	String html(ExpiryNotice notice, String language, String greeting, boolean toCustomer) {
		Context context = new Context(Locale.forLanguageTag(language),
				Map.of("notice", notice, "greeting", greeting, "toCustomer", toCustomer));
		return templates.process(TEMPLATE + language, context);
	}

	/** The preferred language when there is a template for it, else English. */
	static String languageFor(String preferred) {
		boolean known = preferred != null && preferred.matches("[a-z]{2,3}")
				&& new ClassPathResource("templates/" + TEMPLATE + preferred + ".html").exists();
		return known ? preferred : ENGLISH;
	}

}
