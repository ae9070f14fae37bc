package org.covenantconnects.identity;

import java.util.concurrent.atomic.AtomicInteger;

import org.covenantconnects.Fixtures;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.identity.internal.SignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The service as deployed behind HTTPS: Secure cookies, HSTS, and the other defaults that
 * keep accounts safe. The one test context with an HTTPS base URL; its password encoder
 * is the real one, wrapped to count the hashing work done.
 */
@SpringBootTest(properties = { "connects.base-url=https://connects.example.org",
		"server.servlet.session.cookie.secure=true", "connects.notify.callback-token=" + SecureDefaultsTests.TOKEN })
@ActiveProfiles("test")
@ExtendWith(TestMailServer.class)
@Import({ Fixtures.class, SecureDefaultsTests.CountingEncoder.class })
@AutoConfigureMockMvc
class SecureDefaultsTests {

	static final String TOKEN = "receipts-token-for-tests";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private SignIn signIn;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void everyPageIsServedWithHstsAndASecureSessionCookie() throws Exception {
		this.mvc.perform(get("/sign-in"))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")))
			.andExpect(header().string("Strict-Transport-Security", containsString("includeSubDomains")))
			.andExpect(cookie().secure("CONNECTS_SESSION", true))
			.andExpect(cookie().httpOnly("CONNECTS_SESSION", true));
	}

	@Test
	void registeringAKnownAddressDoesTheSameHashingAsANewOne() {
		String known = this.fixtures.careLeaver("Alex").getUsername();
		int before = CountingEncoder.ENCODES.get();
		assertThat(this.accounts.register("Someone", known, "copper lantern meadow", Role.CARE_LEAVER)).isEmpty();
		int forKnown = CountingEncoder.ENCODES.get() - before;
		before = CountingEncoder.ENCODES.get();
		assertThat(this.accounts.register("Someone", Fixtures.uniqueEmail("person"), "copper lantern meadow",
				Role.CARE_LEAVER))
			.isPresent();
		int forNew = CountingEncoder.ENCODES.get() - before;
		assertThat(forKnown).isEqualTo(forNew).isEqualTo(1);
	}

	@Test
	void signingInWithAnUnknownAddressChecksAPasswordAsAKnownOneDoes() {
		String known = this.fixtures.careLeaver("Sam").getUsername();
		int before = CountingEncoder.MATCHES.get();
		this.signIn.attempt(known, "not the password", "10.30.0.1");
		int forKnown = CountingEncoder.MATCHES.get() - before;
		before = CountingEncoder.MATCHES.get();
		this.signIn.attempt(Fixtures.uniqueEmail("person"), "not the password", "10.30.0.1");
		int forUnknown = CountingEncoder.MATCHES.get() - before;
		assertThat(forKnown).isEqualTo(forUnknown).isEqualTo(1);
	}

	@Test
	void aHashMadeWithTheOldSettingsStillSignsInAndIsMadeAgainWithTheNewOnes() {
		String email = this.fixtures.careLeaver("Kit").getUsername();
		String old = "{argon2}" + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(Fixtures.PASSWORD);
		this.jdbc.sql("update account set password_hash = :hash where lower(email) = lower(:email)")
			.param("hash", old)
			.param("email", email)
			.update();
		assertThat(this.signIn.attempt(email, Fixtures.PASSWORD, "10.31.0.1"))
			.isInstanceOf(SignIn.Outcome.SignedIn.class);
		String now = this.jdbc.sql("select password_hash from account where lower(email) = lower(:email)")
			.param("email", email)
			.query(String.class)
			.single();
		assertThat(now).isNotEqualTo(old).contains("m=19456,t=2,p=1");
		assertThat(this.signIn.attempt(email, Fixtures.PASSWORD, "10.31.0.1"))
			.isInstanceOf(SignIn.Outcome.SignedIn.class);
	}

	@Test
	void aReceiptWithTheWrongTokenIsRefusedWithoutReadingItsBody() throws Exception {
		byte[] huge = new byte[4 * 1024 * 1024];
		MvcResult result = this.mvc
			.perform(post("/notify/delivery-receipts").header("Authorization", "Bearer wrong")
				.contentType("application/json")
				.content(huge))
			.andExpect(status().isUnauthorized())
			.andReturn();
		assertThat(unread(result)).isEqualTo(huge.length);
	}

	@Test
	void aReceiptOverSixteenKilobytesIsRefusedAsTooLarge() throws Exception {
		byte[] tooBig = new byte[16 * 1024 + 1];
		MvcResult result = this.mvc
			.perform(post("/notify/delivery-receipts").header("Authorization", "Bearer " + TOKEN)
				.contentType("application/json")
				.content(tooBig))
			.andExpect(status().isContentTooLarge())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andReturn();
		assertThat(unread(result)).isEqualTo(tooBig.length);
	}

	/** How many bytes of the request's body were left in its stream. */
	private static int unread(MvcResult result) throws Exception {
		return ((MockHttpServletRequest) result.getRequest()).getInputStream().readAllBytes().length;
	}

	/** Wraps the real password encoder to count the work it does. */
	@TestConfiguration(proxyBeanMethods = false)
	static class CountingEncoder {

		static final AtomicInteger ENCODES = new AtomicInteger();

		static final AtomicInteger MATCHES = new AtomicInteger();

		@Bean
		static BeanPostProcessor countingPasswordEncoder() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof PasswordEncoder real) || !"passwordEncoder".equals(name)) {
						return bean;
					}
					return new PasswordEncoder() {
						@Override
						public String encode(CharSequence raw) {
							ENCODES.incrementAndGet();
							return real.encode(raw);
						}

						@Override
						public boolean matches(CharSequence raw, String encoded) {
							MATCHES.incrementAndGet();
							return real.matches(raw, encoded);
						}

						@Override
						public boolean upgradeEncoding(String encoded) {
							return real.upgradeEncoding(encoded);
						}
					};
				}
			};
		}

	}

}
