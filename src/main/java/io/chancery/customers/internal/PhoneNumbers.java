package io.chancery.customers.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import io.chancery.shared.InvalidFieldException;

/** Phone numbers are stored in E.164; local numbers are read in the company's country. */
public final class PhoneNumbers {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private PhoneNumbers() {
	}

	/** Returns null for a blank input. */
	public static String toE164(String input, String defaultCountry, String field) {
		if (input == null || input.isBlank()) {
			return null;
		}
		try {
			PhoneNumber number = PHONES.parse(input, defaultCountry);
			if (!PHONES.isValidNumber(number)) {
				throw new InvalidFieldException(field, "'" + input + "' is not a valid phone number");
			}
			return PHONES.format(number, PhoneNumberFormat.E164);
		}
		catch (NumberParseException e) {
			throw new InvalidFieldException(field, "'" + input + "' is not a phone number: give it with the country code, e.g. +971 50 123 4567");
		}
	}

}
