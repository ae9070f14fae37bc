package org.covenantconnects.council;

import java.time.LocalDate;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.supporter.Verification;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The parts of a council's Whole Council Approach, kept one at a time with every change
 * in the council's history, and the count of councils that have embedded it, which
 * follows the verified personal advisers on Connects.
 */
@ConnectsTest
@AutoConfigureMockMvc
class WholeCouncilApproachTests {

	private static final LocalAuthorityId RUTLAND = new LocalAuthorityId(60);

	private static final LocalAuthorityId ISLES_OF_SCILLY = new LocalAuthorityId(146);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Councils councils;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Supporters supporters;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aPartIsKeptWithItsOwnFactsAndEveryChangeIsInTheCouncilsHistory() {
		PartFacts.TaxExemption exemption = new PartFacts.TaxExemption(true, 25, LocalDate.of(2024, 4, 1));
		PartProgress inPlace = new PartProgress(PartStatus.IN_PLACE, LocalDate.of(2024, 4, 1),
				"Cabinet decision, March 2024", "https://rutland.council.example/council-tax");
		assertThat(this.councils.recordPart(RUTLAND, inPlace, exemption, null)).isTrue();
		assertThat(this.councils.recordPart(RUTLAND, inPlace, exemption, null)).as("the same again changes nothing")
			.isFalse();
		this.councils.recordPart(RUTLAND,
				new PartProgress(PartStatus.IN_PROGRESS, LocalDate.of(2026, 1, 5), "Drafting", null),
				new PartFacts.SocialValuePolicy(false, null, 100_000L, true), null);

		WholeCouncilApproach approach = this.councils.approachOf(RUTLAND);
		assertThat(approach.progressOf(ApproachPart.COUNCIL_TAX_EXEMPTION)).isEqualTo(inPlace);
		assertThat(approach.taxExemption()).as("part 4 leaves part 2's facts as they were").isEqualTo(exemption);
		assertThat(approach.socialValuePolicy().thresholdPounds()).isEqualTo(100_000L);
		assertThat(approach.statusOf(ApproachPart.ECONOMIC_DEVELOPMENT)).isEqualTo(PartStatus.NOT_STARTED);
		assertThat(this.councils.changesOf(RUTLAND)).extracting(PartnershipChange::what)
			.anySatisfy((what) -> assertThat(what)
				.startsWith("Part 2: council tax exemption: status Not started to In place")
				.contains("up to age: Not recorded to 25"))
			.anySatisfy((what) -> assertThat(what).startsWith("Part 4: social value policy")
				.contains("applies to contracts from: Not recorded to £100,000"));
		assertThatThrownBy(() -> this.jdbc
			.sql("update council_partnership_change set what = 'changed' where local_authority_id = :id")
			.param("id", RUTLAND.value())
			.update()).hasMessageContaining("kept as they were written");
	}

	@Test
	void aCouncilCountsAsEmbeddedOnceItsVerifiedAdvisersMeetTheMinimum() {
		long embeddedBefore = this.councils.countEmbedded();
		LocalDate day = LocalDate.of(2025, 9, 1);
		this.councils.recordPart(ISLES_OF_SCILLY, new PartProgress(PartStatus.IN_PLACE, day, "Briefed", null),
				new PartFacts.Awareness(2), null);
		this.councils.recordPart(ISLES_OF_SCILLY, new PartProgress(PartStatus.IN_PLACE, day, "Decision", null),
				new PartFacts.TaxExemption(true, 25, day), null);
		this.councils.recordPart(ISLES_OF_SCILLY, new PartProgress(PartStatus.IN_PLACE, day, "Workforce plan", null),
				new PartFacts.TrainingAndEmployment(null, 2, 75, 70, 2025), null);
		assertThat(this.councils.approachOf(ISLES_OF_SCILLY).embedded()).as("no adviser on Connects yet").isFalse();

		adviserAt(ISLES_OF_SCILLY, Verification.VERIFIED);
		adviserAt(ISLES_OF_SCILLY, Verification.PENDING);
		WholeCouncilApproach half = this.councils.approachOf(ISLES_OF_SCILLY);
		assertThat(half.coveragePercent()).as("a pending adviser does not count").contains(50);
		assertThat(half.minimumMet()).isFalse();

		adviserAt(ISLES_OF_SCILLY, Verification.VERIFIED);
		assertThat(this.councils.approachOf(ISLES_OF_SCILLY).embedded()).isTrue();
		assertThat(this.councils.countEmbedded()).isEqualTo(embeddedBefore + 1);
	}

	@Test
	void aCoordinatorIsToldWhatIsWrongWithAPartAndTheirAnswersAreKept() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc
			.perform(post("/coordinator/councils/rutland/approach/training-and-employment").with(csrf())
				.with(as(coordinator))
				.param("status", "IN_PROGRESS")
				.param("on.day", "1")
				.param("on.month", "13")
				.param("on.year", "2026")
				.param("aimPercent", "120")
				.param("latestPercent", "64")
				.param("ringFencedPlaces", "a dozen")
				.param("evidenceLink", "not a link")
				.param("councilSignatory", "00000000-0000-0000-0000-000000000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("The date it started must be a real date")))
			.andExpect(content().string(containsString("The aim must be between 0 and 100")))
			.andExpect(content().string(containsString("Enter the year of the latest figure")))
			.andExpect(content().string(containsString("must be a whole number")))
			.andExpect(content().string(containsString("Enter the evidence link in the correct format")))
			.andExpect(content().string(containsString("Select an organisation from the list")))
			.andExpect(content().string(containsString("value=\"a dozen\"")))
			.andExpect(content().string(containsString("value=\"64\"")));
		assertThat(this.councils.approachOf(RUTLAND).statusOf(ApproachPart.TRAINING_AND_EMPLOYMENT))
			.isEqualTo(PartStatus.NOT_STARTED);

		this.mvc
			.perform(post("/coordinator/councils/rutland/approach/training-and-employment").with(csrf())
				.with(as(coordinator))
				.param("status", "IN_PROGRESS")
				.param("on.day", "1")
				.param("on.month", "9")
				.param("on.year", "2026")
				.param("aimPercent", "80")
				.param("latestPercent", "64")
				.param("latestYear", "2026")
				.param("ringFencedPlaces", "12"))
			.andExpect(redirectedUrl("/coordinator/councils/rutland#approach"));
		WholeCouncilApproach approach = this.councils.approachOf(RUTLAND);
		assertThat(approach.trainingAndEmployment())
			.isEqualTo(new PartFacts.TrainingAndEmployment(null, 12, 80, 64, 2026));
		assertThat(this.councils.changesOf(RUTLAND).get(0).changedBy()).isEqualTo(coordinator.id());
		this.mvc.perform(get("/coordinator/councils/rutland").with(as(coordinator)))
			.andExpect(content().string(containsString("64% (2026)")));
		this.mvc.perform(get("/coordinator/councils/rutland/approach/no-such-part").with(as(coordinator)))
			.andExpect(status().isNotFound());
	}

	private void adviserAt(LocalAuthorityId council, Verification verification) {
		String email = Fixtures.uniqueEmail("council-adviser");
		AccountId account = this.accounts.createDemoAccount("Council Adviser", email, "kettle orbit lantern",
				Role.SUPPORTER);
		this.supporters.createDemoSupporter(account, new NewSupporter("Council Adviser", SupporterRole.PERSONAL_ADVISER,
				OrganisationType.COUNCIL, null, council, email), verification);
	}

}
