package org.covenantconnects.careleaver;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.institution.Area;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.InstitutionDetails;
import org.covenantconnects.institution.InstitutionKind;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.places.RegionCode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.Fixtures.uniqueEmail;
import static org.covenantconnects.Fixtures.yearsAgo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registering as a care leaver through the question pages, against the real database and
 * mail server: answers are kept from page to page and on every error, bad and tampered
 * answers are explained, and nobody learns whether an address is registered.
 */
@ConnectsTest
@AutoConfigureMockMvc
class CareLeaverRegistrationTests {

	private static final String BASE = "/register/care-leaver";

	private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

	private static final String PASSWORD = "harbour violet pancake";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Institutions institutions;

	/** Sessions live in PostgreSQL (Spring Session), found by this cookie. */
	private Cookie session;

	/** Each test comes from its own address, so the per-address limits stay apart. */
	private final RequestPostProcessor from = (request) -> {
		request.setRemoteAddr("10.1.0." + ADDRESSES.incrementAndGet());
		return request;
	};

	@Test
	void aYoungPersonAnswersEveryQuestionChecksTheirAnswersAndConfirmsTheirEmail() throws Exception {
		String email = uniqueEmail("young");
		answerEverything(email, yearsAgo(19));
		open("/check-answers").andExpect(status().isOk())
			.andExpect(content().string(containsString("Riley Mensah")))
			.andExpect(content().string(containsString("Manchester")))
			.andExpect(content().string(containsString("North West")))
			.andExpect(content().string(containsString("Apprenticeship")))
			.andExpect(content().string(containsString("I want to be a chef")));
		answer("/check-answers").andExpect(redirectedUrl(BASE + "/password"));
		answer("/password", "password", "short").andExpect(status().isOk())
			.andExpect(content().string(containsString("Password must be 8 characters or more")));
		answer("/password", "password", PASSWORD).andExpect(redirectedUrl("/register/check-email"));

		var account = this.accounts.idOf(email).orElseThrow();
		CareLeaverProfile profile = this.careLeavers.profile(account).orElseThrow();
		assertThat(profile.fullName()).isEqualTo("Riley Mensah");
		assertThat(profile.preferredName()).isEqualTo("Riley");
		assertThat(profile.openToSuggestions()).as("suggestions are off until turned on").isFalse();
		assertThat(this.accounts.find(account).orElseThrow().displayName()).isEqualTo("Riley");
		// The answers leave the session.
		open("/check-answers").andExpect(redirectedUrl(BASE));

		String token = TestMailServer.linkToken(TestMailServer.awaitEmails(email, 1).get(0), "/verify-email/");
		assertThat(this.accounts.confirmEmail(token)).isTrue();
	}

	@Test
	void someoneUnder16IsToldKindlyWhereToGetHelpAndNothingIsKept() throws Exception {
		answer("", "fullName", "Sam Young").andExpect(redirectedUrl(BASE + "/date-of-birth"));
		LocalDate fifteen = yearsAgo(15);
		dateOfBirth(fifteen).andExpect(redirectedUrl(BASE + "/too-young"));
		open("").andExpect(content().string(not(containsString("Sam Young"))));
		this.mvc.perform(get(BASE + "/too-young"))
			.andExpect(content().string(containsString("You cannot create an account yet")))
			.andExpect(content().string(containsString("Childline")));
	}

	@Test
	void anImpossibleOrIncompleteDateIsExplainedPartByPartAndTheAnswerKept() throws Exception {
		answer("/date-of-birth", "dateOfBirth.day", "31", "dateOfBirth.month", "2", "dateOfBirth.year", "2006")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Error: What is your date of birth?")))
			.andExpect(content().string(containsString("Date of birth must be a real date")))
			.andExpect(content().string(containsString("value=\"31\"")));
		answer("/date-of-birth", "dateOfBirth.day", "3", "dateOfBirth.month", "", "dateOfBirth.year", "2006")
			.andExpect(content().string(containsString("Date of birth must include a month")))
			.andExpect(content().string(containsString("href=\"#dateOfBirth.month\"")));
		answer("/date-of-birth", "dateOfBirth.day", "3", "dateOfBirth.month", "4", "dateOfBirth.year", "06")
			.andExpect(content().string(containsString("Year must include 4 numbers")));
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1);
		dateOfBirth(tomorrow).andExpect(content().string(containsString("Date of birth must be in the past")));
		dateOfBirth(yearsAgo(45)).andExpect(content().string(containsString("Check the year you were born")));
		open("/check-answers").andExpect(redirectedUrl(BASE));
	}

	@Test
	void tamperedCouncilsRegionsAndInterestsAreRefused() throws Exception {
		answer("/council", "council", "999")
			.andExpect(content().string(containsString("Select the council that looked after you")));
		answer("/council", "council", "'; drop table care_leaver; --")
			.andExpect(content().string(containsString("Select the council that looked after you")));
		answer("/region", "region", "E12000099")
			.andExpect(content().string(containsString("Select the part of England where you live now")));
		answer("/interests", "types", "SPACE_TRAVEL")
			.andExpect(content().string(containsString("Select types of opportunity from the list")));
		answer("/interests")
			.andExpect(content().string(containsString("Select at least one thing you are interested in")));
		answer("/situation", "situation", "ASTRONAUT")
			.andExpect(content().string(containsString("Select what you are doing now")));
		answer("/email", "email", "not-an-email")
			.andExpect(content().string(containsString("Enter an email address in the correct format")))
			.andExpect(content().string(containsString("value=\"not-an-email\"")));
		answer("/privacy")
			.andExpect(content().string(containsString("Select that you understand how we use your information")));
	}

	@Test
	void answersAreKeptWhenALaterAnswerIsRefusedAndChangesReturnToTheCheck() throws Exception {
		String email = uniqueEmail("young");
		answerEverything(email, yearsAgo(20));
		answer("/region", "region", "nowhere").andExpect(status().isOk());
		open("/check-answers").andExpect(content().string(containsString("North West")));
		answer("/region", "region", "E12000007").andExpect(redirectedUrl(BASE + "/check-answers"));
		open("/check-answers").andExpect(content().string(containsString("London")));
	}

	@Test
	void thePasswordPageWaitsForEveryAnswer() throws Exception {
		answer("", "fullName", "Quinn Early").andExpect(redirectedUrl(BASE + "/date-of-birth"));
		open("/password").andExpect(redirectedUrl(BASE + "/date-of-birth"));
		answer("/password", "password", PASSWORD).andExpect(redirectedUrl(BASE + "/date-of-birth"));
	}

	@Test
	void anAddressThatAlreadyHasAnAccountLooksTheSameAndItsOwnerIsTold() throws Exception {
		String email = uniqueEmail("young");
		answerEverything(email, yearsAgo(18));
		answer("/check-answers");
		answer("/password", "password", PASSWORD).andExpect(redirectedUrl("/register/check-email"));
		var first = this.accounts.idOf(email).orElseThrow();

		answerEverything(email.toUpperCase(), yearsAgo(22));
		answer("/check-answers");
		answer("/password", "password", "completely different words").andExpect(redirectedUrl("/register/check-email"));
		assertThat(this.accounts.idOf(email)).contains(first);
		assertThat(this.careLeavers.profile(first).orElseThrow().dateOfBirth()).isEqualTo(yearsAgo(18));
		assertThat(TestMailServer.awaitEmails(email, 2)).extracting((message) -> message.getSubject())
			.contains("You already have a Covenant Connects account");
		assertThat(this.jdbc.sql("select count(*) from account where lower(email) = lower(:email)")
			.param("email", email)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theCouncilListGroupsEveryCouncilByRegionAndWorksWithoutScripts() throws Exception {
		open("/council").andExpect(content().string(containsString("<optgroup label=\"North West\">")))
			.andExpect(content().string(containsString(">Westmorland and Furness</option>")))
			.andExpect(content().string(not(containsString("<script>"))));
	}

	@Test
	void someoneInEducationChoosesTheirCollegeFromTheListOrTypesItWhenItIsNotListed() throws Exception {
		String name = "Redesdale College " + UUID.randomUUID().toString().substring(0, 8);
		Institution college = this.institutions.add(new InstitutionDetails(name, InstitutionKind.FE, null,
				new RegionCode("E12000001"), Area.NORTH, null, List.of()), null);
		String email = uniqueEmail("college");
		answerEverything(email, yearsAgo(19));
		open("/check-answers").andExpect(content().string(containsString("College or university")))
			.andExpect(content().string(containsString("Not given")))
			.andExpect(content().string(containsString("href=\"" + BASE + "/institution\"")));
		answer("/situation", "situation", "EDUCATION").andExpect(redirectedUrl(BASE + "/institution"));
		open("/institution").andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("It is not in this list")))
			.andExpect(content().string(containsString("href=\"" + BASE + "/situation\"")));
		answer("/institution", "chosenInstitution", "not-listed").andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the name of your college or university")));
		answer("/institution", "chosenInstitution", "no-such-college").andExpect(status().isOk())
			.andExpect(content().string(containsString("Select your college or university from the list")));
		answer("/institution", "chosenInstitution", college.slug()).andExpect(redirectedUrl(BASE + "/check-answers"));
		open("/check-answers").andExpect(content().string(containsString(name)));
		answer("/check-answers");
		answer("/password", "password", PASSWORD).andExpect(redirectedUrl("/register/check-email"));
		assertThat(this.careLeavers.profile(this.accounts.idOf(email).orElseThrow()).orElseThrow().institution())
			.isEqualTo(name);

		String typed = uniqueEmail("college");
		answerEverything(typed, yearsAgo(20));
		answer("/institution", "chosenInstitution", "not-listed", "institution", "Otterburn Learning Centre")
			.andExpect(redirectedUrl(BASE + "/check-answers"));
		open("/institution").andExpect(content().string(containsString("value=\"Otterburn Learning Centre\"")));
		answer("/check-answers");
		answer("/password", "password", PASSWORD).andExpect(redirectedUrl("/register/check-email"));
		assertThat(this.careLeavers.profile(this.accounts.idOf(typed).orElseThrow()).orElseThrow().institution())
			.isEqualTo("Otterburn Learning Centre");
	}

	private void answerEverything(String email, LocalDate dateOfBirth) throws Exception {
		answer("", "fullName", "Riley Mensah", "preferredName", "Riley");
		dateOfBirth(dateOfBirth);
		answer("/email", "email", email);
		answer("/council", "council", "24");
		answer("/region", "region", "E12000002");
		answer("/interests", "types", "APPRENTICESHIP", "categories", "LEISURE_AND_LIFESTYLE");
		answer("/situation", "situation", "TRAINING");
		answer("/ambitions", "ambitions", "I want to be a chef");
		answer("/privacy", "agreed", "yes").andExpect(redirectedUrl(BASE + "/check-answers"));
	}

	private ResultActions dateOfBirth(LocalDate date) throws Exception {
		return answer("/date-of-birth", "dateOfBirth.day", String.valueOf(date.getDayOfMonth()), "dateOfBirth.month",
				String.valueOf(date.getMonthValue()), "dateOfBirth.year", String.valueOf(date.getYear()));
	}

	private ResultActions answer(String page, String... namesAndValues) throws Exception {
		MockHttpServletRequestBuilder request = post(BASE + page).with(csrf()).with(this.from);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return perform(request);
	}

	private ResultActions open(String page) throws Exception {
		return perform(get(BASE + page));
	}

	private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		if (this.session != null) {
			request.cookie(this.session);
		}
		ResultActions result = this.mvc.perform(request);
		Cookie set = result.andReturn().getResponse().getCookie("CONNECTS_SESSION");
		if (set != null) {
			this.session = set;
		}
		return result;
	}

}
