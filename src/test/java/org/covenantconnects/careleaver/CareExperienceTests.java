package org.covenantconnects.careleaver;

import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.adviserlink.Links;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.matching.internal.Caseload;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.supporter.Verification;
import org.covenantconnects.takeup.Proposals;
import org.covenantconnects.takeup.Sharing;
import org.covenantconnects.takeup.TakeUps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.covenantconnects.Fixtures.opportunity;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Care experience, confirmed once, against the real database: a linked personal adviser
 * or a coordinator confirms it, a second confirmation is refused, an adviser not linked
 * with the young person cannot, a coordinator corrects it, and opportunities only for
 * confirmed young people are kept from everyone else in search, For you, matching and
 * applying.
 */
@ConnectsTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CareExperienceTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private CareExperience careExperience;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private Links links;

	@Autowired
	private TakeUps takeUps;

	@Autowired
	private Proposals proposals;

	@Autowired
	private Caseload caseload;

	@Autowired
	private Opportunities opportunities;

	@Autowired
	private JdbcClient jdbc;

	private SignatoryId organisation;

	@BeforeAll
	void organisation() {
		this.organisation = this.fixtures.organisation("Confirmed Care").id();
	}

	@Test
	void aLinkedAdviserConfirmsOnceAndTheYoungPersonSeesWhoConfirmedIt() throws Exception {
		CurrentUser adviser = this.fixtures.adviser(Verification.VERIFIED);
		CurrentUser young = this.fixtures.careLeaver("Amara");
		UUID link = this.fixtures.link(adviser, young);

		this.mvc.perform(get("/supporter/young-people/" + link + "/care-experience").with(as(adviser)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirm their care experience")));
		this.mvc
			.perform(post("/supporter/young-people/" + link + "/care-experience").with(as(adviser))
				.with(csrf())
				.param("council", String.valueOf(Fixtures.MANCHESTER.value()))
				.param("confirmed", "yes"))
			.andExpect(redirectedUrl("/supporter/young-people/" + link));

		assertThat(this.careLeavers.profile(young.id()).orElseThrow().isCareExperienceConfirmed()).isTrue();
		CareExperience.Confirmation confirmed = this.careExperience.standing(young.id()).orElseThrow();
		assertThat(confirmed.by()).isEqualTo("Test Adviser");
		assertThat(confirmed.confirmer()).isEqualTo(CareExperience.Confirmer.PERSONAL_ADVISER);
		assertThat(confirmed.council()).isEqualTo("Manchester");
		this.mvc.perform(get("/my-account").with(as(young)))
			.andExpect(content().string(allOf(containsString("Test Adviser, your personal adviser"),
					containsString("The council that looked after you: Manchester"))));
		assertThat(this.careLeavers.dataOf(young.id()).profile().careExperienceConfirmed()).singleElement()
			.satisfies((row) -> assertThat(row.confirmedBy()).isEqualTo("Test Adviser"));
	}

	@Test
	void aSecondConfirmationIsRefusedWithAMessageAndNothingIsRecorded() throws Exception {
		CurrentUser adviser = this.fixtures.adviser(Verification.VERIFIED);
		CurrentUser young = this.fixtures.careLeaver("Bea");
		UUID link = this.fixtures.link(adviser, young);
		this.links.confirmCareExperience(adviser.id(), link, Fixtures.MANCHESTER);

		this.mvc
			.perform(post("/supporter/young-people/" + link + "/care-experience").with(as(adviser))
				.with(csrf())
				.param("council", String.valueOf(Fixtures.LEEDS.value()))
				.param("confirmed", "yes"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("There is a problem"),
					containsString("already confirmed by Test Adviser, their personal adviser"))));
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		assertThatExceptionOfType(CareExperience.AlreadyConfirmedException.class)
			.isThrownBy(() -> this.careExperience.confirm(young.id(), Fixtures.LEEDS, coordinator.id(),
					CareExperience.Confirmer.COORDINATOR))
			.withMessageContaining("It is confirmed once");
		assertThat(confirmations(young)).isEqualTo(1);
		assertThat(this.careExperience.standing(young.id()).orElseThrow().council()).isEqualTo("Manchester");
	}

	@Test
	void anAdviserNotLinkedWithTheYoungPersonCannotConfirm() throws Exception {
		CurrentUser adviser = this.fixtures.adviser(Verification.VERIFIED);
		CurrentUser young = this.fixtures.careLeaver("Cass");
		UUID link = this.fixtures.link(adviser, young);
		CurrentUser stranger = this.fixtures.adviser(Verification.VERIFIED);
		CurrentUser waiting = this.fixtures.adviser(Verification.PENDING);

		this.mvc
			.perform(post("/supporter/young-people/" + link + "/care-experience").with(as(stranger))
				.with(csrf())
				.param("council", String.valueOf(Fixtures.MANCHESTER.value()))
				.param("confirmed", "yes"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/supporter/young-people/" + link + "/care-experience").with(as(stranger)))
			.andExpect(status().isNotFound());
		assertThatExceptionOfType(Links.NoSuchLinkException.class)
			.isThrownBy(() -> this.links.confirmCareExperience(waiting.id(), link, Fixtures.MANCHESTER));
		assertThat(confirmations(young)).isZero();
		assertThat(this.careLeavers.profile(young.id()).orElseThrow().isCareExperienceConfirmed()).isFalse();
	}

	@Test
	void missingAnswersAreExplainedAndTheCouncilIsKept() throws Exception {
		CurrentUser adviser = this.fixtures.adviser(Verification.VERIFIED);
		CurrentUser young = this.fixtures.careLeaver("Dee");
		UUID link = this.fixtures.link(adviser, young);

		this.mvc
			.perform(post("/supporter/young-people/" + link + "/care-experience").with(as(adviser))
				.with(csrf())
				.param("council", String.valueOf(Fixtures.LEEDS.value())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("There is a problem"),
					containsString("Tick to confirm that Dee is care-experienced"),
					containsString("<option value=\"" + Fixtures.LEEDS.value() + "\" selected=\"selected\">"))));
		assertThat(confirmations(young)).isZero();
	}

	@Test
	void aCoordinatorConfirmsAndCorrectsAndEveryStepIsKept() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		CurrentUser young = this.fixtures.careLeaver("Eli");

		this.mvc
			.perform(post("/coordinator/caseload/" + young.id() + "/care-experience").with(as(coordinator))
				.with(csrf())
				.param("council", String.valueOf(Fixtures.MANCHESTER.value()))
				.param("confirmed", "yes"))
			.andExpect(redirectedUrl("/coordinator/caseload/" + young.id()));
		this.mvc
			.perform(post("/coordinator/caseload/" + young.id() + "/care-experience").with(as(coordinator))
				.with(csrf())
				.param("council", String.valueOf(Fixtures.LEEDS.value()))
				.param("correction", "COUNCIL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter why you are correcting it")));
		this.mvc
			.perform(post("/coordinator/caseload/" + young.id() + "/care-experience").with(as(coordinator))
				.with(csrf())
				.param("council", String.valueOf(Fixtures.LEEDS.value()))
				.param("correction", "COUNCIL")
				.param("reason", "Leeds looked after them; Manchester was a typing mistake"))
			.andExpect(redirectedUrl("/coordinator/caseload/" + young.id()));

		assertThat(this.careExperience.historyOf(young.id())).hasSize(2);
		CareLeaverProfile profile = this.careLeavers.profile(young.id()).orElseThrow();
		assertThat(profile.council()).isEqualTo(Fixtures.LEEDS);
		assertThat(profile.isCareExperienceConfirmed()).isTrue();
		this.mvc.perform(get("/my-account").with(as(young)))
			.andExpect(content().string(containsString("Leeds looked after them; Manchester was a typing mistake")));

		this.careExperience.correct(young.id(), null, coordinator.id(), "Not care-experienced after all");
		assertThat(this.careLeavers.profile(young.id()).orElseThrow().isCareExperienceConfirmed()).isFalse();
		this.mvc.perform(get("/coordinator/caseload/" + young.id()).with(as(coordinator)))
			.andExpect(content().string(containsString("not confirmed")));
	}

	@Test
	void anOpportunityForConfirmedYoungPeopleOnlyIsKeptFromOthersInSearchForYouMatchingAndApplying() throws Exception {
		// A word of letters only that no other opportunity has, for full text search to
		// find
		String word = "kestrel" + new java.util.Random().ints(8, 'a', 'z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
		String title = "Confirmed-only traineeship " + word;
		OpportunityId only = this.fixtures.publish(this.organisation, opportunity(title).forConfirmedOnly());
		CurrentUser unconfirmed = this.fixtures.careLeaver(Fixtures.YoungPerson.named("Fay").openToMatching());
		CurrentUser confirmed = this.fixtures.careLeaver(Fixtures.YoungPerson.named("Gil").openToMatching());
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.careExperience.confirm(confirmed.id(), Fixtures.MANCHESTER, coordinator.id(),
				CareExperience.Confirmer.COORDINATOR);
		String search = "/opportunities?q=" + word;

		// Anonymous visitors and supporters see it, and that it needs confirmation
		this.mvc.perform(get(search))
			.andExpect(
					content().string(allOf(containsString(title), containsString("Needs confirmed care experience"))));
		this.mvc.perform(get("/opportunities/" + only))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Needs confirmation")));
		// A young person whose care experience is not confirmed does not find it
		this.mvc.perform(get(search).with(as(unconfirmed))).andExpect(content().string(not(containsString(title))));
		assertThat(titlesForYou(unconfirmed)).doesNotContain(title);
		// Opening it directly explains how to get confirmed, and applying is refused
		this.mvc.perform(get("/opportunities/" + only).with(as(unconfirmed)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"confirmation-needed\""),
					containsString("ask your personal adviser to confirm it"), not(containsString(">Apply<")))));
		this.mvc.perform(get("/opportunities/" + only + "/apply").with(as(unconfirmed)))
			.andExpect(redirectedUrl("/opportunities/" + only + "#confirmation-needed"));
		assertThatExceptionOfType(TakeUps.TakeUpRefusedException.class)
			.isThrownBy(() -> this.takeUps.apply(unconfirmed.id(), only, java.util.Set.of(Sharing.NAME), null))
			.withMessage(TakeUps.CONFIRMATION_NEEDED);
		assertThatExceptionOfType(TakeUps.TakeUpRefusedException.class).isThrownBy(() -> this.proposals.propose(
				new Proposals.Proposer(coordinator.id(), Role.COORDINATOR, coordinator.displayName()), unconfirmed.id(),
				only, java.util.List.of()))
			.withMessageContaining("care experience is confirmed");
		// Matching proposes it only to confirmed young people
		OpportunityView view = this.opportunities.find(only).orElseThrow();
		var candidates = this.caseload.candidatesFor(coordinator.id(), view, 100_000).best();
		assertThat(candidates).extracting(Caseload.Candidate::account)
			.contains(confirmed.id())
			.doesNotContain(unconfirmed.id());

		// Not even when their adviser suggests it
		CurrentUser adviser = this.fixtures.adviser(Verification.VERIFIED);
		this.links.suggest(adviser.id(), this.fixtures.link(adviser, unconfirmed), only);
		this.mvc.perform(get("/for-you").with(as(unconfirmed)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(title))));

		// Confirmed, they find it, and can apply
		this.mvc.perform(get(search).with(as(confirmed))).andExpect(content().string(containsString(title)));
		assertThat(titlesForYou(confirmed)).contains(title);
		this.mvc.perform(get("/opportunities/" + only + "/apply").with(as(confirmed))).andExpect(status().isOk());
		this.takeUps.apply(confirmed.id(), only, java.util.Set.of(Sharing.NAME), null);
	}

	private java.util.List<String> titlesForYou(CurrentUser young) {
		return this.careLeavers.forYou(young.id(), 1, 1000)
			.orElseThrow()
			.results()
			.items()
			.stream()
			.map((item) -> item.details().title())
			.toList();
	}

	private long confirmations(CurrentUser young) {
		return this.jdbc.sql("select count(*) from care_experience_confirmation where account_id = :id")
			.param("id", young.id().value())
			.query(Long.class)
			.single();
	}

}
