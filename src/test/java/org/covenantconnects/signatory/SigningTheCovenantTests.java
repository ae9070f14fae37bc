package org.covenantconnects.signatory;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.identity.SecondStepForTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.Fixtures.PASSWORD;
import static org.covenantconnects.Fixtures.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An organisation signs the Covenant from start to finish: it expresses interest, its
 * contact confirms their email, a senior leader's statement of intent and the proforma
 * are recorded, and a coordinator returns it once and then approves it.
 */
@ConnectsTest
@AutoConfigureMockMvc
class SigningTheCovenantTests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Signatories signatories;

	@Autowired
	private JdbcClient jdbc;

	private final RequestPostProcessor from = (request) -> {
		request.setRemoteAddr("10.1.0." + ADDRESSES.incrementAndGet());
		return request;
	};

	@Test
	void anOrganisationJoinsSignsSubmitsIsReturnedOnceAndIsApproved() throws Exception {
		String name = "Harbour Bakery " + UUID.randomUUID().toString().substring(0, 8);
		String contact = uniqueEmail("org");
		join(name, contact).andExpect(redirectedUrl("/register/check-email"));
		SignatorySummary prospect = this.signatories.signed()
			.stream()
			.filter((s) -> s.name().equals(name))
			.findFirst()
			.orElse(null);
		assertThat(prospect).as("a prospect is not listed as signed").isNull();

		String token = TestMailServer.linkToken(TestMailServer.awaitEmails(contact, 1).get(0), "/verify-email/");
		assertThat(this.accounts.confirmEmail(token)).isTrue();
		Cookie session = signIn(contact);
		this.mvc.perform(get("/home").cookie(session)).andExpect(redirectedUrl("/organisation"));
		this.mvc.perform(get("/organisation").cookie(session))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Interested")));

		// The proforma cannot be started before the statement of intent.
		this.mvc.perform(get("/organisation/proforma").cookie(session))
			.andExpect(redirectedUrl("/organisation/statement-of-intent"));

		this.mvc
			.perform(post("/organisation/statement-of-intent").cookie(session)
				.with(csrf())
				.param("leaderName", "Dana Fox")
				.param("leaderRole", "Managing director")
				.param("signedOn.day", "3")
				.param("signedOn.month", "11")
				.param("signedOn.year", "2026")
				.param("confirmed", "true"))
			.andExpect(redirectedUrl("/organisation"));
		this.mvc
			.perform(post("/organisation/proforma").cookie(session)
				.with(csrf())
				.param("offer", "Two paid apprenticeships a year and a guaranteed interview")
				.param("firstOpportunities", "Baking apprenticeship in Bristol, starting in September")
				.param("contactPhone", ""))
			.andExpect(redirectedUrl("/organisation"));
		this.mvc.perform(get("/organisation/submit").cookie(session))
			.andExpect(content().string(containsString("Dana Fox, Managing director")));
		this.mvc.perform(post("/organisation/submit").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/organisation"));

		SignatoryId id = this.signatories.ofMember(accountOf(contact)).orElseThrow().id();
		assertThat(this.signatories.find(id))
			.hasValueSatisfying((s) -> assertThat(s.stage()).isEqualTo(Stage.PROFORMA_SUBMITTED));
		// Answers are locked while the coordinator reviews them.
		this.mvc.perform(get("/organisation/proforma").cookie(session)).andExpect(redirectedUrl("/organisation"));

		Cookie coordinator = signIn(this.fixtures.staff(Role.COORDINATOR).getUsername());
		this.mvc.perform(get("/coordinator/signatories").cookie(coordinator))
			.andExpect(content().string(containsString(name)));
		this.mvc
			.perform(post("/coordinator/signatories/" + id + "/return").cookie(coordinator)
				.with(csrf())
				.param("reasons", ""))
			.andExpect(content().string(containsString("Tell the organisation what to change")));
		this.mvc
			.perform(post("/coordinator/signatories/" + id + "/return").cookie(coordinator)
				.with(csrf())
				.param("reasons", "Please say where the apprenticeships are based."))
			.andExpect(redirectedUrl("/coordinator/signatories/" + id));
		this.mvc.perform(get("/organisation").cookie(session))
			.andExpect(content().string(containsString("Please say where the apprenticeships are based.")));

		this.mvc
			.perform(post("/organisation/proforma").cookie(session)
				.with(csrf())
				.param("offer", "Two paid apprenticeships a year in Bristol and a guaranteed interview")
				.param("firstOpportunities", "Baking apprenticeship in Bristol, starting in September"))
			.andExpect(redirectedUrl("/organisation"));
		this.mvc.perform(post("/organisation/submit").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/organisation"));
		this.mvc.perform(post("/coordinator/signatories/" + id + "/approve").cookie(coordinator).with(csrf()))
			.andExpect(redirectedUrl("/coordinator/signatories/" + id));

		assertThat(this.signatories.signed()).extracting(SignatorySummary::name).contains(name);
		this.mvc.perform(get("/organisation").cookie(session))
			.andExpect(content().string(containsString("Your organisation has signed the Covenant")));
	}

	@Test
	void anEmptyJoinFormExplainsEveryMissingAnswer() throws Exception {
		this.mvc.perform(post("/signatories/join").with(csrf()).with(this.from).param("national", "no"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter your organisation&#39;s name")))
			.andExpect(content().string(containsString("Select your organisation&#39;s sector")))
			.andExpect(
					content().string(containsString("Select the regions where your organisation could offer support")))
			.andExpect(content().string(containsString("Tell us what your organisation could offer care leavers")))
			.andExpect(content().string(containsString("Enter your work email address")))
			.andExpect(content().string(containsString("Enter a password")));
	}

	@Test
	void badAnswersAreRefusedAndWhatWasTypedIsKept() throws Exception {
		this.mvc
			.perform(post("/signatories/join").with(csrf())
				.with(this.from)
				.param("name", "<script>alert('x')</script> Ltd")
				.param("sector", "PRIVATE")
				.param("size", "SMALL")
				.param("website", "not a website")
				.param("national", "no")
				.param("regions", "E99999999")
				.param("couldOffer", "Work experience")
				.param("contactName", "Kim")
				.param("contactEmail", uniqueEmail("org"))
				.param("password", PASSWORD))
			.andExpect(content().string(containsString("Enter the website address in the correct format")))
			.andExpect(content().string(containsString("Select regions from the list")))
			.andExpect(
					content().string(containsString("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Ltd\"")))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	@Test
	void aSecondOrganisationWithTheSameNameIsToldToAskForAnInvitation() throws Exception {
		String name = "Meadow Trust " + UUID.randomUUID().toString().substring(0, 8);
		join(name, uniqueEmail("org")).andExpect(redirectedUrl("/register/check-email"));
		join(name.toUpperCase(), uniqueEmail("org"))
			.andExpect(content().string(containsString("An organisation with this name has already joined")));
	}

	@Test
	void aStatementSignedInTheFutureOrOnAnImpossibleDateIsRefused() throws Exception {
		String contact = uniqueEmail("org");
		join("Kiln Studios " + UUID.randomUUID().toString().substring(0, 8), contact);
		assertThat(this.accounts
			.confirmEmail(TestMailServer.linkToken(TestMailServer.awaitEmails(contact, 1).get(0), "/verify-email/")))
			.isTrue();
		Cookie session = signIn(contact);
		intent(session, "31", "2", "2026").andExpect(content().string(containsString("must be a real date")))
			.andExpect(content().string(containsString("value=\"31\"")));
		intent(session, "1", "1", "2099").andExpect(content().string(containsString("must be today or in the past")));
		intent(session, "", "", "").andExpect(content().string(containsString("Enter the date the statement")));
	}

	@Test
	void onlyCoordinatorsDecideAndAnUnknownOrganisationIsNotFound() throws Exception {
		Cookie admin = signIn(this.fixtures.staff(Role.ADMIN).getUsername());
		this.mvc.perform(get("/coordinator/signatories").cookie(admin)).andExpect(status().isOk());
		this.mvc.perform(post("/coordinator/signatories/" + UUID.randomUUID() + "/approve").cookie(admin).with(csrf()))
			.andExpect(status().isForbidden());
		Cookie coordinator = signIn(this.fixtures.staff(Role.COORDINATOR).getUsername());
		this.mvc.perform(get("/coordinator/signatories/" + UUID.randomUUID()).cookie(coordinator))
			.andExpect(status().isNotFound());
	}

	private ResultActions intent(Cookie session, String day, String month, String year) throws Exception {
		return this.mvc.perform(post("/organisation/statement-of-intent").cookie(session)
			.with(csrf())
			.param("leaderName", "Lee")
			.param("leaderRole", "Director")
			.param("signedOn.day", day)
			.param("signedOn.month", month)
			.param("signedOn.year", year)
			.param("confirmed", "true"));
	}

	private ResultActions join(String name, String contactEmail) throws Exception {
		return this.mvc.perform(post("/signatories/join").with(csrf())
			.with(this.from)
			.param("name", name)
			.param("sector", "PRIVATE")
			.param("size", "SMALL")
			.param("website", "https://www.example.org")
			.param("national", "no")
			.param("regions", "E12000009", "E12000008")
			.param("couldOffer", "Apprenticeships and work experience")
			.param("contactName", "Robin")
			.param("contactEmail", contactEmail)
			.param("password", PASSWORD));
	}

	private Cookie signIn(String email) throws Exception {
		ResultActions signedIn = SecondStepForTests.afterPassword(this.mvc, this.mvc
			.perform(post("/sign-in").with(csrf()).with(this.from).param("email", email).param("password", PASSWORD)),
				email, this.from);
		assertThat(SecondStepForTests.landing(signedIn)).isEqualTo("/home");
		Cookie cookie = signedIn.andReturn().getResponse().getCookie("CONNECTS_SESSION");
		assertThat(cookie).isNotNull();
		return cookie;
	}

	private AccountId accountOf(String email) {
		return new AccountId(
				this.jdbc.sql("select id from account where email = :e").param("e", email).query(UUID.class).single());
	}

}
