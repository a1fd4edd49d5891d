package io.chancery.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

import io.chancery.shared.InvalidValuesException;

/**
 * Form validation for any submission, on the form of {@link FormValuesTests}: the answer names exactly
 * the fields that were broken, values of any type are answered (never a ClassCastException, which the
 * API would turn into a 500), and keys the form does not have are always refused.
 */
class FormValuesPropertyTests {

	/** A value that breaks each field's rule. */
	private static final Map<String, Object> BROKEN = Map.of("decision", "MAYBE", "fee", 5000.01, "reference", "gd-42",
			"confirmed", false, "submittedOn", "2026-13-40", "tags", List.of("z"), "nested", "");

	@Property(tries = 200)
	void theErrorsNameExactlyTheBrokenFields(@ForAll @Size(min = 1, max = 7) @UniqueElements List<@From("fields") String> broken) {
		Map<String, Object> values = new HashMap<>(valid());
		broken.forEach(field -> values.put(field, BROKEN.get(field)));

		InvalidValuesException invalid = catchThrowableOfType(InvalidValuesException.class,
				() -> FormValues.check(FormValuesTests.FORM, values));

		assertThat(invalid.errors().keySet()).containsExactlyInAnyOrderElementsOf(broken);
	}

	@Property(tries = 200)
	void anyFeeWithinTheFormsBoundsPasses(@ForAll @DoubleRange(min = 0, max = 5000) double fee) {
		Map<String, Object> values = new HashMap<>(valid());
		values.put("fee", fee);

		assertThatCode(() -> FormValues.check(FormValuesTests.FORM, values)).doesNotThrowAnyException();
	}

	@Property(tries = 300)
	void aValueOfAnyTypeInAnyFieldGetsAnAnswerNotACrash(@ForAll("fieldsAndUnknownKeys") String key,
			@ForAll("anyJsonValue") Object value) {
		Map<String, Object> values = new HashMap<>(valid());
		values.put(key, value);

		try {
			FormValues.check(FormValuesTests.FORM, values);
			assertThat(key).isIn(FIELDS);
		}
		catch (InvalidValuesException invalid) {
			assertThat(invalid.errors()).containsOnlyKeys(key);
		}
	}

	private static final Set<String> FIELDS = BROKEN.keySet();

	@Provide
	Arbitrary<String> fields() {
		return Arbitraries.of(FIELDS);
	}

	@Provide
	Arbitrary<String> fieldsAndUnknownKeys() {
		return Arbitraries.oneOf(fields(), Arbitraries.of("companyId", "processInstanceKey", "", "__proto__"));
	}

	/** What Jackson makes of any JSON value: text, numbers, booleans, null, lists and objects. */
	@Provide
	Arbitrary<Object> anyJsonValue() {
		Arbitrary<Object> scalar = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30).map(Object.class::cast),
				Arbitraries.integers().map(Object.class::cast), Arbitraries.doubles().map(Object.class::cast),
				Arbitraries.of(true, false).map(Object.class::cast), Arbitraries.just(null));
		return Arbitraries.oneOf(scalar, scalar.list().ofMaxSize(3).map(Object.class::cast),
				scalar.map(inner -> (Object) Map.of("value", String.valueOf(inner))));
	}

	private static Map<String, Object> valid() {
		return Map.of("decision", "AGREED", "fee", 150.5, "reference", "GD-42", "confirmed", true, "submittedOn",
				"2026-11-21", "tags", List.of("a"), "nested", "x");
	}

}
