package org.covenantconnects.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.internal.RecentSearches;
import org.covenantconnects.signatory.NewOrganisation;
import org.covenantconnects.signatory.Sector;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.Size;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.SignedIn.as;
import static org.covenantconnects.SignedIn.someone;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The opportunity pages and API as each kind of user sees them: a signatory user only
 * ever reaches its own organisation's opportunities, access codes are never public, and
 * bad input is explained rather than failing.
 */
@ConnectsTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpportunityPagesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Opportunities opportunities;

	@Autowired
	private Signatories signatories;

	@Autowired
	private Accounts accounts;

	@Autowired
	private RecentSearches recentSearches;

	private CurrentUser ours;

	private CurrentUser theirs;

	private OpportunityId theirDraft;

	private OpportunityId discount;

	@BeforeAll
	void twoOrganisationsWithOpportunities() {
		this.ours = this.fixtures.organisation("Our Pages Test Org").member();
		this.theirs = this.fixtures.organisation("Their Pages Test Org").member();
		this.theirDraft = this.opportunities.createDraft(this.theirs.id(), OpportunityRulesTests.valid());
		SignatoryId theirOrganisation = this.signatories.ofMember(this.theirs.id()).orElseThrow().id();
		this.discount = this.opportunities.createDemo(theirOrganisation,
				new OpportunityDetails("Half price gym membership in Wrenthorpe", "Half price for care leavers",
						"Show your code at the desk.", OpportunityType.DISCOUNT, Category.HEALTH_AND_WELLBEING,
						Set.of(Outcome.HEALTH_SUPPORT), Scope.NATIONAL, List.of(), List.of(), 16, 25, null, null, null,
						null, null, TakeUpRoute.CODE, null, "GYM-SECRET-42", null, null),
				Instant.now());
	}

	@Test
	void signedOutVisitorsGetAKeptSearchPageUntilAnOpportunityChanges() throws Exception {
		String word = "Yarrowfen" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "x");
		String query = "q=" + word + "&";
		this.mvc.perform(get("/opportunities").param("q", word))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Pottery class in " + word))));
		assertThat(this.recentSearches.keptPage(query)).isNotNull();
		this.mvc.perform(get("/opportunities").param("q", word))
			.andExpect(status().isOk())
			.andExpect(header().exists("Content-Security-Policy"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));

		SignatoryId organisation = this.signatories.ofMember(this.theirs.id()).orElseThrow().id();
		this.opportunities.createDemo(organisation,
				new OpportunityDetails("Pottery class in " + word, "Make a mug and a bowl", "Six evening classes.",
						OpportunityType.WORKSHOP_OR_EVENT, Category.LEISURE_AND_LIFESTYLE,
						Set.of(Outcome.HEALTH_SUPPORT), Scope.NATIONAL, List.of(), List.of(), 16, 25, null, null, null,
						null, null, TakeUpRoute.CONNECTS, null, null, null, null),
				Instant.now());
		assertThat(this.recentSearches.keptPage(query)).isNull();
		this.mvc.perform(get("/opportunities").param("q", word))
			.andExpect(content().string(containsString("Pottery class in " + word)))
			.andExpect(content().string(not(containsString("_csrf"))));

		// Someone signed in gets their own page, never the one kept for the public.
		this.mvc.perform(get("/opportunities").param("q", word).with(as(this.ours)))
			.andExpect(content().string(containsString("Sign out")));
		this.mvc.perform(get("/opportunities").param("q", word))
			.andExpect(content().string(not(containsString("Sign out"))));
	}

	@Test
	void aClosedOpportunityOrADraftIsArchivedOffTheListButAPublishedOneIsNot() throws Exception {
		OpportunityId draft = this.opportunities.createDraft(this.ours.id(), OpportunityRulesTests.valid());
		String path = "/organisation/opportunities/" + draft;
		this.mvc.perform(post(path + "/archive").with(csrf()).with(as(this.theirs))).andExpect(status().isNotFound());
		this.mvc.perform(post(path + "/archive").with(csrf()).with(as(this.ours)))
			.andExpect(redirectedUrl("/organisation/opportunities"));
		assertThat(this.opportunities.find(draft).orElseThrow().status()).isEqualTo(Status.ARCHIVED);
		this.mvc.perform(get("/organisation/opportunities").with(as(this.ours)))
			.andExpect(content().string(not(containsString(draft.toString()))));

		String published = "/organisation/opportunities/" + this.discount;
		this.mvc.perform(post(published + "/archive").with(csrf()).with(as(this.theirs)))
			.andExpect(redirectedUrl(published));
		assertThat(this.opportunities.find(this.discount).orElseThrow().status()).isEqualTo(Status.PUBLISHED);
	}

	@Test
	void aSignatoryUserCannotSeeOrChangeAnotherOrganisationsOpportunity() throws Exception {
		String path = "/organisation/opportunities/" + this.theirDraft;
		this.mvc.perform(get(path).with(as(this.ours))).andExpect(status().isNotFound());
		this.mvc.perform(get(path + "/edit").with(as(this.ours))).andExpect(status().isNotFound());
		this.mvc.perform(post(path + "/edit").param("title", "Taken over").with(csrf()).with(as(this.ours)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(path + "/submit").with(csrf()).with(as(this.ours))).andExpect(status().isNotFound());
		this.mvc.perform(post(path + "/close").with(csrf()).with(as(this.ours))).andExpect(status().isNotFound());
		this.mvc.perform(get("/organisation/opportunities").with(as(this.ours)))
			.andExpect(content().string(not(containsString(this.theirDraft.toString()))));
		this.mvc.perform(get(path).with(as(this.theirs))).andExpect(status().isOk());
		assertThat(this.opportunities.find(this.theirDraft).orElseThrow().status()).isEqualTo(Status.DRAFT);
	}

	@Test
	void aDraftIsCreatedSubmittedAndPublishedByACoordinator() throws Exception {
		String location = this.mvc
			.perform(post("/organisation/opportunities/new").with(csrf())
				.with(as(this.ours))
				.param("title", "Warehouse work experience <script>alert('x')</script>")
				.param("summary", "Two weeks in our warehouse")
				.param("description", "You will learn how a warehouse works.")
				.param("type", "WORK_EXPERIENCE")
				.param("category", "EMPLOYMENT_AND_WORK_EXPERIENCE")
				.param("outcomes", "EMPLOYMENT_EDUCATION_TRAINING")
				.param("scope", "COUNCILS")
				.param("councils", "leeds\nManchester")
				.param("ageFrom", "16")
				.param("ageTo", "27")
				.param("takeUp", "CONNECTS"))
			.andExpect(redirectedUrlPattern("/organisation/opportunities/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		OpportunityId id = OpportunityId.parse(location.substring(location.lastIndexOf('/') + 1)).orElseThrow();
		this.mvc.perform(get(location).with(as(this.ours)))
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert"))))
			.andExpect(content().string(containsString("Leeds, Manchester")));
		this.mvc.perform(post(location + "/submit").with(csrf()).with(as(this.ours)))
			.andExpect(status().is3xxRedirection());
		CurrentUser coordinator = someone(Role.COORDINATOR);
		this.mvc.perform(get("/coordinator/opportunities").with(as(coordinator)))
			.andExpect(content().string(containsString(id.toString())));
		this.mvc.perform(post("/coordinator/opportunities/" + id + "/return").with(csrf()).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the reasons the organisation will see")));
		this.mvc.perform(post("/coordinator/opportunities/" + id + "/publish").with(csrf()).with(as(coordinator)))
			.andExpect(redirectedUrl("/coordinator/opportunities"));
		assertThat(this.opportunities.find(id).orElseThrow().status()).isEqualTo(Status.PUBLISHED);
		this.mvc.perform(get("/opportunities/" + id)).andExpect(status().isOk());
	}

	@Test
	void anOrganisationThatHasNotSignedCannotHaveItsOpportunityPublished() throws Exception {
		String email = "prospect-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		this.signatories.join(new NewOrganisation("Prospect Pages Test " + email, Sector.VOLUNTARY, Size.MICRO, null,
				true, List.of(), "Mentoring"), "Pat Prospect", email, "kettle orbit lantern sunrise");
		AccountId member = this.accounts.idOf(email).orElseThrow();
		OpportunityId id = this.opportunities.createDraft(member, OpportunityRulesTests.valid());
		this.opportunities.submit(member, id);
		this.mvc
			.perform(post("/coordinator/opportunities/" + id + "/publish").with(csrf())
				.with(as(someone(Role.COORDINATOR))))
			.andExpect(redirectedUrlPattern("/coordinator/opportunities/*"));
		assertThat(this.opportunities.find(id).orElseThrow().status()).isEqualTo(Status.SUBMITTED);
	}

	@Test
	void theFormExplainsEveryProblemAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(post("/organisation/opportunities/new").with(csrf())
				.with(as(this.ours))
				.param("title", "x".repeat(121))
				.param("summary", "Kept <b>as typed</b>")
				.param("type", "SPACESHIP")
				.param("scope", "COUNCILS")
				.param("councils", "Leeds\nNarnia")
				.param("regions", "E99999999")
				.param("ageFrom", "24")
				.param("ageTo", "18")
				.param("opensOn.day", "10")
				.param("opensOn.month", "5")
				.param("opensOn.year", "2027")
				.param("closesOn.day", "1")
				.param("closesOn.month", "5")
				.param("closesOn.year", "2027")
				.param("startsOn.day", "31")
				.param("startsOn.month", "2")
				.param("startsOn.year", "2027")
				.param("takeUp", "LINK")
				.param("applyUrl", "not a web address"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Title must be 120 characters or fewer")))
			.andExpect(content().string(containsString("There is no council called &#39;Narnia&#39;")))
			.andExpect(content().string(containsString("Select regions from the list")))
			.andExpect(content().string(containsString("Oldest age must be the same as or more than the youngest age")))
			.andExpect(content().string(containsString("Closing date must be the same as or after the opening date")))
			.andExpect(content().string(containsString("Start date must be a real date")))
			.andExpect(content().string(containsString("Enter a web address in the correct format")))
			.andExpect(content().string(containsString("Kept &lt;b&gt;as typed&lt;/b&gt;")));
	}

	@Test
	void anAccessCodeIsNeverShownToThePublicNorWithoutAClaim() throws Exception {
		String path = "/opportunities/" + this.discount;
		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("GYM-SECRET-42"))))
			.andExpect(content().string(containsString("Sign in</a> as a care leaver to see it")));
		this.mvc.perform(get(path).with(as(someone(Role.SUPPORTER))))
			.andExpect(content().string(not(containsString("GYM-SECRET-42"))));
		// A care leaver sees the code only by claiming it (CareLeaverJourneyTests).
		this.mvc.perform(get(path).with(as(someone(Role.CARE_LEAVER))))
			.andExpect(content().string(not(containsString("GYM-SECRET-42"))));
		this.mvc.perform(get(path).with(as(someone(Role.COORDINATOR))))
			.andExpect(content().string(containsString("GYM-SECRET-42")));
		this.mvc.perform(get("/api/opportunities/" + this.discount))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("GYM-SECRET-42"))));
	}

	@Test
	void aDraftIsNotPublicAndAnUnknownOrMalformedIdIsNotFound() throws Exception {
		this.mvc.perform(get("/opportunities/" + this.theirDraft)).andExpect(status().isNotFound());
		this.mvc.perform(get("/opportunities/not-an-id")).andExpect(status().isNotFound());
		this.mvc.perform(get("/signatories/no-such-organisation")).andExpect(status().isNotFound());
	}

	@Test
	void theSearchPageExplainsBadInputInsteadOfFailing() throws Exception {
		this.mvc.perform(get("/opportunities").param("q", "%%% !!!"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter words or numbers to search for, not only symbols")));
		this.mvc.perform(get("/opportunities").param("region", "atlantis").param("page", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select a region from the list")))
			.andExpect(content().string(containsString("Page must be a whole number, 1 or more")));
		this.mvc.perform(get("/opportunities").param("q", "Wrenthorpe").param("page", "999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no page 999")));
		this.mvc.perform(get("/opportunities").param("q", "Wrenthorpe gym"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 opportunity found")))
			.andExpect(content().string(containsString("Half price gym membership in Wrenthorpe")));
	}

	@Test
	void theDirectoryListsSignedOrganisationsWithTheirOpenOpportunities() throws Exception {
		String name = this.signatories.ofMember(this.theirs.id()).orElseThrow().name();
		String slug = this.signatories.ofMember(this.theirs.id()).orElseThrow().slug();
		this.mvc.perform(get("/signatories").param("page", "99999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no such page")));
		this.mvc.perform(get("/signatories/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Half price gym membership in Wrenthorpe")));
	}

	@Test
	void coordinatorsSeeSignatoriesWithNoOpenOpportunities() throws Exception {
		String without = this.fixtures.organisation("000 No Offers Yet").name();
		String theirName = this.signatories.ofMember(this.theirs.id()).orElseThrow().name();
		this.mvc.perform(get("/coordinator/signatories/without-opportunities").with(as(someone(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(without)))
			.andExpect(content().string(not(containsString(theirName))));
	}

	@Test
	void theApiAnswersWithJsonAndExplainsBadInputAsProblemDetails() throws Exception {
		this.mvc.perform(get("/api/opportunities").param("q", "Wrenthorpe gym"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(1))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.items[0].id").value(this.discount.toString()))
			.andExpect(jsonPath("$.items[0].type.code").value("DISCOUNT"))
			.andExpect(jsonPath("$.items[0].orientation.code").value("OTHER"))
			.andExpect(jsonPath("$.items[0].eligibility.ageTo").value(25))
			.andExpect(jsonPath("$.items[0].takeUp.code").value("CODE"))
			.andExpect(jsonPath("$.items[0].accessCode").doesNotExist());
		this.mvc.perform(get("/api/opportunities").param("region", "atlantis").param("q", "***"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[0].parameter").value("q"))
			.andExpect(jsonPath("$.errors[1].parameter").value("region"));
		this.mvc.perform(get("/api/opportunities/" + this.theirDraft))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		this.mvc.perform(get("/api/opportunities").param("q", "Wrenthorpe").param("page", "50"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isEmpty())
			.andExpect(jsonPath("$.totalPages").value(1));
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/opportunities']").exists())
			.andExpect(jsonPath("$.paths['/api/opportunities/{id}']").exists());
	}

	@Test
	void aJobLikeOpportunityCarriesJobPostingDataUntilItCloses() throws Exception {
		SignatoryId organisation = this.signatories.ofMember(this.theirs.id()).orElseThrow().id();
		OpportunityId job = this.opportunities.createDemo(organisation,
				new OpportunityDetails("Trainee chef </script><b>", "Cook with us", "Learn to cook.",
						OpportunityType.JOB, Category.EMPLOYMENT_AND_WORK_EXPERIENCE,
						Set.of(Outcome.EMPLOYMENT_EDUCATION_TRAINING), Scope.NATIONAL, List.of(), List.of(), 16, 25,
						null, null, null, LocalDate.now().plusDays(10), null, TakeUpRoute.CONNECTS, null, null, null,
						null),
				Instant.now());
		this.mvc.perform(get("/opportunities/" + job))
			.andExpect(content().string(containsString("<script type=\"application/ld+json\">")))
			.andExpect(content().string(containsString("\"@type\":\"JobPosting\"")))
			.andExpect(content().string(containsString("Trainee chef \\u003c/script\\u003e")));
		this.mvc.perform(get("/opportunities/" + this.discount))
			.andExpect(content().string(not(containsString("application/ld+json"))));
	}

}
