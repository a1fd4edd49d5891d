package io.chancery.shared;

import java.util.Collection;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.springframework.beans.factory.annotation.Value;

/** Checks {@link MaxLines}; Spring's validator factory injects the configured limit. */
public class MaxLinesValidator implements ConstraintValidator<MaxLines, Collection<?>> {

	private final int maxLines;

	public MaxLinesValidator(@Value("${chancery.max-lines-per-document:200}") int maxLines) {
		this.maxLines = maxLines;
	}

	@Override
	public boolean isValid(Collection<?> lines, ConstraintValidatorContext context) {
		if (lines == null || lines.size() <= maxLines) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate("A document has at most " + maxLines + " lines; this one has "
				+ lines.size() + ". Split it into several documents.").addConstraintViolation();
		return false;
	}

}
