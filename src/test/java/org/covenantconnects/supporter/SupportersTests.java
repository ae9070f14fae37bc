package org.covenantconnects.supporter;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.Fixtures.NewOpportunity;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.SignatoryId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.Fixtures.LEEDS;
import static org.covenantconnects.Fixtures.SOUTH_WEST;
import static org.covenantconnects.Fixtures.opportunity;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Supporters end to end against the real database and mail server: registering on the
 * question pages, verification by a coordinator or by a council's email domain, the
 * supporter's home and sending opportunities, with bad answers refused and kept.
 */
@ConnectsTest
@AutoConfigureMockMvc
class SupportersTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

	private static final String PASSWORD = "walnut harbour signal";

	/** Bradford, in Yorkshire and The Humber, as Leeds is. */
	private static final LocalAuthorityId BRADFORD = new LocalAuthorityId(38);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Supporters supporters;

	@Autowired
	private CouncilEmailDomains domains;

	@Autowired
	private JdbcClient jdbc;

	/** Each test comes from its own address, so the registration limit does not spill. */
	private final RequestPostProcessor from = (request) -> {
		request.setRemoteAddr("10.1.0." + ADDRESSES.incrementAndGet());
		return request;
	};

	@Test
	void anAdviserRegistersOnEveryQuestionPageConfirmsTheirEmailAndWaitsForACoordinator() throws Exception {
		String email = uniqueEmail("council.example");
		Visit session = new Visit();
		answer(session, "", "name", "Jo Adviser").andExpect(redirectedUrl("/register/supporter/role"));
		answer(session, "/role", "role", "PERSONAL_ADVISER")
			.andExpect(redirectedUrl("/register/supporter/organisation"));
		answer(session, "/organisation", "organisationType", "COUNCIL")
			.andExpect(redirectedUrl("/register/supporter/council"));
		answer(session, "/council", "council", String.valueOf(LEEDS.value()))
			.andExpect(redirectedUrl("/register/supporter/email"));
		answer(session, "/email", "email", email).andExpect(redirectedUrl("/register/supporter/check-answers"));
		session.perform(get("/register/supporter/check-answers"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jo Adviser")))
			.andExpect(content().string(containsString("Personal adviser")))
			.andExpect(content().string(containsString("Leeds")))
			.andExpect(content().string(containsString(email)));
		create(session, PASSWORD, true).andExpect(redirectedUrl("/register/check-email"));

		AccountId account = this.accounts.idOf(email).orElseThrow();
		assertThat(this.supporters.find(account)).hasValueSatisfying((supporter) -> {
			assertThat(supporter.isPending()).isTrue();
			assertThat(supporter.role()).isEqualTo(SupporterRole.PERSONAL_ADVISER);
			assertThat(supporter.council()).isEqualTo(LEEDS);
			assertThat(supporter.emailConfirmed()).isFalse();
		});
		assertThat(queue()).doesNotContain(account);

		confirmEmail(email);
		awaitEmailConfirmed(account);
		assertThat(queue()).contains(account);
		this.mvc.perform(get("/supporter").with(as(account, Role.SUPPORTER)))
			.andExpect(content().string(containsString("We are checking your account")))
			.andExpect(content().string(not(containsString("open opportunities"))));
	}

	@Test
	void anAdviserWhoseCouncilAllowsTheirEmailDomainIsVerifiedAtOnce() throws Exception {
		String domain = "verified-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		this.domains.add(BRADFORD, domain, null);
		String email = uniqueEmail(domain);
		registerAtCouncil("Ash Adviser", email, BRADFORD);
		AccountId account = this.accounts.idOf(email).orElseThrow();
		assertThat(this.supporters.find(account).orElseThrow().isVerified()).isTrue();
		assertThat(this.supporters.find(account).orElseThrow().verifiedByDomain()).isTrue();

		// The same domain proves nothing for a charity worker, nor for another council.
		String charityWorker = uniqueEmail(domain);
		Visit session = new Visit();
		answer(session, "", "name", "Kit Worker");
		answer(session, "/role", "role", "CHARITY_WORKER");
		answer(session, "/organisation", "organisationType", "CHARITY");
		session
			.perform(post("/register/supporter/organisation-name").with(csrf())
				.param("organisationName", "Open Door Youth Project")
				.param("council", String.valueOf(BRADFORD.value())))
			.andExpect(redirectedUrl("/register/supporter/email"));
		answer(session, "/email", "email", charityWorker);
		create(session, PASSWORD, true).andExpect(redirectedUrl("/register/check-email"));
		SupporterProfile charity = this.supporters.find(this.accounts.idOf(charityWorker).orElseThrow()).orElseThrow();
		assertThat(charity.isPending()).isTrue();
		assertThat(charity.organisationName()).isEqualTo("Open Door Youth Project");

		String elsewhere = uniqueEmail(domain);
		registerAtCouncil("Lee Elsewhere", elsewhere, LEEDS);
		assertThat(this.supporters.find(this.accounts.idOf(elsewhere).orElseThrow()).orElseThrow().isPending())
			.isTrue();
	}

	@Test
	void badAnswersAreRefusedWithAClearMessageAndKept() throws Exception {
		Visit session = new Visit();
		answer(session, "", "name", "  ").andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter your name")))
			.andExpect(content().string(containsString("<title>Error: ")));
		answer(session, "", "name", "Sky Tester");
		answer(session, "/role", "role", "HEAD_OF_EVERYTHING").andExpect(status().isOk())
			.andExpect(content().string(containsString("Select your role from the list")));
		answer(session, "/role", "role", "").andExpect(content().string(containsString("Select your role")));
		answer(session, "/role", "role", "VIRTUAL_SCHOOL_HEAD");
		answer(session, "/organisation", "organisationType", "SPACE_AGENCY").andExpect(status().isOk())
			.andExpect(content().string(containsString("Select where you work from the list")));
		answer(session, "/organisation", "organisationType", "COUNCIL");
		answer(session, "/council", "council", "9999").andExpect(status().isOk())
			.andExpect(content().string(containsString("Select a council from the list")));
		answer(session, "/council", "council", "leeds'); drop table supporter; --")
			.andExpect(content().string(containsString("Select a council from the list")));
		answer(session, "/council", "council", String.valueOf(LEEDS.value()));
		answer(session, "/email", "email", "not-an-email").andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an email address in the correct format")))
			.andExpect(content().string(containsString("value=\"not-an-email\"")));
		String email = uniqueEmail("council.example");
		answer(session, "/email", "email", email);

		create(session, "password", false).andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirm that you have read the privacy notice")))
			.andExpect(content().string(containsString("Sky Tester")));
		create(session, PASSWORD, false).andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirm that you have read the privacy notice")));
		assertThat(this.accounts.idOf(email)).isEmpty();
		create(session, PASSWORD, true).andExpect(redirectedUrl("/register/check-email"));
		assertThat(this.accounts.idOf(email)).isPresent();
	}

	@Test
	void skippingAheadGoesBackToTheFirstQuestionNotAnswered() throws Exception {
		Visit session = new Visit();
		session.perform(get("/register/supporter/email")).andExpect(redirectedUrl("/register/supporter"));
		session.perform(get("/register/supporter/check-answers")).andExpect(redirectedUrl("/register/supporter"));
		answer(session, "", "name", "Pat Skipper");
		answer(session, "/role", "role", "COLLEGE_STAFF");
		answer(session, "/organisation", "organisationType", "COLLEGE_OR_UNIVERSITY");
		// A council is not asked of college staff, who name their college instead.
		session.perform(get("/register/supporter/council"))
			.andExpect(redirectedUrl("/register/supporter/organisation-name"));
		session
			.perform(post("/register/supporter/check-answers").with(csrf())
				.param("password", PASSWORD)
				.param("consent", "true"))
			.andExpect(redirectedUrl("/register/supporter/organisation-name"));
	}

	@Test
	void anAddressThatAlreadyHasAnAccountGetsTheSameNextPageAndItsOwnerIsEmailed() throws Exception {
		String email = uniqueEmail("council.example");
		this.accounts.createDemoAccount("Existing Owner", email, PASSWORD, Role.CARE_LEAVER);
		registerAtCouncil("Someone Else", email, LEEDS).andExpect(redirectedUrl("/register/check-email"));
		MimeMessage reminder = TestMailServer.awaitEmails(email, 1).get(0);
		assertThat(reminder.getSubject()).isEqualTo("You already have a Covenant Connects account");
		assertThat(this.supporters.find(this.accounts.idOf(email).orElseThrow())).isEmpty();
	}

	@Test
	void aCoordinatorVerifiesASupporterWhoIsToldByEmailAndSeesTheirRegion() throws Exception {
		AccountId supporter = pendingSupporter("Val Verified");
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc.perform(get("/coordinator/supporters").with(as(coordinator)))
			.andExpect(content().string(containsString("Val Verified")));
		this.mvc.perform(post("/coordinator/supporters/" + supporter + "/verify").with(csrf()).with(as(coordinator)))
			.andExpect(redirectedUrl("/coordinator/supporters"));
		assertThat(this.supporters.isVerified(supporter)).isTrue();
		assertThat(queue()).doesNotContain(supporter);
		String email = this.accounts.find(supporter).orElseThrow().email();
		TestMailServer.awaitEmail(email, "Your Covenant Connects account is verified");

		// Deciding twice changes nothing.
		this.mvc
			.perform(post("/coordinator/supporters/" + supporter + "/decline").with(csrf())
				.with(as(coordinator))
				.param("reason", "Too late"))
			.andExpect(redirectedUrl("/coordinator/supporters/" + supporter));
		assertThat(this.supporters.isVerified(supporter)).isTrue();

		OpportunityId inRegion = published(
				opportunity("Joinery apprenticeship in Yorkshire").inRegions(new RegionCode("E12000003")));
		OpportunityId national = published(opportunity("Money coaching anywhere"));
		OpportunityId elsewhere = published(opportunity("Harbour jobs in the South West only").inRegions(SOUTH_WEST));
		String home = this.mvc.perform(get("/supporter").with(as(supporter, Role.SUPPORTER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Opportunities in Yorkshire and The Humber")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains(inRegion.toString(), national.toString()).doesNotContain(elsewhere.toString());
		this.mvc.perform(get("/supporter?page=999").with(as(supporter, Role.SUPPORTER)))
			.andExpect(content().string(containsString("There is no page 999")));
		this.mvc.perform(get("/supporter?page=nonsense").with(as(supporter, Role.SUPPORTER)))
			.andExpect(status().isOk());
	}

	@Test
	void aCoordinatorDeclinesWithAReasonTheSupporterIsTold() throws Exception {
		AccountId supporter = pendingSupporter("Dee Declined");
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc
			.perform(post("/coordinator/supporters/" + supporter + "/decline").with(csrf())
				.with(as(coordinator))
				.param("reason", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter why you are declining them")));
		assertThat(this.supporters.find(supporter).orElseThrow().isPending()).isTrue();
		this.mvc
			.perform(post("/coordinator/supporters/" + supporter + "/decline").with(csrf())
				.with(as(coordinator))
				.param("reason", "Leeds council says nobody of this name works there"))
			.andExpect(redirectedUrl("/coordinator/supporters"));
		String email = this.accounts.find(supporter).orElseThrow().email();
		MimeMessage declined = TestMailServer.awaitEmail(email, "We could not verify your Covenant Connects account");
		assertThat(TestMailServer.body(declined)).contains("Leeds council says nobody of this name works there");
		this.mvc.perform(get("/supporter").with(as(supporter, Role.SUPPORTER)))
			.andExpect(content().string(containsString("We could not verify your account")))
			.andExpect(content().string(containsString("nobody of this name works there")));
	}

	@Test
	void aSupporterCannotVerifyThemselvesNorKeepDomains() throws Exception {
		AccountId supporter = pendingSupporter("Sol Self");
		RequestPostProcessor self = as(supporter, Role.SUPPORTER);
		this.mvc.perform(post("/coordinator/supporters/" + supporter + "/verify").with(csrf()).with(self))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/coordinator/supporters/" + supporter).with(self)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/coordinator/council-email-domains/leeds").with(csrf())
				.with(self)
				.param("domain", "self-made.example"))
			.andExpect(status().isForbidden());
		assertThat(this.supporters.find(supporter).orElseThrow().isPending()).isTrue();
		assertThat(this.domains.of(LEEDS)).doesNotContain("self-made.example");
		// Administrators manage supporter accounts but do not keep councils' domains.
		this.mvc
			.perform(post("/coordinator/council-email-domains/leeds").with(csrf())
				.with(as(this.fixtures.staff(Role.ADMIN)))
				.param("domain", "admin-made.example"))
			.andExpect(status().isForbidden());
		assertThat(this.domains.of(LEEDS)).doesNotContain("admin-made.example");
	}

	@Test
	void aPendingSupporterCannotSendOpportunities() throws Exception {
		AccountId supporter = pendingSupporter("Pen Pending");
		OpportunityId id = published(opportunity("Bike repair workshop for pending test"));
		this.mvc.perform(get("/opportunities/" + id).with(as(supporter, Role.SUPPORTER)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Send this opportunity to a young person"))));
		this.mvc.perform(get("/opportunities/" + id + "/share").with(as(supporter, Role.SUPPORTER)))
			.andExpect(redirectedUrl("/supporter"));
		String young = uniqueEmail("young.example");
		this.mvc
			.perform(post("/opportunities/" + id + "/share").with(csrf())
				.with(as(supporter, Role.SUPPORTER))
				.param("recipient", young))
			.andExpect(redirectedUrl("/supporter"));
		assertThat(outbox(young)).isZero();
	}

	@Test
	void aVerifiedSupporterSendsAnOpportunityByEmailSayingWhoSentIt() throws Exception {
		AccountId supporter = pendingSupporter("Sam Sender");
		this.supporters.verify(supporter, this.fixtures.staff(Role.COORDINATOR).id());
		OpportunityId id = published(opportunity("Cookery course for sharing test"));
		RequestPostProcessor sender = as(supporter, Role.SUPPORTER);
		this.mvc.perform(get("/opportunities/" + id).with(sender))
			.andExpect(content().string(containsString("Send this opportunity to a young person")))
			.andExpect(content().string(containsString("http://localhost/opportunities/" + id)));

		this.mvc.perform(post("/opportunities/" + id + "/share").with(csrf()).with(sender).param("recipient", "nope"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an email address in the correct format")))
			.andExpect(content().string(containsString("value=\"nope\"")));
		this.mvc
			.perform(post("/opportunities/" + UUID.randomUUID() + "/share").with(csrf())
				.with(sender)
				.param("recipient", uniqueEmail("young.example")))
			.andExpect(status().isNotFound());

		String young = uniqueEmail("young.example");
		this.mvc
			.perform(post("/opportunities/" + id + "/share").with(csrf())
				.with(sender)
				.param("recipient", young)
				.param("note", "A message we must not pass on"))
			.andExpect(redirectedUrl("/opportunities/" + id + "/share"));
		MimeMessage shared = TestMailServer.awaitEmails(young, 1).get(0);
		assertThat(shared.getSubject())
			.startsWith("Sam Sender sent you an opportunity: Cookery course for sharing test");
		assertThat(TestMailServer.body(shared)).contains("Sam Sender, a personal adviser at Leeds council",
				"/opportunities/" + id);
		assertThat(TestMailServer.body(shared)).doesNotContain("A message we must not pass on");
		long shares = this.jdbc.sql("select count(*) from opportunity_share where supporter_account_id = :s")
			.param("s", supporter.value())
			.query(Long.class)
			.single();
		assertThat(shares).isEqualTo(1);
	}

	@Test
	void coordinatorsKeepEachCouncilsAllowedDomainsWithClearMessages() throws Exception {
		RequestPostProcessor coordinator = as(this.fixtures.staff(Role.COORDINATOR));
		String domain = "kept-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		this.mvc
			.perform(post("/coordinator/council-email-domains/bradford").with(csrf())
				.with(coordinator)
				.param("domain", " @" + domain.toUpperCase() + " "))
			.andExpect(redirectedUrl("/coordinator/council-email-domains/bradford"));
		assertThat(this.domains.of(BRADFORD)).contains(domain);
		assertDomainRefused(coordinator, domain, domain + " is already on the list");
		assertDomainRefused(coordinator, "", "Enter an email domain");
		assertDomainRefused(coordinator, "name@" + domain, "Enter only the part of the email address after the @");
		assertDomainRefused(coordinator, "no-dot", "Enter an email domain in the correct format");
		assertDomainRefused(coordinator, "-bad-.example", "Enter an email domain in the correct format");
		assertDomainRefused(coordinator, "spaces in.example", "Enter an email domain in the correct format");
		assertDomainRefused(coordinator, "gmail.com", "You cannot allow gmail.com");
		this.mvc.perform(get("/coordinator/council-email-domains").with(coordinator))
			.andExpect(content().string(containsString(domain)));
		this.mvc.perform(get("/coordinator/council-email-domains/no-such-council").with(coordinator))
			.andExpect(status().isNotFound());

		this.mvc
			.perform(post("/coordinator/council-email-domains/bradford/remove").with(csrf())
				.with(coordinator)
				.param("domain", domain))
			.andExpect(redirectedUrl("/coordinator/council-email-domains/bradford"));
		assertThat(this.domains.of(BRADFORD)).doesNotContain(domain);
	}

	private void assertDomainRefused(RequestPostProcessor coordinator, String domain, String message) throws Exception {
		this.mvc
			.perform(post("/coordinator/council-email-domains/bradford").with(csrf())
				.with(coordinator)
				.param("domain", domain))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: ")))
			.andExpect(content().string(containsString(message)));
	}

	/**
	 * A supporter at Leeds council who has confirmed their email and waits in the queue.
	 */
	private AccountId pendingSupporter(String name) throws Exception {
		String email = uniqueEmail("council.example");
		registerAtCouncil(name, email, LEEDS).andExpect(redirectedUrl("/register/check-email"));
		confirmEmail(email);
		AccountId account = this.accounts.idOf(email).orElseThrow();
		awaitEmailConfirmed(account);
		return account;
	}

	private ResultActions registerAtCouncil(String name, String email, LocalAuthorityId council) throws Exception {
		Visit session = new Visit();
		answer(session, "", "name", name);
		answer(session, "/role", "role", "PERSONAL_ADVISER");
		answer(session, "/organisation", "organisationType", "COUNCIL");
		answer(session, "/council", "council", String.valueOf(council.value()));
		answer(session, "/email", "email", email);
		return create(session, PASSWORD, true);
	}

	private ResultActions answer(Visit session, String question, String field, String value) throws Exception {
		return session.perform(post("/register/supporter" + question).with(csrf()).with(this.from).param(field, value));
	}

	private ResultActions create(Visit session, String password, boolean consent) throws Exception {
		MockHttpServletRequestBuilder request = post("/register/supporter/check-answers").with(csrf())
			.with(this.from)
			.param("password", password);
		if (consent) {
			request.param("consent", "true");
		}
		return session.perform(request);
	}

	private void confirmEmail(String email) throws Exception {
		String body = TestMailServer.body(TestMailServer.awaitEmails(email, 1).get(0));
		String link = body.lines().filter((line) -> line.contains("/verify-email/")).findFirst().orElseThrow();
		this.mvc.perform(post(link.substring(link.indexOf("/verify-email/")).trim()).with(csrf()))
			.andExpect(content().string(containsString("Email address confirmed")));
	}

	/** Confirmation reaches this module by an event after the confirming transaction. */
	private void awaitEmailConfirmed(AccountId account) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
		while (!this.supporters.find(account).orElseThrow().emailConfirmed()) {
			assertThat(Instant.now()).as("email confirmed in time").isBefore(deadline);
			Thread.sleep(50);
		}
	}

	private List<AccountId> queue() {
		return this.supporters.awaitingVerification(0, 100_000).stream().map(SupporterProfile::account).toList();
	}

	private long outbox(String recipient) {
		return this.jdbc.sql("select count(*) from email_message where recipient = :r")
			.param("r", recipient)
			.query(Long.class)
			.single();
	}

	/** Published a minute ago by an organisation of its own. */
	private OpportunityId published(NewOpportunity opportunity) {
		SignatoryId organisation = this.fixtures.organisation("Sharing Test").id();
		return this.fixtures.publish(organisation,
				opportunity.ofType(OpportunityType.TRAINING_COURSE).in(Category.EDUCATION_AND_TRAINING),
				Instant.now().minus(1, ChronoUnit.MINUTES));
	}

	/**
	 * One person's visit in one browser: the session cookie is carried from page to page,
	 * as sessions are kept by Spring Session.
	 */
	private final class Visit {

		private Cookie cookie;

		ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
			if (this.cookie != null) {
				request.cookie(this.cookie);
			}
			ResultActions result = SupportersTests.this.mvc.perform(request);
			Cookie fresh = result.andReturn().getResponse().getCookie("CONNECTS_SESSION");
			if (fresh != null) {
				this.cookie = fresh;
			}
			return result;
		}

	}

	private static String uniqueEmail(String domain) {
		return "supporter-test-" + UUID.randomUUID().toString().substring(0, 12) + "@" + domain;
	}

}
