package io.chancery.signatures.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.chancery.signatures.SignableDocument;

/**
 * The providers of signable documents that other modules registered, by subject kind. Looked up on
 * use, because a provider's module also asks for signatures (a cycle at construction otherwise).
 */
@Component
public class SignableDocuments {

	private final ObjectProvider<SignableDocument> providers;

	SignableDocuments(ObjectProvider<SignableDocument> providers) {
		this.providers = providers;
	}

	public SignableDocument of(String subjectKind) {
		return providers.stream()
			.filter(provider -> provider.kind().equals(subjectKind))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No module offers documents of kind '" + subjectKind + "' for signing"));
	}

}
