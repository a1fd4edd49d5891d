package io.chancery.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberingPasswordEncoderTests {

	private final AtomicInteger checks = new AtomicInteger();

	private final PasswordEncoder bcrypt = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	private final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(new PasswordEncoder() {

		@Override
		public String encode(CharSequence rawPassword) {
			return bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			checks.incrementAndGet();
			return bcrypt.matches(rawPassword, encodedPassword);
		}

	});

	@Test
	void aPasswordThatMatchedIsRecognisedWithoutBcrypt() {
		String hash = encoder.encode("s3cret");
		assertThat(hash).startsWith("{bcrypt}");

		assertThat(encoder.matches("s3cret", hash)).isTrue();
		assertThat(encoder.matches("s3cret", hash)).isTrue();

		assertThat(checks).hasValue(1);
	}

	@Test
	void aWrongPasswordIsCheckedWithBcryptEveryTime() {
		String hash = encoder.encode("s3cret");

		assertThat(encoder.matches("guess", hash)).isFalse();
		assertThat(encoder.matches("guess", hash)).isFalse();

		assertThat(checks).hasValue(2);
	}

	@Test
	void aChangedPasswordHashIsNotRecognisedFromTheOldOne() {
		String old = encoder.encode("s3cret");
		assertThat(encoder.matches("s3cret", old)).isTrue();

		String changed = encoder.encode("n3w-secret");

		assertThat(encoder.matches("s3cret", changed)).isFalse();
		assertThat(encoder.matches("n3w-secret", changed)).isTrue();
		assertThat(checks).hasValue(3);
	}

}
