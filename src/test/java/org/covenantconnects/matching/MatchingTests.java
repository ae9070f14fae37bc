package org.covenantconnects.matching;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.Fixtures.Organisation;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.institution.Area;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.InstitutionDetails;
import org.covenantconnects.institution.InstitutionKind;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.institution.Partnership;
import org.covenantconnects.matching.internal.Caseload;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.Places;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.takeup.Proposals;
import org.covenantconnects.takeup.Sharing;
import org.covenantconnects.takeup.TakeUp;
import org.covenantconnects.takeup.TakeUpStatus;
import org.covenantconnects.takeup.TakeUps;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.covenantconnects.Fixtures.MANCHESTER;
import static org.covenantconnects.Fixtures.NORTH_WEST;
import static org.covenantconnects.Fixtures.SOUTH_WEST;
import static org.covenantconnects.Fixtures.YoungPerson.named;
import static org.covenantconnects.Fixtures.opportunity;
import static org.covenantconnects.SignedIn.as;
import static org.covenantconnects.SignedIn.someone;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Matching against the real database: the coordinator's caseload and a young person's
 * ranked opportunities, an opportunity's ranked young people, suggesting, and the young
 * person saying yes (their application goes, referred) or no thanks (nothing goes). Only
 * young people who turned matching on are ranked or suggested to; every young person a
 * coordinator is shown is in the audit trail.
 */
@ConnectsTest
@AutoConfigureMockMvc
class MatchingTests {

	private static final CurrentUser COORDINATOR = someone(Role.COORDINATOR);

	@Autowired
	private Institutions institutions;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private TakeUps takeUps;

	@Autowired
	private Caseload caseload;

	@Autowired
	private Proposals proposals;

	@Autowired
	private Opportunities opportunities;

	@Autowired
	private Emails emails;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Places places;

	@Test
	void aCoordinatorsSuggestionReachesTheYoungPersonWhoSaysYesAndTheOrganisationGetsTheReferral() throws Exception {
		Organisation bakery = this.fixtures.organisation("Curlew Bakery");
		OpportunityId apprenticeship = this.fixtures.publish(bakery.id(), opportunity("Curlew baking apprenticeship"));
		CurrentUser jade = this.fixtures
			.careLeaver(named("Jade").livingIn(NORTH_WEST).wanting(OpportunityType.APPRENTICESHIP).openToMatching());
		String record = "/coordinator/caseload/" + jade.id();

		this.mvc.perform(get(record).with(as(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Curlew baking apprenticeship")))
			.andExpect(content().string(containsString("Matches an interest in apprenticeships")))
			.andExpect(content().string(containsString("Open to young people anywhere in England")));
		this.mvc
			.perform(post(record + "/suggest").with(csrf())
				.with(as(COORDINATOR))
				.param("opportunity", apprenticeship.toString()))
			.andExpect(redirectedUrl(record + "#recommended"))
			.andExpect(flash().attribute("done", containsString("You suggested Curlew baking apprenticeship to Jade")));
		this.mvc
			.perform(post(record + "/suggest").with(csrf())
				.with(as(COORDINATOR))
				.param("opportunity", apprenticeship.toString()))
			.andExpect(flash().attribute("problem", "They have already been put forward for this"));

		Proposals.Proposal proposal = this.proposals.waitingFor(jade.id()).get(0);
		assertThat(proposal.opportunity()).isEqualTo(apprenticeship);
		assertThat(proposal.from()).isEqualTo("The Covenant team");
		assertThat(proposal.reasons()).contains("Matches an interest in apprenticeships");
		assertThat(this.emails.sentTo(jade.getUsername())).extracting(Emails.SentEmail::textBody)
			.anySatisfy((body) -> assertThat(body).contains("/put-forward/" + proposal.id())
				.contains("Nothing is sent to " + bakery.name() + " unless you say yes"));
		this.mvc.perform(get("/for-you").with(as(jade)))
			.andExpect(content().string(containsString("You have been put forward")))
			.andExpect(content().string(containsString("/put-forward/" + proposal.id())));

		String answer = "/put-forward/" + proposal.id();
		CurrentUser someoneElse = this.fixtures
			.careLeaver(named("Other").livingIn(NORTH_WEST).wantingAnything().openToMatching());
		this.mvc.perform(get(answer).with(as(someoneElse))).andExpect(status().isNotFound());
		this.mvc.perform(post(answer).with(csrf()).with(as(someoneElse)).param("share", "EMAIL"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(answer).with(as(jade)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The Covenant team thinks this could suit you")))
			.andExpect(content().string(containsString("Matches an interest in apprenticeships")));
		this.mvc.perform(post(answer).with(csrf()).with(as(jade)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select at least one thing to share")));
		assertThat(this.takeUps.mine(jade.id())).as("nothing sent before they say yes").isEmpty();
		this.mvc.perform(post(answer).with(csrf()).with(as(jade)).param("share", "EMAIL"))
			.andExpect(redirectedUrl("/my-opportunities"));

		TakeUp takeUp = this.takeUps.mine(jade.id()).get(0).takeUp();
		assertThat(takeUp.status()).isEqualTo(TakeUpStatus.REFERRED);
		assertThat(takeUp.sharedEmail()).isEqualTo(jade.getUsername());
		assertThat(takeUp.sharedName()).isNull();
		assertThat(this.takeUps.takeUp(jade.id(), takeUp.id()).orElseThrow().history())
			.extracting(TakeUp.Event::status, TakeUp.Event::actor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(TakeUpStatus.REFERRED, TakeUp.Actor.COORDINATOR));
		this.mvc.perform(get("/organisation/applications").with(as(bakery.member())))
			.andExpect(content().string(containsString(jade.getUsername())))
			.andExpect(content().string(containsString("Referred")));
		this.mvc.perform(post(answer).with(csrf()).with(as(jade)).param("share", "EMAIL"))
			.andExpect(redirectedUrl("/my-opportunities"))
			.andExpect(flash().attribute("done", "You have already said yes to this"));
		assertThat(this.takeUps.mine(jade.id())).hasSize(1);
		assertThat(this.proposals.madeFor(jade.id())).extracting(Proposals.Proposal::answer)
			.containsExactly(Proposals.Answer.ACCEPTED);
		assertThat(viewsOf(jade, "Opened their record")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void noThanksSendsNothingAndTheSuggestionIsNotShownAgain() throws Exception {
		Organisation shop = this.fixtures.organisation("Dipper Shop");
		OpportunityId job = this.fixtures.publish(shop.id(),
				opportunity("Dipper shop job").ofType(OpportunityType.JOB));
		CurrentUser amir = this.fixtures
			.careLeaver(named("Amir").livingIn(NORTH_WEST).wanting(OpportunityType.JOB).openToMatching());
		UUID proposal = this.proposals.propose(new Proposals.Proposer(COORDINATOR.id(), Role.COORDINATOR, null),
				amir.id(), job, List.of("Matches an interest in jobs"));
		this.mvc.perform(post("/put-forward/" + proposal + "/no").with(csrf()).with(as(amir)))
			.andExpect(redirectedUrl("/for-you"));
		assertThat(this.takeUps.mine(amir.id())).isEmpty();
		assertThat(this.proposals.waitingFor(amir.id())).isEmpty();
		assertThat(this.proposals.madeFor(amir.id())).extracting(Proposals.Proposal::answer)
			.containsExactly(Proposals.Answer.DECLINED);
		this.mvc.perform(get("/for-you").with(as(amir)))
			.andExpect(content().string(not(containsString("You have been put forward"))));
		this.mvc.perform(post("/put-forward/" + proposal).with(csrf()).with(as(amir)).param("share", "EMAIL"))
			.andExpect(redirectedUrl("/for-you"))
			.andExpect(flash().attribute("done", "You have already said no thanks to this"));
		assertThat(this.takeUps.mine(amir.id())).isEmpty();
		this.mvc.perform(get("/coordinator/caseload/" + amir.id()).with(as(COORDINATOR)))
			.andExpect(content().string(containsString("Said no thanks")));
	}

	@Test
	void aSuggestionForAnOpportunityThatHasSinceClosedSaysSoAndSendsNothing() throws Exception {
		Organisation shop = this.fixtures.organisation("Shrike Shop");
		OpportunityId job = this.fixtures.publish(shop.id(),
				opportunity("Shrike shop job").ofType(OpportunityType.JOB));
		CurrentUser lee = this.fixtures
			.careLeaver(named("Lee").livingIn(NORTH_WEST).wanting(OpportunityType.JOB).openToMatching());
		UUID proposal = this.proposals.propose(new Proposals.Proposer(COORDINATOR.id(), Role.COORDINATOR, null),
				lee.id(), job, List.of());
		this.jdbc.sql("update opportunity set status = 'CLOSED' where id = :id").param("id", job.value()).update();
		this.mvc.perform(get("/put-forward/" + proposal).with(as(lee)))
			.andExpect(redirectedUrl("/for-you"))
			.andExpect(flash().attribute("done", containsString("That opportunity has closed")));
		this.mvc.perform(post("/put-forward/" + proposal).with(csrf()).with(as(lee)).param("share", "EMAIL"))
			.andExpect(redirectedUrl("/for-you"));
		assertThat(this.takeUps.mine(lee.id())).isEmpty();
		assertThat(this.proposals.waitingFor(lee.id())).as("no longer shown in For you").isEmpty();
		this.mvc.perform(get("/coordinator/caseload/" + lee.id()).with(as(COORDINATOR)))
			.andExpect(content().string(not(containsString(">Shrike shop job</a>"))));
	}

	@Test
	void aYoungPersonsOwnCouncilsOpportunitiesRankAboveThoseOfCouncilsNearby() {
		Organisation council = this.fixtures.organisation("Stonechat Services");
		LocalAuthorityId nearby = this.places.localAuthorities()
			.stream()
			.filter((la) -> la.region().equals(NORTH_WEST) && !la.id().equals(MANCHESTER))
			.findFirst()
			.orElseThrow()
			.id();
		OpportunityId own = publishForCouncil(council.id(), "Stonechat Manchester starter pack", MANCHESTER, 3);
		OpportunityId near = publishForCouncil(council.id(), "Stonechat nearby starter pack", nearby, 1);
		CurrentUser ivy = this.fixtures
			.careLeaver(named("Ivy").livingIn(NORTH_WEST).wantingAnything().openToMatching());
		List<OpportunityId> ranked = this.opportunities
			.recommendedFor(this.careLeavers.fitFor(this.careLeavers.profile(ivy.id()).orElseThrow()), 1_000)
			.best()
			.stream()
			.map(OpportunityView::id)
			.toList();
		assertThat(ranked).contains(own, near);
		assertThat(ranked.indexOf(own)).as("their own council's, though the other is newer")
			.isLessThan(ranked.indexOf(near));
	}

	private OpportunityId publishForCouncil(SignatoryId signatory, String title, LocalAuthorityId council,
			int daysAgo) {
		return this.fixtures.publish(signatory,
				opportunity(title).ofType(OpportunityType.HELP_SETTING_UP_HOME)
					.in(Category.INDEPENDENT_LIVING_AND_HOUSING)
					.leadingTo(Outcome.LIVE_INDEPENDENTLY)
					.forCouncils(council),
				Instant.now().minus(daysAgo, ChronoUnit.DAYS));
	}

	@Test
	void nobodyIsRankedOrSuggestedToWithoutTurningMatchingOn() throws Exception {
		Organisation cafe = this.fixtures.organisation("Grebe Cafe");
		OpportunityId job = this.fixtures.publish(cafe.id(), opportunity("Grebe cafe job").ofType(OpportunityType.JOB));
		CurrentUser kai = this.fixtures.careLeaver(named("Kai").livingIn(NORTH_WEST).wanting(OpportunityType.JOB));
		String record = "/coordinator/caseload/" + kai.id();
		this.mvc.perform(get(record).with(as(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("They have not turned matching on")))
			.andExpect(content().string(not(containsString("Suggest this"))));
		this.mvc
			.perform(post(record + "/suggest").with(csrf()).with(as(COORDINATOR)).param("opportunity", job.toString()))
			.andExpect(flash().attribute("problem", containsString("have not turned on suggestions")));
		assertThat(this.proposals.madeFor(kai.id())).isEmpty();
		assertThat(this.caseload.candidatesFor(COORDINATOR.id(), view(job), 100_000).best())
			.extracting(Caseload.Candidate::account)
			.doesNotContain(kai.id());
		this.mvc.perform(get("/coordinator/caseload/" + UUID.randomUUID()).with(as(COORDINATOR)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/coordinator/caseload/not-an-id").with(as(COORDINATOR))).andExpect(status().isNotFound());
	}

	@Test
	void anOpportunitysMatchesAreThoseItFitsBestFirstWithReasons() throws Exception {
		Organisation farm = this.fixtures.organisation("Avocet Farm");
		OpportunityId job = this.fixtures.publish(farm.id(),
				opportunity("Avocet farm job").ofType(OpportunityType.JOB).inRegions(SOUTH_WEST));
		CurrentUser best = this.fixtures
			.careLeaver(named("Bea").livingIn(SOUTH_WEST).wanting(OpportunityType.JOB).openToMatching());
		CurrentUser next = this.fixtures
			.careLeaver(named("Ned").livingIn(SOUTH_WEST).wanting(OpportunityType.MENTORING).openToMatching());
		CurrentUser notOn = this.fixtures.careLeaver(named("Olu").livingIn(SOUTH_WEST).wanting(OpportunityType.JOB));
		CurrentUser elsewhere = this.fixtures
			.careLeaver(named("Eli").livingIn(NORTH_WEST).wanting(OpportunityType.JOB).openToMatching());
		CurrentUser applied = this.fixtures
			.careLeaver(named("Abi").livingIn(SOUTH_WEST).wanting(OpportunityType.JOB).openToMatching());
		this.takeUps.apply(applied.id(), job, Set.of(Sharing.EMAIL), null);

		List<AccountId> ranked = this.caseload.candidatesFor(COORDINATOR.id(), view(job), 100_000)
			.best()
			.stream()
			.map(Caseload.Candidate::account)
			.toList();
		assertThat(ranked).contains(best.id(), next.id()).doesNotContain(notOn.id(), elsewhere.id(), applied.id());
		assertThat(ranked.indexOf(best.id())).isLessThan(ranked.indexOf(next.id()));
		this.careLeavers.setOpenToSuggestions(next.id(), false);
		this.careLeavers.setOpenToSuggestions(notOn.id(), true);
		assertThat(this.caseload.candidatesFor(COORDINATOR.id(), view(job), 100_000).best())
			.as("turning matching off or on counts at once")
			.extracting(Caseload.Candidate::account)
			.contains(notOn.id())
			.doesNotContain(next.id());
		this.careLeavers.setOpenToSuggestions(notOn.id(), false);

		String page = "/coordinator/matches/" + job;
		this.mvc.perform(get(page).with(as(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bea Test")))
			.andExpect(content().string(containsString("Interested in jobs")))
			.andExpect(content().string(containsString("Lives in South West, where it is open")));
		assertThat(viewsOf(best, "Listed as a match for Avocet farm job")).isGreaterThanOrEqualTo(1);
		this.mvc.perform(
				post(page + "/suggest").with(csrf()).with(as(COORDINATOR)).param("young-person", best.id().toString()))
			.andExpect(redirectedUrl(page + "#candidates"));
		assertThat(this.proposals.waitingFor(best.id())).extracting(Proposals.Proposal::opportunity)
			.containsExactly(job);
		this.mvc.perform(get(page).with(as(COORDINATOR)))
			.andExpect(content().string(containsString("Already put forward")));
		this.mvc.perform(get("/coordinator/matches/" + UUID.randomUUID()).with(as(COORDINATOR)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCaseloadFiltersByTheCoordinatorsOwnCollegesFirstOrAnyPartnerByTheWholeName() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Institution mine = college("Alnwick College " + suffix);
		this.institutions.updatePartnership(mine.id(),
				new Partnership(false, null, null, null, null, null, null, coordinator.id()), coordinator.id());
		Institution partner = college("Morpeth College " + suffix);
		this.institutions.updatePartnership(partner.id(),
				new Partnership(true, null, null, null, null, null, null, null), coordinator.id());
		Institution neither = college("Blyth College " + suffix);
		goesTo("Ana", mine.name().toUpperCase(java.util.Locale.ROOT));
		goesTo("Ben", mine.name() + " Sixth Form");
		goesTo("Cal", partner.name());

		String page = this.mvc.perform(get("/coordinator/caseload").with(as(coordinator)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Your colleges and universities", "Other partner colleges and universities")
			.doesNotContain(neither.name());
		assertThat(page.indexOf(mine.name())).as("their own colleges first").isLessThan(page.indexOf(partner.name()));

		this.mvc.perform(get("/coordinator/caseload").param("college", mine.slug()).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ana Test")))
			.andExpect(content().string(containsString("1 young person")))
			.andExpect(content().string(not(containsString("Ben Test"))))
			.andExpect(content().string(not(containsString("Cal Test"))));
		this.mvc.perform(get("/coordinator/caseload").param("college", partner.slug()).with(as(coordinator)))
			.andExpect(content().string(containsString("Cal Test")))
			.andExpect(content().string(not(containsString("Ana Test"))));
		this.mvc.perform(get("/coordinator/caseload").param("college", neither.slug()).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("govuk-error-summary")))
			.andExpect(content().string(containsString("Select a college or university from the list")))
			.andExpect(content().string(not(containsString("Ana Test"))));
	}

	private Institution college(String name) {
		return this.institutions.add(new InstitutionDetails(name, InstitutionKind.FE, null,
				new org.covenantconnects.places.RegionCode("E12000001"), Area.NORTH, null, List.of()), null);
	}

	private CurrentUser goesTo(String name, String college) {
		CurrentUser young = this.fixtures.careLeaver(named(name));
		this.jdbc.sql("update care_leaver set institution = :college where account_id = :id")
			.param("college", college)
			.param("id", young.id().value())
			.update();
		return young;
	}

	@Test
	void theCaseloadListsYoungPeopleByRegionOrCouncilAndRecordsWhoWasShown() throws Exception {
		CurrentUser zara = this.fixtures
			.careLeaver(named("Zara").livingIn(SOUTH_WEST).wantingAnything().openToMatching());
		Caseload.Page page = this.caseload.list(COORDINATOR.id(),
				new Caseload.Filter(null, SOUTH_WEST, MANCHESTER, null, true), 1, 100_000);
		assertThat(page.people()).extracting(Caseload.Person::account).contains(zara.id());
		assertThat(page.people()).allSatisfy((person) -> {
			assertThat(person.region()).isEqualTo("South West");
			assertThat(person.council()).isEqualTo("Manchester");
			assertThat(person.openToSuggestions()).isTrue();
		});
		assertThat(this.caseload
			.list(COORDINATOR.id(), new Caseload.Filter(null, NORTH_WEST, null, null, false), 1, 100_000)
			.people()).extracting(Caseload.Person::account).doesNotContain(zara.id());
		assertThat(viewsOf(zara, "Listed in the caseload")).isEqualTo(1);
		this.jdbc.sql("update care_leaver set institution = 'Harbourside College of Art' where account_id = :id")
			.param("id", zara.id().value())
			.update();
		assertThat(this.caseload
			.list(COORDINATOR.id(), new Caseload.Filter(null, null, null, "harbourside college", false), 1, 100_000)
			.people()).extracting(Caseload.Person::account, Caseload.Person::institution)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(zara.id(), "Harbourside College of Art"));
		assertThat(this.caseload.list(COORDINATOR.id(), new Caseload.Filter(null, null, null, "%", false), 1, 100_000)
			.people()).as("a per cent sign is a character, not a wildcard").isEmpty();
		this.mvc.perform(get("/coordinator/caseload").param("institution", "Harbourside").with(as(COORDINATOR)))
			.andExpect(content().string(containsString("Zara Test")))
			.andExpect(content().string(containsString("Harbourside College of Art")));
		this.mvc.perform(get("/coordinator/caseload").param("institution", "x".repeat(101)).with(as(COORDINATOR)))
			.andExpect(content().string(containsString("College or university must be 100 characters or fewer")));
		this.mvc
			.perform(get("/coordinator/caseload").param("region", SOUTH_WEST.value())
				.param("council", String.valueOf(MANCHESTER.value()))
				.with(as(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zara Test")));
		this.mvc.perform(get("/coordinator/caseload").param("region", "nowhere").with(as(COORDINATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select a region from the list")))
			.andExpect(content().string(not(containsString("Zara Test"))));
		assertThat(this.caseload
			.list(COORDINATOR.id(), new Caseload.Filter("zara te", null, null, null, false), 1, 100_000)
			.people()).extracting(Caseload.Person::account).contains(zara.id());
		this.mvc.perform(get("/coordinator/caseload").with(as(COORDINATOR)))
			.andExpect(content().string(containsString("Choose whom to list")))
			.andExpect(content().string(not(containsString("Zara Test"))));
		assertThat(viewsOf(zara, "Listed in the caseload")).as("nobody is listed, or audited, until asked for")
			.isEqualTo(5);
		assertThatThrownBy(() -> this.proposals.propose(new Proposals.Proposer(COORDINATOR.id(), Role.SIGNATORY, null),
				zara.id(), new OpportunityId(UUID.randomUUID()), List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theCaseloadIsPagedByTheNameEachUsesAndEveryPageGivesTheWholeTotal() {
		CurrentUser cara = this.fixtures.careLeaver(named("Pageorder Cara").livingIn(SOUTH_WEST));
		CurrentUser abe = this.fixtures.careLeaver(named("Pageorder Abe").livingIn(SOUTH_WEST));
		CurrentUser zed = this.fixtures.careLeaver(named("Pageorder Zed").livingIn(SOUTH_WEST));
		this.fixtures.careLeaver(named("Pageorder Ben").livingIn(NORTH_WEST));
		this.jdbc.sql("update care_leaver set preferred_name = 'Aaron Pageorder' where account_id = :id")
			.param("id", zed.id().value())
			.update();
		Caseload.Filter filter = new Caseload.Filter("pageorder", SOUTH_WEST, null, null, false);
		Caseload.Page first = this.caseload.list(COORDINATOR.id(), filter, 1, 2);
		Caseload.Page second = this.caseload.list(COORDINATOR.id(), filter, 2, 2);
		Caseload.Page beyond = this.caseload.list(COORDINATOR.id(), filter, 3, 2);
		assertThat(first.people()).extracting(Caseload.Person::account, Caseload.Person::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(zed.id(), "Aaron Pageorder"),
					org.assertj.core.groups.Tuple.tuple(abe.id(), "Pageorder Abe Test"));
		assertThat(second.people()).extracting(Caseload.Person::account).containsExactly(cara.id());
		assertThat(List.of(first, second, beyond)).allSatisfy((page) -> {
			assertThat(page.total()).isEqualTo(3);
			assertThat(page.totalPages()).isEqualTo(2);
		});
		assertThat(beyond.people()).isEmpty();
	}

	private long viewsOf(CurrentUser person, String what) {
		return this.jdbc
			.sql("select count(*) from record_view where care_leaver_account_id = :id and what = :what"
					+ " and viewer_role = 'COORDINATOR'")
			.param("id", person.id().value())
			.param("what", what)
			.query(Long.class)
			.single();
	}

	private OpportunityView view(OpportunityId id) {
		return this.opportunities.find(id).orElseThrow();
	}

}
