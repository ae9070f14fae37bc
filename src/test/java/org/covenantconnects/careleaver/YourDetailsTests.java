package org.covenantconnects.careleaver;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.alert.Subscriptions;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.institution.Area;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.InstitutionDetails;
import org.covenantconnects.institution.InstitutionKind;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.Fixtures.LONDON;
import static org.covenantconnects.Fixtures.NORTH_WEST;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A care leaver changes their details after registering, one question at a time from a
 * summary reached from My account; a wrong answer is shown again with what is wrong, and
 * nothing is saved until it is right.
 */
@ConnectsTest
@AutoConfigureMockMvc
class YourDetailsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Subscriptions subscriptions;

	@Autowired
	private Institutions institutions;

	@Test
	void aCareLeaverWhoMovesHearsAboutRegionalOpportunitiesWhereTheyNowLive() throws Exception {
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		assertThat(this.subscriptions.preferencesOf(jade.id()).orElseThrow().regions()).containsExactly(NORTH_WEST);

		this.mvc.perform(post("/my-account/details/region").with(csrf()).with(as(jade)).param("region", LONDON.value()))
			.andExpect(redirectedUrl("/my-account/details"));

		assertThat(this.subscriptions.preferencesOf(jade.id()).orElseThrow().regions())
			.as("the region they chose alerts for was where they lived, so it follows them")
			.containsExactly(LONDON);
	}

	@Test
	void aCareLeaverChangesEachOfTheirDetailsAndTheNameWeCallThemIsUsedEverywhere() throws Exception {
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		this.mvc.perform(get("/my-account").with(as(jade)))
			.andExpect(content().string(containsString("href=\"/my-account/details\"")));
		this.mvc.perform(get("/my-account/details").with(as(jade)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("North West")))
			.andExpect(content().string(containsString("Apprenticeship")))
			.andExpect(content().string(containsString("Not given")))
			.andExpect(content().string(containsString("href=\"/my-account/details/institution\"")));

		this.mvc.perform(post("/my-account/details/name").with(csrf()).with(as(jade)).param("preferredName", " Jay "))
			.andExpect(redirectedUrl("/my-account/details"));
		this.mvc.perform(post("/my-account/details/region").with(csrf()).with(as(jade)).param("region", LONDON.value()))
			.andExpect(redirectedUrl("/my-account/details"));
		this.mvc
			.perform(post("/my-account/details/interests").with(csrf())
				.with(as(jade))
				.param("types", "MENTORING", "JOB")
				.param("categories", "HEALTH_AND_WELLBEING"))
			.andExpect(redirectedUrl("/my-account/details"));
		this.mvc
			.perform(post("/my-account/details/situation").with(csrf()).with(as(jade)).param("situation", "EDUCATION"))
			.andExpect(redirectedUrl("/my-account/details"));
		this.mvc
			.perform(post("/my-account/details/institution").with(csrf())
				.with(as(jade))
				.param("institution", "Salford City College"))
			.andExpect(redirectedUrl("/my-account/details"));

		CareLeaverProfile changed = this.careLeavers.profile(jade.id()).orElseThrow();
		assertThat(changed.preferredName()).isEqualTo("Jay");
		assertThat(changed.region()).isEqualTo(LONDON);
		assertThat(changed.types()).containsExactlyInAnyOrder(OpportunityType.MENTORING, OpportunityType.JOB);
		assertThat(changed.categories()).containsExactly(Category.HEALTH_AND_WELLBEING);
		assertThat(changed.situation()).isEqualTo(Situation.EDUCATION);
		assertThat(changed.institution()).isEqualTo("Salford City College");
		assertThat(changed.fullName()).as("not changed here").isEqualTo("Jade Test");
		assertThat(this.accounts.find(jade.id()).orElseThrow().displayName()).isEqualTo("Jay");
		this.mvc.perform(get("/my-account/data").with(as(jade)))
			.andExpect(content().string(containsString("\"collegeOrUniversity\":\"Salford City College\"")));

		this.mvc.perform(post("/my-account/details/institution").with(csrf()).with(as(jade)).param("institution", " "))
			.andExpect(redirectedUrl("/my-account/details"));
		this.mvc.perform(post("/my-account/details/name").with(csrf()).with(as(jade)).param("preferredName", ""))
			.andExpect(redirectedUrl("/my-account/details"));
		assertThat(this.careLeavers.profile(jade.id()).orElseThrow().institution()).isNull();
		assertThat(this.accounts.find(jade.id()).orElseThrow().displayName()).as("back to their full name")
			.isEqualTo("Jade Test");
	}

	@Test
	void wrongAnswersAreShownAgainWithWhatIsWrongAndNothingIsSaved() throws Exception {
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		String tooLong = "A".repeat(101);
		this.mvc
			.perform(post("/my-account/details/institution").with(csrf()).with(as(jade)).param("institution", tooLong))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content()
				.string(containsString("The name of your college or university must be 100 characters or fewer")))
			.andExpect(content().string(containsString("value=\"" + tooLong + "\"")));
		this.mvc.perform(post("/my-account/details/name").with(csrf()).with(as(jade)).param("preferredName", tooLong))
			.andExpect(
					content().string(containsString("The name you like to be called must be 100 characters or fewer")));
		this.mvc.perform(post("/my-account/details/region").with(csrf()).with(as(jade)).param("region", "nowhere"))
			.andExpect(content().string(containsString("Select the part of England where you live now")));
		this.mvc.perform(post("/my-account/details/interests").with(csrf()).with(as(jade)))
			.andExpect(content().string(containsString("Select at least one thing you are interested in")));
		this.mvc
			.perform(post("/my-account/details/interests").with(csrf())
				.with(as(jade))
				.param("types", "MENTORING", "NOT_A_TYPE"))
			.andExpect(content().string(containsString("Select types of opportunity from the list")));
		this.mvc.perform(post("/my-account/details/situation").with(csrf()).with(as(jade)))
			.andExpect(
					content().string(containsString("Select what you are doing now, or that you prefer not to say")));

		CareLeaverProfile unchanged = this.careLeavers.profile(jade.id()).orElseThrow();
		assertThat(unchanged.institution()).isNull();
		assertThat(unchanged.preferredName()).isNull();
		assertThat(unchanged.region()).isEqualTo(NORTH_WEST);
		assertThat(unchanged.types()).containsExactly(OpportunityType.APPRENTICESHIP);
		assertThat(unchanged.situation()).isEqualTo(Situation.TRAINING);
	}

	@Test
	void aYoungPersonChoosesTheirCollegeFromTheListOrTypesItWhenItIsNotListed() throws Exception {
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		String name = "Kielder Forest College " + java.util.UUID.randomUUID().toString().substring(0, 8);
		Institution college = this.institutions.add(
				new InstitutionDetails(name, InstitutionKind.FE, null,
						new org.covenantconnects.places.RegionCode("E12000001"), Area.NORTH, null, java.util.List.of()),
				null);

		this.mvc.perform(get("/my-account/details/institution").with(as(jade)))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("It is not in this list")));
		this.mvc
			.perform(post("/my-account/details/institution").with(csrf())
				.with(as(jade))
				.param("chosenInstitution", college.slug()))
			.andExpect(redirectedUrl("/my-account/details"));
		assertThat(this.careLeavers.profile(jade.id()).orElseThrow().institution()).isEqualTo(name);
		this.mvc.perform(get("/my-account/details/institution").with(as(jade)))
			.andExpect(content().string(containsString("value=\"" + college.slug() + "\" selected")));

		this.mvc
			.perform(post("/my-account/details/institution").with(csrf())
				.with(as(jade))
				.param("chosenInstitution", "not-listed"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the name of your college or university")));
		this.mvc
			.perform(post("/my-account/details/institution").with(csrf())
				.with(as(jade))
				.param("chosenInstitution", "no-such-college"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select your college or university from the list")));
		this.mvc
			.perform(post("/my-account/details/institution").with(csrf())
				.with(as(jade))
				.param("chosenInstitution", "not-listed")
				.param("institution", "Allendale Learning Centre"))
			.andExpect(redirectedUrl("/my-account/details"));
		assertThat(this.careLeavers.profile(jade.id()).orElseThrow().institution())
			.isEqualTo("Allendale Learning Centre");
		this.mvc
			.perform(post("/my-account/details/institution").with(csrf())
				.with(as(jade))
				.param("chosenInstitution", "not-listed")
				.param("institution", name.toUpperCase(java.util.Locale.ROOT)))
			.andExpect(redirectedUrl("/my-account/details"));
		assertThat(this.careLeavers.profile(jade.id()).orElseThrow().institution())
			.as("a listed one typed is kept as the list writes it")
			.isEqualTo(name);
	}

}
