package org.covenantconnects.identity;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.identity.internal.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.Fixtures.uniqueEmail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts end to end: the pages, the real database, and emails delivered over SMTP to a
 * real mail server.
 */
@ConnectsTest
@AutoConfigureMockMvc
class AccountJourneyTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

	private static final String GOOD_PASSWORD = "kettle orbit lantern";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private RateLimits rateLimits;

	/**
	 * Each test comes from its own address, so the per-address limits do not spill
	 * between tests.
	 */
	private final RequestPostProcessor from = (request) -> {
		request.setRemoteAddr("10.0.0." + ADDRESSES.incrementAndGet());
		return request;
	};

	@Test
	void aSupporterRegistersConfirmsTheirEmailAndSignsIn() throws Exception {
		String email = uniqueEmail("person");
		register(email, "Jordan", GOOD_PASSWORD).andExpect(redirectedUrl("/register/check-email"));

		MimeMessage confirmation = TestMailServer.awaitEmails(email, 1).get(0);
		assertThat(confirmation.getSubject()).isEqualTo("Confirm your email address for Covenant Connects");
		String token = TestMailServer.linkToken(confirmation, "/verify-email/");

		// Opening the link does not use it up (mail scanners open links); the button
		// does.
		this.mvc.perform(get("/verify-email/" + token))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Confirm email address")));
		this.mvc.perform(post("/verify-email/" + token).with(csrf()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Email address confirmed")));
		this.mvc.perform(post("/verify-email/" + token).with(csrf()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("already been used")));

		Cookie session = sessionOf(signedIn(email, GOOD_PASSWORD));
		this.mvc.perform(get("/home").cookie(session)).andExpect(redirectedUrl("/supporter"));
		this.mvc.perform(get("/supporter").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Thank you for registering, Jordan")));
	}

	@Test
	void sessionsAreKeptInPostgresqlSoEveryInstanceSharesThem() throws Exception {
		String email = activeAccount("Casey");
		signedIn(email, GOOD_PASSWORD);
		long sessions = this.jdbc.sql("select count(*) from spring_session where principal_name = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		assertThat(sessions).isEqualTo(1);
	}

	@Test
	void signingInBeforeConfirmingTheEmailSendsAFreshLink() throws Exception {
		String email = uniqueEmail("person");
		register(email, "Robin", GOOD_PASSWORD);
		TestMailServer.awaitEmails(email, 1);
		signIn(email, GOOD_PASSWORD).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Confirm your email address before")));
		TestMailServer.awaitEmails(email, 2);
	}

	@Test
	void registeringWithAnAddressThatHasAnAccountRevealsNothingOnThePage() throws Exception {
		String email = activeAccount("Morgan");
		MvcResult again = register(email, "Someone Else", GOOD_PASSWORD).andReturn();
		MvcResult fresh = register(uniqueEmail("person"), "Someone Else", GOOD_PASSWORD).andReturn();
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(fresh.getResponse().getRedirectedUrl());

		TestMailServer.awaitEmail(email, "You already have a Covenant Connects account");
	}

	@Test
	void aWeakPasswordIsRefusedWithAReasonAndTheOtherAnswersAreKept() throws Exception {
		String email = uniqueEmail("person");
		register(email, "Taylor", "password1").andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("There is a problem")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("harder to guess")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Taylor")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(email)));
		register(email, "Taylor", "short")
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Password must be 8 characters or more")));
		String longPassphrase = "a long passphrase is welcome here ".repeat(6);
		register(email, "Taylor", longPassphrase).andExpect(redirectedUrl("/register/check-email"));
	}

	@Test
	void aForgottenPasswordIsResetOnceByALinkThatExpires() throws Exception {
		String email = activeAccount("Alex");
		this.mvc.perform(post("/password/forgot").with(csrf()).with(this.from).param("email", email))
			.andExpect(redirectedUrl("/password/link-sent"));
		String token = TestMailServer.linkToken(lastEmail(email, "Reset your Covenant Connects password"),
				"/password/reset/");

		this.mvc.perform(post("/password/reset/" + token).with(csrf()).param("password", "abc"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Password must be 8 characters or more")));
		this.mvc.perform(post("/password/reset/" + token).with(csrf()).param("password", "violet harbour meadow"))
			.andExpect(redirectedUrl("/password/changed"));
		this.mvc.perform(get("/password/reset/" + token))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("already been used")));

		signIn(email, GOOD_PASSWORD).andExpect(
				content().string(org.hamcrest.Matchers.containsString("Enter a correct email address and password")));
		signedIn(email, "violet harbour meadow");
	}

	@Test
	void askingToResetAnUnknownAddressLooksTheSameAndSendsNothing() throws Exception {
		String unknown = uniqueEmail("person");
		this.mvc.perform(post("/password/forgot").with(csrf()).with(this.from).param("email", unknown))
			.andExpect(redirectedUrl("/password/link-sent"));
		Thread.sleep(1000);
		assertThat(TestMailServer.emailsTo(unknown)).isEmpty();
	}

	@Test
	void fiveFailedSignInsFromOneNetworkMakeTheNextTryThereWaitEvenWithTheRightPassword() throws Exception {
		String email = activeAccount("Sasha");
		for (int i = 0; i < SignIn.MAX_FAILURES; i++) {
			signInFrom("10.8.8.1", email, "wrong password " + i).andExpect(content()
				.string(org.hamcrest.Matchers.containsString("Enter a correct email address and password")));
		}
		signInFrom("10.8.8.1", email, GOOD_PASSWORD).andExpect(
				content().string(org.hamcrest.Matchers.containsString("too many tries to sign in to this account")));

		// The same answer for an address with no account, so the limit reveals nothing.
		String unknown = uniqueEmail("person");
		for (int i = 0; i < SignIn.MAX_FAILURES; i++) {
			signInFrom("10.8.8.1", unknown, "wrong password " + i);
		}
		signInFrom("10.8.8.1", unknown, GOOD_PASSWORD).andExpect(
				content().string(org.hamcrest.Matchers.containsString("too many tries to sign in to this account")));
	}

	@Test
	void oneAddressCannotHammerTheSignInPage() throws Exception {
		RequestPostProcessor sameAddress = (request) -> {
			request.setRemoteAddr("10.9.9.9");
			return request;
		};
		int refused = 0;
		int allowance = this.rateLimits.capacity(RateLimits.Action.SIGN_IN);
		for (int i = 0; i < allowance + 5; i++) {
			String page = this.mvc
				.perform(post("/sign-in").with(csrf())
					.with(sameAddress)
					.param("email", uniqueEmail("person"))
					.param("password", "whatever it is"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (page.contains("too many attempts to sign in from your connection")) {
				refused++;
			}
		}
		// The allowance refills a little while the tries run, so some of the last five
		// may get through.
		assertThat(refused).isPositive().isLessThanOrEqualTo(5);
	}

	@Test
	void anAdministratorInvitesACoordinatorWhoChoosesAPasswordAndSignsIn() throws Exception {
		// The test database holds only fictional accounts, so an administrator is made as
		// demo data.
		String admin = uniqueEmail("person");
		this.accounts.createDemoAccount("Test Administrator", admin, GOOD_PASSWORD, Role.ADMIN);
		Cookie adminSession = sessionOf(signedIn(admin, GOOD_PASSWORD));
		String coordinator = uniqueEmail("person");
		this.mvc
			.perform(post("/admin/users/invite").cookie(adminSession)
				.with(csrf())
				.param("displayName", "Chris")
				.param("email", coordinator)
				.param("role", "COORDINATOR"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc
			.perform(post("/admin/users/invite").cookie(adminSession)
				.with(csrf())
				.param("displayName", "Chris again")
				.param("email", coordinator)
				.param("role", "ADMIN"))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("An account already uses this email address")));
		// Only staff roles are invited; everyone else registers themselves.
		this.mvc
			.perform(post("/admin/users/invite").cookie(adminSession)
				.with(csrf())
				.param("displayName", "Not staff")
				.param("email", uniqueEmail("person"))
				.param("role", "CARE_LEAVER"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Select a role")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Not staff\"")));

		String token = TestMailServer.linkToken(lastEmail(coordinator, "You are invited to Covenant Connects"),
				"/invitation/");
		this.mvc.perform(post("/invitation/" + token).with(csrf()).param("password", "granite willow tempo"))
			.andExpect(redirectedUrl("/sign-in?invited"));
		Cookie session = sessionOf(signedIn(coordinator, "granite willow tempo"));
		this.mvc.perform(get("/home").cookie(session))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Covenant coordinator")));
	}

	@Test
	void aLockedAccountCannotSignIn() throws Exception {
		String email = activeAccount("Jamie");
		AccountId id = new AccountId(
				this.jdbc.sql("select id from account where email = :e").param("e", email).query(UUID.class).single());
		this.accounts.lock(id);
		signIn(email, GOOD_PASSWORD)
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Your account is locked")));
		this.accounts.unlock(id);
		signedIn(email, GOOD_PASSWORD);
	}

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Frame-Options", "DENY"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Content-Type-Options", "nosniff"));
	}

	/**
	 * Registers as a charity worker through the supporter's question pages, answering the
	 * last one (password and consent) with {@code password}. The answers are kept in the
	 * session, which lives in PostgreSQL and is found by its cookie.
	 */
	private org.springframework.test.web.servlet.ResultActions register(String email, String name, String password)
			throws Exception {
		Cookie[] visit = new Cookie[1];
		answer(visit, "", Map.of("name", name));
		answer(visit, "/role", Map.of("role", "CHARITY_WORKER"));
		answer(visit, "/organisation", Map.of("organisationType", "CHARITY"));
		answer(visit, "/organisation-name", Map.of("organisationName", "Harbour Lights Youth Trust", "council", "24"));
		answer(visit, "/email", Map.of("email", email));
		return this.mvc.perform(post("/register/supporter/check-answers").cookie(visit[0])
			.with(csrf())
			.with(this.from)
			.param("password", password)
			.param("consent", "true"));
	}

	private void answer(Cookie[] visit, String question, Map<String, String> answers) throws Exception {
		MockHttpServletRequestBuilder request = post("/register/supporter" + question).with(csrf()).with(this.from);
		if (visit[0] != null) {
			request.cookie(visit[0]);
		}
		answers.forEach(request::param);
		MvcResult result = this.mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		Cookie fresh = result.getResponse().getCookie("CONNECTS_SESSION");
		if (fresh != null) {
			visit[0] = fresh;
		}
	}

	private org.springframework.test.web.servlet.ResultActions signInFrom(String network, String email, String password)
			throws Exception {
		return this.mvc.perform(post("/sign-in").with(csrf()).with((request) -> {
			request.setRemoteAddr(network);
			return request;
		}).param("email", email).param("password", password));
	}

	/**
	 * Signs in with the password and then the second step, and checks that it ends at
	 * home.
	 */
	private org.springframework.test.web.servlet.ResultActions signedIn(String email, String password)
			throws Exception {
		org.springframework.test.web.servlet.ResultActions last = SecondStepForTests.afterPassword(this.mvc,
				signIn(email, password), email, this.from);
		assertThat(SecondStepForTests.landing(last)).isEqualTo("/home");
		return last;
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String email, String password) throws Exception {
		return this.mvc
			.perform(post("/sign-in").with(csrf()).with(this.from).param("email", email).param("password", password));
	}

	/**
	 * The session cookie a response set: sessions live in PostgreSQL, found by this
	 * cookie.
	 */
	private static Cookie sessionOf(org.springframework.test.web.servlet.ResultActions response) {
		Cookie cookie = response.andReturn().getResponse().getCookie("CONNECTS_SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		return cookie;
	}

	/** Registers and confirms an account, returning its email address. */
	private String activeAccount(String name) throws Exception {
		String email = uniqueEmail("person");
		register(email, name, GOOD_PASSWORD).andExpect(redirectedUrl("/register/check-email"));
		String token = TestMailServer.linkToken(TestMailServer.awaitEmails(email, 1).get(0), "/verify-email/");
		assertThat(this.accounts.confirmEmail(token)).isTrue();
		return email;
	}

	private static MimeMessage lastEmail(String recipient, String subject) {
		for (int attempt = 0; attempt < 100; attempt++) {
			var matching = TestMailServer.emailsTo(recipient)
				.stream()
				.filter((message) -> subject.equals(TestMailServer.subject(message)))
				.toList();
			if (!matching.isEmpty()) {
				return matching.get(matching.size() - 1);
			}
			TestMailServer.awaitEmails(recipient, 1);
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("No email '" + subject + "' to " + recipient);
	}

}
