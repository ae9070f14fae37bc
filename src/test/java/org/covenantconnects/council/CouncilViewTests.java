package org.covenantconnects.council;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.covenantconnects.platform.SmallNumbers;
import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.Fixtures.YoungPerson;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.contactlog.ContactKind;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.NewContact;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthority;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.supporter.Verification;
import org.covenantconnects.takeup.TakeUps;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A council's own view for the people who work there, and coordinators' patches with "My
 * councils": through the pages, against the real database.
 */
@ConnectsTest
@AutoConfigureMockMvc
class CouncilViewTests {

	/** Councils no other test gives advisers, care leavers or take-ups. */
	private static final LocalAuthorityId RUTLAND = new LocalAuthorityId(60);

	private static final LocalAuthorityId HARTLEPOOL = new LocalAuthorityId(4);

	private static final LocalAuthorityId BOLTON = new LocalAuthorityId(15);

	private static final LocalAuthorityId WIGAN = new LocalAuthorityId(35);

	private static final LocalAuthorityId CAMBRIDGESHIRE = new LocalAuthorityId(77);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Supporters supporters;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private TakeUps takeUps;

	@Autowired
	private ContactLog contactLog;

	@Autowired
	private Patches patches;

	@Autowired
	private Councils councils;

	@Test
	void aVerifiedSupporterSeesTheirOwnCouncilsViewAndNeverAnothers() throws Exception {
		CurrentUser adviser = supporter(RUTLAND, SupporterRole.PERSONAL_ADVISER, OrganisationType.COUNCIL,
				Verification.VERIFIED);
		this.mvc.perform(get("/supporter/council").with(as(adviser)))
			.andExpect(redirectedUrl("/supporter/council/rutland"));
		this.mvc.perform(get("/supporter/council/rutland").with(as(adviser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Rutland</h1>")))
			.andExpect(content().string(containsString("What the Covenant asks next")));
		// Another council, however it is asked for, is not found
		for (String other : new String[] { "manchester", "leeds", "hartlepool", "no-such-council" }) {
			this.mvc.perform(get("/supporter/council/" + other).with(as(adviser)))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("What the Covenant asks next"))));
		}
		this.mvc.perform(get("/supporter").with(as(adviser)))
			.andExpect(content().string(containsString("href=\"/supporter/council\"")));
	}

	@Test
	void supportersWhoAreNotVerifiedOrDoNotWorkForTheCouncilGetNothing() throws Exception {
		for (Verification verification : new Verification[] { Verification.PENDING, Verification.DECLINED }) {
			CurrentUser waiting = supporter(RUTLAND, SupporterRole.PERSONAL_ADVISER, OrganisationType.COUNCIL,
					verification);
			this.mvc.perform(get("/supporter/council").with(as(waiting))).andExpect(status().isNotFound());
			this.mvc.perform(get("/supporter/council/rutland").with(as(waiting))).andExpect(status().isNotFound());
		}
		CurrentUser charity = supporter(RUTLAND, SupporterRole.CHARITY_WORKER, OrganisationType.CHARITY,
				Verification.VERIFIED);
		this.mvc.perform(get("/supporter/council").with(as(charity))).andExpect(status().isNotFound());
		this.mvc.perform(get("/supporter/council/rutland").with(as(charity))).andExpect(status().isNotFound());
		this.mvc.perform(get("/supporter").with(as(charity)))
			.andExpect(content().string(not(containsString("href=\"/supporter/council\""))));
	}

	@Test
	void countsUnderFiveAreShownAsFewerThanFive() throws Exception {
		// Hartlepool's figures start from nothing: no other test uses it
		assertThat(this.supporters.countVerifiedAdvisersAt(HARTLEPOOL)).isZero();
		assertThat(this.careLeavers.countLookedAfterBy(HARTLEPOOL)).isZero();
		CurrentUser adviser = supporter(HARTLEPOOL, SupporterRole.PERSONAL_ADVISER, OrganisationType.COUNCIL,
				Verification.VERIFIED);
		OpportunityId mentoring = this.fixtures.publish(this.fixtures.organisation("Hartlepool mentors").id(),
				Fixtures.opportunity("Hartlepool mentoring").ofType(OpportunityType.MENTORING));
		for (int i = 0; i < 3; i++) {
			supporter(HARTLEPOOL, SupporterRole.PERSONAL_ADVISER, OrganisationType.COUNCIL, Verification.VERIFIED);
		}
		// Waiting advisers and other roles are not counted as advisers on Connects
		supporter(HARTLEPOOL, SupporterRole.PERSONAL_ADVISER, OrganisationType.COUNCIL, Verification.PENDING);
		supporter(HARTLEPOOL, SupporterRole.VIRTUAL_SCHOOL_HEAD, OrganisationType.COUNCIL, Verification.VERIFIED);
		for (int i = 0; i < 4; i++) {
			CurrentUser young = this.fixtures
				.careLeaver(YoungPerson.named("Hartlepool young " + i).lookedAfterBy(HARTLEPOOL).aged(19));
			this.takeUps.expressInterest(young.id(), mentoring);
		}
		String page = view(adviser, "hartlepool");
		assertThat(page).contains("id=\"advisers\">fewer than 5<", "id=\"care-leavers\">fewer than 5<",
				"Fewer than 5 take-ups of each type so far.", "Invite your personal advisers to sign up to Connects",
				"Tell the care leavers you support about Connects");
		assertThat(page).doesNotContainPattern("id=\"(advisers|care-leavers)\">[0-9]");
		assertThat(page).contains("Shown once we know how many personal advisers you employ",
				"Not known yet: tell your account manager how many personal advisers you employ");

		// With the headcount known, the share stays hidden while it would give the count
		// away
		this.councils.recordPart(HARTLEPOOL,
				new PartProgress(PartStatus.IN_PROGRESS, LocalDate.of(2026, 6, 1), "Advisers registering", null),
				new PartFacts.Awareness(8), null);
		page = view(adviser, "hartlepool");
		assertThat(page).contains("id=\"headcount\">8<",
				"id=\"coverage\">Shown once 5 or more of your personal advisers are on Connects<",
				"Part 1’s minimum is not met yet.", "Personal advisers the council employs: 8");
		assertThat(page).doesNotContainPattern("id=\"coverage\">\\d");

		supporter(HARTLEPOOL, SupporterRole.PERSONAL_ADVISER, OrganisationType.COUNCIL, Verification.VERIFIED);
		CurrentUser fifth = this.fixtures
			.careLeaver(YoungPerson.named("Hartlepool young 5").lookedAfterBy(HARTLEPOOL).aged(19));
		this.takeUps.expressInterest(fifth.id(), mentoring);
		page = view(adviser, "hartlepool");
		assertThat(page).contains("id=\"advisers\">5<", "id=\"care-leavers\">5<", "Every other type: fewer than 5");
		// Five of eight: 62%, short of the minimum, so the Covenant asks for the rest
		assertThat(page).contains("id=\"coverage\">62%<",
				"Invite the rest of your personal advisers to sign up to Connects",
				"Become a partner of the Care Leaver Covenant");
		assertThat(page).containsPattern("Mentoring</th>\\s*<td class=\"govuk-table__cell\">5</td>\\s*"
				+ "<td class=\"govuk-table__cell\">fewer than 5</td>");
		assertThat(page).doesNotContain("Invite your personal advisers to sign up to Connects",
				"Tell the care leavers you support about Connects");
	}

	@Test
	void aPartnerIsAskedForTheFirstOfPartsOneToThreeNotInPlace() {
		LocalAuthority rutland = new LocalAuthority(RUTLAND, "Rutland", "rutland", null);
		CouncilPartnership partner = new CouncilPartnership(rutland, true, LocalDate.of(2024, 1, 1), null,
				"https://rutland.example/local-offer");
		PartProgress inPlace = new PartProgress(PartStatus.IN_PLACE, LocalDate.of(2025, 1, 1), "Done", null);
		WholeCouncilApproach awarenessOnly = new WholeCouncilApproach(RUTLAND,
				Map.of(ApproachPart.RAISING_AWARENESS, inPlace, ApproachPart.TRAINING_AND_EMPLOYMENT, inPlace),
				new PartFacts.Awareness(5), PartFacts.TaxExemption.NONE, PartFacts.TrainingAndEmployment.NONE,
				PartFacts.SocialValuePolicy.NONE, PartFacts.EconomicDevelopment.NONE, 5, 7);
		assertThat(CouncilViews.asks(partner, awarenessOnly)).extracting(CouncilView.Ask::what)
			.containsExactly("Put part 2 of the Whole Council Approach in place: council tax exemption");
		WholeCouncilApproach firstThree = new WholeCouncilApproach(RUTLAND,
				Map.of(ApproachPart.RAISING_AWARENESS, inPlace, ApproachPart.COUNCIL_TAX_EXEMPTION, inPlace,
						ApproachPart.TRAINING_AND_EMPLOYMENT, inPlace),
				new PartFacts.Awareness(5), PartFacts.TaxExemption.NONE, PartFacts.TrainingAndEmployment.NONE,
				PartFacts.SocialValuePolicy.NONE, PartFacts.EconomicDevelopment.NONE, 5, 7);
		assertThat(firstThree.embedded()).isTrue();
		assertThat(CouncilViews.asks(partner, firstThree)).extracting(CouncilView.Ask::what)
			.containsExactly("Keep your advisers and care leavers using Connects");
		// Not a partner yet: becoming one comes first, and no part is asked for
		assertThat(CouncilViews.asks(CouncilPartnership.none(rutland), awarenessOnly)).extracting(CouncilView.Ask::what)
			.containsExactly("Become a partner of the Care Leaver Covenant");
	}

	@Test
	void theSmallNumberRuleHidesNoughtToFourAndShowsTheRest() {
		for (long count = 0; count < 5; count++) {
			assertThat(SmallNumbers.shown(count)).isEqualTo("fewer than 5");
		}
		assertThat(SmallNumbers.shown(5)).isEqualTo("5");
		assertThat(SmallNumbers.shown(1204)).isEqualTo("1,204");
	}

	@Test
	void aCoordinatorSetsTheirPatchAndStartsFromTheirCouncilsOverdueStepsFirst() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc.perform(get("/home").with(as(coordinator)))
			.andExpect(content().string(containsString("You have not set your patch yet")));

		this.mvc.perform(post("/coordinator/patch").with(as(coordinator)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Select at least one region or council")));
		this.mvc
			.perform(post("/coordinator/patch").with(as(coordinator))
				.with(csrf())
				.param("regions", "E12000002")
				.param("councils", "not-a-council"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select councils from the list")))
			.andExpect(content().string(matchesPattern("(?s).*value=\"E12000002\"[^>]*checked.*")));
		this.mvc
			.perform(post("/coordinator/patch").with(as(coordinator))
				.with(csrf())
				.param("regions", "E12000002")
				.param("councils", String.valueOf(CAMBRIDGESHIRE.value())))
			.andExpect(redirectedUrl("/home#my-councils"));
		assertThat(this.patches.of(coordinator.id()))
			.isEqualTo(new Patch(Set.of(new RegionCode("E12000002")), Set.of(CAMBRIDGESHIRE)));

		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		step(coordinator.id(), WIGAN, "Wigan step due soon", today.plusDays(3));
		step(coordinator.id(), BOLTON, "Bolton step overdue", today.minusDays(2));
		String home = this.mvc.perform(get("/home").with(as(coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("My councils", "Bolton step overdue", "Wigan step due soon", "Overdue");
		int bolton = home.indexOf("id=\"my-council-bolton\"");
		int wigan = home.indexOf("id=\"my-council-wigan\"");
		int cambridgeshire = home.indexOf("id=\"my-council-cambridgeshire\"");
		assertThat(bolton).isPositive().isLessThan(wigan);
		assertThat(home).contains("id=\"my-council-manchester\"").doesNotContain("id=\"my-council-leeds\"");
		assertThat(cambridgeshire).isPositive();

		// The patch filter on the councils list
		this.mvc.perform(get("/coordinator/councils?patch=mine").with(as(coordinator)))
			.andExpect(content().string(containsString(">Bolton</a>")))
			.andExpect(content().string(containsString(">Cambridgeshire</a>")))
			.andExpect(content().string(not(containsString(">Leeds</a>"))));
		this.mvc.perform(get("/coordinator/councils?patch=").with(as(coordinator)))
			.andExpect(content().string(containsString(">Leeds</a>")));
	}

	@Test
	void anAdministratorSetsACoordinatorsPatchAndNobodyElses() throws Exception {
		CurrentUser admin = this.fixtures.staff(Role.ADMIN);
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc.perform(get("/admin/patches").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(coordinator.displayName())));
		this.mvc
			.perform(post("/admin/patches/" + coordinator.id().value()).with(as(admin))
				.with(csrf())
				.param("councils", String.valueOf(RUTLAND.value())))
			.andExpect(redirectedUrl("/admin/patches"));
		assertThat(this.patches.of(coordinator.id())).isEqualTo(new Patch(Set.of(), Set.of(RUTLAND)));
		// An account that is not a coordinator has no patch to set
		CurrentUser adviser = this.fixtures.adviser(Verification.VERIFIED);
		this.mvc.perform(get("/admin/patches/" + adviser.id().value()).with(as(admin)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/admin/patches/" + admin.id().value()).with(as(admin))
				.with(csrf())
				.param("councils", String.valueOf(RUTLAND.value())))
			.andExpect(status().isNotFound());
		// A coordinator sets only their own
		this.mvc
			.perform(post("/admin/patches/" + coordinator.id().value()).with(as(this.fixtures.staff(Role.COORDINATOR)))
				.with(csrf())
				.param("councils", String.valueOf(HARTLEPOOL.value())))
			.andExpect(status().isForbidden());
		assertThat(this.patches.of(coordinator.id())).isEqualTo(new Patch(Set.of(), Set.of(RUTLAND)));
	}

	private String view(CurrentUser supporter, String slug) throws Exception {
		return this.mvc.perform(get("/supporter/council/" + slug).with(as(supporter)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void step(AccountId coordinator, LocalAuthorityId council, String nextStep, LocalDate due) {
		this.contactLog.add(
				PartnerRef.council(council.value()), new NewContact(ContactKind.CALL,
						LocalDate.now(ZoneId.of("Europe/London")), "Test call", "A call for the test", nextStep, due),
				coordinator);
	}

	private CurrentUser supporter(LocalAuthorityId council, SupporterRole role, OrganisationType type,
			Verification verification) {
		String email = Fixtures.uniqueEmail("council-staff");
		AccountId id = this.accounts.createDemoAccount("Test Council Staff", email, Fixtures.PASSWORD, Role.SUPPORTER);
		this.supporters.createDemoSupporter(id,
				new NewSupporter("Test Council Staff", role, type,
						(type == OrganisationType.COUNCIL) ? null : "Test Charity", council, email),
				(verification == Verification.DECLINED) ? Verification.PENDING : verification);
		if (verification == Verification.DECLINED) {
			this.supporters.decline(id, this.fixtures.staff(Role.COORDINATOR).id(), "We could not confirm it");
		}
		return new CurrentUser(id, email, "Test Council Staff", Role.SUPPORTER);
	}

}
