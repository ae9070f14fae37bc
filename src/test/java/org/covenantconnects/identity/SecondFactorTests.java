package org.covenantconnects.identity;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.identity.internal.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.Fixtures.PASSWORD;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The second step of signing in through the real filters, sessions and database: half
 * signed in is not signed in, wrong codes are limited, no code works twice, and email
 * changes are cancelled by a new password or from the old address.
 */
@ConnectsTest
@AutoConfigureMockMvc
class SecondFactorTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	private final RequestPostProcessor from = (request) -> {
		request.setRemoteAddr("10.0.2." + ADDRESSES.incrementAndGet());
		return request;
	};

	@Test
	void thePasswordAloneSignsNobodyInAndWrongCodesAreLimitedWithThePasswords() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		Cookie half = password(coordinator.getUsername());
		this.mvc.perform(get("/home").cookie(half)).andExpect(redirectedUrl("/sign-in"));
		this.mvc.perform(get("/coordinator/signatories").cookie(half)).andExpect(redirectedUrl("/sign-in"));
		for (int i = 0; i < SignIn.MAX_FAILURES; i++) {
			this.mvc.perform(post("/sign-in/code").cookie(half).with(csrf()).param("code", "1234567"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("The code is not right")));
		}
		this.mvc
			.perform(post("/sign-in/code").cookie(half)
				.with(csrf())
				.param("code", SecondStepForTests.nextCode(coordinator.getUsername())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("tried to sign in too many times")));
		this.mvc.perform(get("/home").cookie(half)).andExpect(redirectedUrl("/sign-in"));
	}

	@Test
	void aCodeWorksOnceAndARecoveryCodeWorksOnce() throws Exception {
		CurrentUser admin = this.fixtures.staff(Role.ADMIN);
		String code = SecondStepForTests.nextCode(admin.getUsername());
		Cookie first = password(admin.getUsername());
		MvcResult signedIn = this.mvc.perform(post("/sign-in/code").cookie(first).with(csrf()).param("code", code))
			.andExpect(redirectedUrl("/home"))
			.andReturn();
		Cookie full = signedIn.getResponse().getCookie("CONNECTS_SESSION");
		assertThat(full.getValue()).as("a new session id after the second step").isNotEqualTo(first.getValue());
		this.mvc.perform(get("/home").cookie(full))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Hello")));

		Cookie second = password(admin.getUsername());
		this.mvc.perform(post("/sign-in/code").cookie(second).with(csrf()).param("code", code))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("has been used")));
	}

	@Test
	void aNewPasswordCancelsAPendingEmailChangeAndTheOldAddressCanCancelOne() throws Exception {
		CurrentUser jordan = this.fixtures.careLeaver("Jordan");
		String newEmail = Fixtures.uniqueEmail("moved");
		this.accounts.requestEmailChange(jordan.id(), newEmail);
		String confirm = TestMailServer.linkToken(TestMailServer.awaitEmails(newEmail, 1).get(0),
				"/verify-email-change/");
		assertThat(this.accounts.changePassword(jordan.id(), PASSWORD, "lantern pebble orchard", null)).isTrue();
		assertThat(this.accounts.isEmailChangeLinkValid(confirm)).as("cancelled by the new password").isFalse();

		String again = Fixtures.uniqueEmail("moved");
		this.accounts.requestEmailChange(jordan.id(), again);
		// The second of the two emails to the old address: the first one's link went with
		// the change the new password cancelled.
		String cancel = TestMailServer.linkToken(secondEmailAboutAChange(jordan.getUsername()),
				"/cancel-email-change/");
		assertThat(this.jdbc.sql("select count(*) from email_change where cancel_token_hash = :token")
			.param("token", cancel)
			.query(Long.class)
			.single()).as("only a digest kept").isZero();
		this.mvc.perform(get("/cancel-email-change/" + cancel))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Cancel the change")));
		this.mvc.perform(post("/cancel-email-change/" + cancel).with(csrf()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Email change cancelled")));
		this.mvc.perform(post("/cancel-email-change/" + cancel).with(csrf()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("already been used")));
		String confirmAgain = TestMailServer.linkToken(TestMailServer.awaitEmails(again, 1).get(0),
				"/verify-email-change/");
		assertThat(this.accounts.confirmEmailChange(confirmAgain)).isFalse();
		assertThat(this.accounts.find(jordan.id()).orElseThrow().email()).isEqualTo(jordan.getUsername());
	}

	private static MimeMessage secondEmailAboutAChange(String oldAddress) throws InterruptedException {
		long giveUpAt = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
		while (true) {
			List<MimeMessage> about = TestMailServer.emailsTo(oldAddress)
				.stream()
				.filter((message) -> TestMailServer.subject(message).equals("You asked to change your email address"))
				.toList();
			if (about.size() >= 2) {
				return about.get(1);
			}
			assertThat(System.nanoTime() - giveUpAt).as("two emails about a change of address").isNegative();
			Thread.sleep(100);
		}
	}

	private Cookie password(String email) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/sign-in").with(csrf()).with(this.from).param("email", email).param("password", PASSWORD))
			.andExpect(redirectedUrl("/sign-in/code"))
			.andReturn();
		return result.getResponse().getCookie("CONNECTS_SESSION");
	}

}
