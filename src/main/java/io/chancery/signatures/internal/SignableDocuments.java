package io.chancery.signatures.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.chancery.signatures.SignableDocument;

/** The providers of signable documents that other modules registered, by subject kind. */
@Component
public class SignableDocuments {

	private final Map<String, SignableDocument> byKind;

	SignableDocuments(List<SignableDocument> providers) {
		this.byKind = providers.stream().collect(Collectors.toMap(SignableDocument::kind, Function.identity()));
	}

	public SignableDocument of(String subjectKind) {
		SignableDocument provider = byKind.get(subjectKind);
		if (provider == null) {
			throw new IllegalArgumentException("No module offers documents of kind '" + subjectKind + "' for signing");
		}
		return provider;
	}

}
