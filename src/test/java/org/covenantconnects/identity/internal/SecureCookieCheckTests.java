package org.covenantconnects.identity.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SecureCookieCheckTests {

	@Test
	void anHttpsBaseUrlWithCookiesConfiguredInsecureRefusesToStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> SessionConfiguration.secureCookies("https://connects.example.org", false))
			.withMessageContaining("CONNECTS_SECURE_COOKIES=true")
			.withMessageContaining("https://connects.example.org");
	}

	@Test
	void anHttpsBaseUrlMakesCookiesSecure() {
		assertThat(SessionConfiguration.secureCookies("HTTPS://connects.example.org", true)).isTrue();
	}

	@Test
	void anHttpBaseUrlWorksAsBeforeForALocalDemo() {
		assertThat(SessionConfiguration.secureCookies("http://localhost:8080", false)).isFalse();
		assertThat(SessionConfiguration.secureCookies("http://localhost:8080", true)).isTrue();
	}

	@Test
	void oldArgon2HashesAreMadeAgainAndNewOnesAreNot() {
		var old = org.springframework.security.crypto.argon2.Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		var current = SecurityConfiguration.argon2();
		assertThat(current.upgradeEncoding(old.encode("a password"))).isTrue();
		assertThat(current.upgradeEncoding(current.encode("a password"))).isFalse();
	}

}
