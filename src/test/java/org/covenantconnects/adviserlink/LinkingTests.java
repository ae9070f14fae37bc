package org.covenantconnects.adviserlink;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.NewCareLeaver;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Barriers;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.InternshipFacts;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityDetails;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.Outcome;
import org.covenantconnects.opportunity.Scope;
import org.covenantconnects.opportunity.TakeUpRoute;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.NewOrganisation;
import org.covenantconnects.signatory.Sector;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.signatory.Size;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.supporter.Verification;
import org.covenantconnects.takeup.Proposals;
import org.covenantconnects.takeup.TakeUp;
import org.covenantconnects.takeup.TakeUpStatus;
import org.covenantconnects.takeup.TakeUps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Linking a care leaver and the people who help them, against the real database and mail
 * server: no link without the young person's yes, what a linked adviser sees and
 * suggests, ending a link, and that nobody reaches a link, request or suggestion that is
 * not theirs.
 */
@ConnectsTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkingTests {

	private static final RegionCode NORTH_WEST = new RegionCode("E12000002");

	private static final LocalAuthorityId MANCHESTER = new LocalAuthorityId(24);

	private static final String PASSWORD = "lantern orchard seventy";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private TakeUps takeUps;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Supporters supporters;

	@Autowired
	private Links links;

	@Autowired
	private Opportunities opportunities;

	@Autowired
	private Signatories signatories;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Proposals proposals;

	private OpportunityId apprenticeship;

	private OpportunityId mentoring;

	@BeforeAll
	void opportunitiesArePublished() {
		SignatoryId signatory = this.signatories
			.createDemoSignatory(new NewOrganisation("Linking Test " + UUID.randomUUID(), Sector.PRIVATE, Size.SMALL,
					null, true, List.of(), "Opportunities for tests"), LocalDate.now().minusDays(10), null);
		this.apprenticeship = publish(signatory, "Ashgrove joinery apprenticeship", TakeUpRoute.CONNECTS);
		this.mentoring = publish(signatory, "Ashgrove mentoring", TakeUpRoute.CONNECTS);
	}

	@Test
	void aYoungPersonInvitesTheirAdviserWhoAcceptsAndThenSeesWhatTheySavedAndAppliedFor() throws Exception {
		CurrentUser jade = careLeaver("Jade");
		CurrentUser sam = supporter(Verification.VERIFIED);
		this.takeUps.save(jade.id(), this.apprenticeship);
		this.takeUps.apply(jade.id(), this.mentoring, Set.of(), "A message only the organisation sees");

		this.mvc.perform(get("/people-who-help-you").with(as(jade)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What a linked adviser can see")))
			.andExpect(content().string(containsString("Nobody is linked with you.")));
		this.mvc.perform(post("/people-who-help-you/invite").with(as(jade)).with(csrf()).param("email", "not-an-email"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter an email address in the correct format")))
			.andExpect(content().string(containsString("value=\"not-an-email\"")));
		this.mvc.perform(post("/people-who-help-you/invite").with(as(jade)).with(csrf()).param("email", ""))
			.andExpect(content().string(containsString("Enter their email address")))
			.andExpect(content().string(not(containsString("in the correct format"))));
		this.mvc
			.perform(post("/people-who-help-you/invite").with(as(jade))
				.with(csrf())
				.param("email", sam.getUsername().toUpperCase()))
			.andExpect(redirectedUrl("/people-who-help-you"));
		MimeMessage invitation = TestMailServer.awaitEmails(sam.getUsername(), 1).get(0);
		assertThat(invitation.getSubject()).isEqualTo("Jade asked you to help them on Covenant Connects");
		assertThat(TestMailServer.body(invitation)).contains("/supporter/young-people", "/register/supporter");

		Link waiting = this.links.invitationsFor(sam.id()).get(0);
		this.mvc.perform(get("/supporter").with(as(sam)))
			.andExpect(content().string(containsString("A young person has invited you to link with them.")));
		this.mvc.perform(get("/supporter/young-people").with(as(sam)))
			.andExpect(content().string(containsString("Jade invited you to link with them.")));
		// Before accepting, the adviser sees nothing of hers.
		this.mvc.perform(get("/supporter/young-people/" + waiting.id()).with(as(sam))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/supporter/young-people/invitations/" + waiting.id() + "/accept").with(as(sam)).with(csrf()))
			.andExpect(redirectedUrl("/supporter/young-people"));
		TestMailServer.awaitEmail(sam.getUsername(), "You are now linked with Jade on Covenant Connects");

		Link link = this.links.youngPeopleOf(sam.id()).get(0);
		this.mvc.perform(get("/supporter/young-people/" + link.id()).with(as(sam)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ashgrove joinery apprenticeship")))
			.andExpect(content().string(containsString("Ashgrove mentoring")))
			.andExpect(content().string(containsString("Applied")))
			.andExpect(content().string(not(containsString("A message only the organisation sees"))));
		this.mvc.perform(get("/people-who-help-you").with(as(jade)))
			.andExpect(content().string(containsString("Test Adviser, a personal adviser at Manchester council")));
	}

	@Test
	void anAdvisersRequestMakesNoLinkUntilTheYoungPersonSaysYesAndRevealsNothingAboutTheAddress() throws Exception {
		CurrentUser jade = careLeaver("Jade");
		CurrentUser sam = supporter(Verification.VERIFIED);
		String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
		String toJade = this.mvc
			.perform(post("/supporter/young-people/ask").with(as(sam)).with(csrf()).param("email", jade.getUsername()))
			.andExpect(redirectedUrl("/supporter/young-people"))
			.andReturn()
			.getFlashMap()
			.get("done")
			.toString();
		String toNobody = this.mvc
			.perform(post("/supporter/young-people/ask").with(as(sam)).with(csrf()).param("email", nobody))
			.andExpect(redirectedUrl("/supporter/young-people"))
			.andReturn()
			.getFlashMap()
			.get("done")
			.toString();
		assertThat(toJade.replace(jade.getUsername(), "")).isEqualTo(toNobody.replace(nobody, ""));
		assertThat(TestMailServer.awaitEmails(jade.getUsername(), 1).get(0).getSubject())
			.isEqualTo("Test Adviser would like to link with you on Covenant Connects");
		assertThat(TestMailServer.emailsTo(nobody)).isEmpty();
		assertThat(this.links.youngPeopleOf(sam.id())).isEmpty();

		Link request = this.links.requestsFor(jade.id()).get(0);
		this.mvc.perform(get("/people-who-help-you").with(as(jade)))
			.andExpect(content().string(containsString("would like to link with you")));
		this.mvc.perform(post("/people-who-help-you/requests/" + request.id() + "/accept").with(as(jade)).with(csrf()))
			.andExpect(redirectedUrl("/people-who-help-you"));
		assertThat(this.links.youngPeopleOf(sam.id())).extracting(Link::careLeaver).containsExactly(jade.id());
		assertThat(TestMailServer.awaitEmails(sam.getUsername(), 1).get(0).getSubject())
			.isEqualTo("You are now linked with Jade on Covenant Connects");
	}

	@Test
	void aCareLeaverCannotAcceptOrDeclineARequestMeantForSomeoneElse() throws Exception {
		CurrentUser jade = careLeaver("Jade");
		CurrentUser other = careLeaver("Riley");
		CurrentUser sam = supporter(Verification.VERIFIED);
		this.links.askCareLeaver(sam.id(), jade.getUsername());
		Link request = this.links.requestsFor(jade.id()).get(0);
		this.mvc.perform(post("/people-who-help-you/requests/" + request.id() + "/accept").with(as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/people-who-help-you/requests/" + request.id() + "/decline").with(as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/people-who-help-you/" + request.id() + "/end").with(as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		// Nor can the adviser accept their own request for her.
		this.mvc
			.perform(post("/supporter/young-people/invitations/" + request.id() + "/accept").with(as(sam)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.links.youngPeopleOf(sam.id())).isEmpty();
		assertThat(this.links.requestsFor(jade.id())).hasSize(1);
	}

	@Test
	void anAdviserNeverSeesOrSuggestsToAYoungPersonNotLinkedToThem() throws Exception {
		CurrentUser jade = careLeaver("Jade");
		CurrentUser sam = supporter(Verification.VERIFIED);
		CurrentUser stranger = supporter(Verification.VERIFIED);
		UUID link = linked(sam, jade);
		this.mvc.perform(get("/supporter/young-people/" + link).with(as(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/supporter/young-people/" + UUID.randomUUID()).with(as(sam)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/opportunities/" + this.apprenticeship + "/suggest").with(as(stranger))
				.with(csrf())
				.param("link", link.toString())
				.param("kind", "REFER"))
			.andExpect(status().isNotFound());
		assertThat(this.proposals.madeFor(jade.id())).isEmpty();
		this.mvc.perform(get("/supporter/young-people").with(as(stranger)))
			.andExpect(content().string(not(containsString(link.toString()))));
		assertThat(this.links.suggestedTo(jade.id())).isEmpty();
	}

	@Test
	void aSupporterWhoIsNotVerifiedCannotAskOrSeeInvitations() throws Exception {
		CurrentUser pending = supporter(Verification.PENDING);
		CurrentUser jade = careLeaver("Jade");
		this.links.inviteSupporter(jade.id(), pending.getUsername());
		this.mvc.perform(get("/supporter/young-people").with(as(pending))).andExpect(redirectedUrl("/supporter"));
		this.mvc
			.perform(post("/supporter/young-people/ask").with(as(pending)).with(csrf()).param("email", "a@example.com"))
			.andExpect(redirectedUrl("/supporter"));
		assertThat(this.links.invitationsFor(pending.id())).isEmpty();
	}

	@Test
	void aSuggestionShowsInForYouWithTheAdvisersNameUntilTheYoungPersonDismissesIt() throws Exception {
		CurrentUser jade = careLeaver("Jade");
		CurrentUser sam = supporter(Verification.VERIFIED);
		UUID link = linked(sam, jade);
		this.mvc.perform(get("/opportunities/" + this.apprenticeship).with(as(sam)))
			.andExpect(content().string(containsString("Suggest or refer this to a young person you support")));
		this.mvc.perform(post("/opportunities/" + this.apprenticeship + "/suggest").with(as(sam)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select the young person it is for")))
			.andExpect(content().string(containsString("Select whether to suggest it or refer them")));
		this.mvc
			.perform(post("/opportunities/" + this.apprenticeship + "/suggest").with(as(sam))
				.with(csrf())
				.param("link", link.toString())
				.param("kind", "SUGGEST"))
			.andExpect(redirectedUrl("/supporter/young-people/" + link));
		assertThat(this.proposals.madeFor(jade.id())).as("a suggestion is not a referral").isEmpty();
		this.mvc.perform(get("/for-you").with(as(jade)))
			.andExpect(content().string(containsString("Suggested for you")))
			.andExpect(content().string(containsString("Suggested by Test Adviser")));

		UUID suggestion = this.links.suggestedTo(jade.id()).get(0).id();
		CurrentUser other = careLeaver("Riley");
		this.mvc.perform(post("/for-you/suggestions/" + suggestion + "/dismiss").with(as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/for-you/suggestions/" + suggestion + "/dismiss").with(as(jade)).with(csrf()))
			.andExpect(redirectedUrl("/for-you"));
		this.mvc.perform(get("/for-you").with(as(jade)))
			.andExpect(content().string(not(containsString("Suggested by Test Adviser"))));
	}

	@Test
	void anAdviserRefersALinkedYoungPersonWhoSaysYesBeforeAnythingGoesToTheOrganisation() throws Exception {
		CurrentUser jade = careLeaver("Jade");
		CurrentUser sam = supporter(Verification.VERIFIED);
		UUID link = linked(sam, jade);
		this.mvc
			.perform(post("/opportunities/" + this.apprenticeship + "/suggest").with(as(sam))
				.with(csrf())
				.param("link", link.toString())
				.param("kind", "REFER"))
			.andExpect(redirectedUrl("/supporter/young-people/" + link));
		assertThat(this.takeUps.mine(jade.id())).as("nothing goes before the young person says yes").isEmpty();
		Proposals.Proposal referral = this.proposals.waitingFor(jade.id()).get(0);
		assertThat(referral.from()).isEqualTo("Test Adviser (your adviser)");
		this.mvc.perform(get("/supporter/young-people/" + link).with(as(sam)))
			.andExpect(content().string(containsString("Your referrals")))
			.andExpect(content().string(containsString("Waiting for their answer")));
		TestMailServer.awaitEmail(jade.getUsername(), "You have been put forward for Ashgrove joinery apprenticeship");
		this.mvc
			.perform(post("/opportunities/" + this.apprenticeship + "/suggest").with(as(sam))
				.with(csrf())
				.param("link", link.toString())
				.param("kind", "REFER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("They have already been put forward for this")));

		this.mvc.perform(get("/put-forward/" + referral.id()).with(as(jade)))
			.andExpect(content().string(containsString("Test Adviser (your adviser) thinks this could suit you")));
		this.mvc
			.perform(post("/put-forward/" + referral.id()).with(as(jade))
				.with(csrf())
				.param("share", "NAME", "EMAIL")
				.param("message", "My adviser told me about this"))
			.andExpect(redirectedUrl("/my-opportunities"));
		TakeUps.MyOpportunity mine = this.takeUps.mine(jade.id()).get(0);
		assertThat(mine.takeUp().status()).isEqualTo(TakeUpStatus.REFERRED);
		assertThat(this.takeUps.takeUp(jade.id(), mine.takeUp().id()).orElseThrow().history())
			.extracting(TakeUp.Event::actor)
			.containsExactly(TakeUp.Actor.SUPPORTER);
		this.mvc.perform(get("/supporter/young-people/" + link).with(as(sam)))
			.andExpect(content().string(containsString("Ashgrove joinery apprenticeship")))
			.andExpect(content().string(containsString("Referred")))
			.andExpect(content().string(containsString("Said yes")));
	}

	@Test
	void endingTheLinkTellsTheAdviserAndTakesAwayWhatTheyCouldSee() throws Exception {
		CurrentUser jade = careLeaver("Jade");
		CurrentUser sam = supporter(Verification.VERIFIED);
		UUID link = linked(sam, jade);
		this.links.suggest(sam.id(), link, this.mentoring);
		this.proposals.propose(new Proposals.Proposer(sam.id(), Role.SUPPORTER, "Test Adviser"), jade.id(),
				this.mentoring, List.of());
		assertThat(this.proposals.waitingFor(jade.id())).hasSize(1);
		this.mvc.perform(post("/people-who-help-you/" + link + "/end").with(as(jade)).with(csrf()))
			.andExpect(redirectedUrl("/people-who-help-you"));
		TestMailServer.awaitEmail(sam.getUsername(), "Jade ended their link with you on Covenant Connects");
		assertThat(this.proposals.waitingFor(jade.id())).as("a referral nobody answered goes with the link").isEmpty();
		this.mvc.perform(get("/supporter/young-people/" + link).with(as(sam))).andExpect(status().isNotFound());
		assertThat(this.links.suggestedTo(jade.id())).isEmpty();
	}

	@Test
	void deletingTheAccountRemovesEveryLink() throws Exception {
		CurrentUser jade = careLeaver("Jade");
		CurrentUser sam = supporter(Verification.VERIFIED);
		linked(sam, jade);
		this.careLeavers.delete(jade.id());
		long deadline = System.currentTimeMillis() + 10_000;
		while (!this.links.youngPeopleOf(sam.id()).isEmpty() && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(this.links.youngPeopleOf(sam.id())).isEmpty();
	}

	@Test
	void aYoungPersonSendsOnlySoManyInvitationsAnHour() throws Exception {
		CurrentUser jade = careLeaver("Jade");
		for (int i = 0; i < 20; i++) {
			this.mvc
				.perform(post("/people-who-help-you/invite").with(as(jade))
					.with(csrf())
					.param("email", "many-" + i + "-" + UUID.randomUUID() + "@example.com"))
				.andExpect(redirectedUrl("/people-who-help-you"));
		}
		this.mvc.perform(
				post("/people-who-help-you/invite").with(as(jade)).with(csrf()).param("email", "one-more@example.com"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have sent 20 requests in the last hour")));
	}

	@Test
	void requestsNobodyAnswersFor30DaysAreRemoved() {
		CurrentUser jade = careLeaver("Jade");
		CurrentUser sam = supporter(Verification.VERIFIED);
		this.links.askCareLeaver(sam.id(), jade.getUsername());
		this.links.inviteSupporter(jade.id(), "old-" + UUID.randomUUID() + "@example.com");
		this.jdbc
			.sql("update support_link set created_at = :old where supporter_account_id = :sam"
					+ " or care_leaver_account_id = :jade")
			.param("old", Instant.now().minus(31, ChronoUnit.DAYS).atOffset(java.time.ZoneOffset.UTC))
			.param("sam", sam.id().value())
			.param("jade", jade.id().value())
			.update();
		assertThat(this.links.requestsFor(jade.id())).isEmpty();
		assertThat(this.links.removeExpiredRequests()).isGreaterThanOrEqualTo(2);
		assertThat(this.jdbc
			.sql("select count(*) from support_link where supporter_account_id = :sam"
					+ " or care_leaver_account_id = :jade")
			.param("sam", sam.id().value())
			.param("jade", jade.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	private UUID linked(CurrentUser supporter, CurrentUser careLeaver) {
		this.links.inviteSupporter(careLeaver.id(), supporter.getUsername());
		this.links.acceptInvitation(supporter.id(), this.links.invitationsFor(supporter.id()).get(0).id());
		return this.links.youngPeopleOf(supporter.id()).get(0).id();
	}

	private CurrentUser careLeaver(String name) {
		String email = "linking-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		AccountId id = this.accounts.createDemoAccount(name, email, PASSWORD, Role.CARE_LEAVER);
		this.careLeavers.createDemoProfile(id,
				new NewCareLeaver(name + " Test", null, email, LocalDate.now().minusYears(20), MANCHESTER, NORTH_WEST,
						Set.of(), Set.of(OpportunityType.APPRENTICESHIP), Situation.TRAINING, null));
		return new CurrentUser(id, email, name, Role.CARE_LEAVER);
	}

	private CurrentUser supporter(Verification verification) {
		String email = "adviser-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		AccountId id = this.accounts.createDemoAccount("Test Adviser", email, PASSWORD, Role.SUPPORTER);
		this.supporters.createDemoSupporter(id, new NewSupporter("Test Adviser", SupporterRole.PERSONAL_ADVISER,
				OrganisationType.COUNCIL, null, MANCHESTER, email), verification);
		return new CurrentUser(id, email, "Test Adviser", Role.SUPPORTER);
	}

	private OpportunityId publish(SignatoryId signatory, String title, TakeUpRoute route) {
		return this.opportunities.createDemo(signatory,
				new OpportunityDetails(title, "A summary of " + title, "All about " + title + ".",
						OpportunityType.APPRENTICESHIP, Category.EMPLOYMENT_AND_WORK_EXPERIENCE,
						Set.of(Outcome.EMPLOYMENT_EDUCATION_TRAINING), Scope.NATIONAL, List.of(), List.of(), 16, 25,
						null, null, null, null, null, route, null, null, Barriers.NONE, InternshipFacts.NONE),
				Instant.now().minus(1, ChronoUnit.DAYS));
	}

	private static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
