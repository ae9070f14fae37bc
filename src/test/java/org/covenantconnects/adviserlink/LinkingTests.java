package org.covenantconnects.adviserlink;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.signatory.SignatoryId;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Linking a care leaver and the people who help them, against the real database and mail
 * server: no link without the young person's yes, what a linked adviser sees and
 * suggests, ending a link, and that nobody reaches a link, request or suggestion that is
 * not theirs.
 */
@ConnectsTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinkingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private TakeUps takeUps;

	@Autowired
	private Links links;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Proposals proposals;

	private OpportunityId apprenticeship;

	private OpportunityId mentoring;

	@BeforeAll
	void opportunitiesArePublished() {
		SignatoryId signatory = this.fixtures.organisation("Linking Test").id();
		this.apprenticeship = this.fixtures.publish(signatory, opportunity("Ashgrove joinery apprenticeship"));
		this.mentoring = this.fixtures.publish(signatory, opportunity("Ashgrove mentoring"));
	}

	@Test
	void aYoungPersonInvitesTheirAdviserWhoAcceptsAndThenSeesWhatTheySavedAndAppliedFor() throws Exception {
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		CurrentUser sam = this.fixtures.adviser(Verification.VERIFIED);
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
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		CurrentUser sam = this.fixtures.adviser(Verification.VERIFIED);
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
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		CurrentUser other = this.fixtures.careLeaver("Riley");
		CurrentUser sam = this.fixtures.adviser(Verification.VERIFIED);
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
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		CurrentUser sam = this.fixtures.adviser(Verification.VERIFIED);
		CurrentUser stranger = this.fixtures.adviser(Verification.VERIFIED);
		UUID link = this.fixtures.link(sam, jade);
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
		CurrentUser pending = this.fixtures.adviser(Verification.PENDING);
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		this.links.inviteSupporter(jade.id(), pending.getUsername());
		this.mvc.perform(get("/supporter/young-people").with(as(pending))).andExpect(redirectedUrl("/supporter"));
		this.mvc
			.perform(post("/supporter/young-people/ask").with(as(pending)).with(csrf()).param("email", "a@example.com"))
			.andExpect(redirectedUrl("/supporter"));
		assertThat(this.links.invitationsFor(pending.id())).isEmpty();
	}

	@Test
	void aSuggestionShowsInForYouWithTheAdvisersNameUntilTheYoungPersonDismissesIt() throws Exception {
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		CurrentUser sam = this.fixtures.adviser(Verification.VERIFIED);
		UUID link = this.fixtures.link(sam, jade);
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
		CurrentUser other = this.fixtures.careLeaver("Riley");
		this.mvc.perform(post("/for-you/suggestions/" + suggestion + "/dismiss").with(as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/for-you/suggestions/" + suggestion + "/dismiss").with(as(jade)).with(csrf()))
			.andExpect(redirectedUrl("/for-you"));
		this.mvc.perform(get("/for-you").with(as(jade)))
			.andExpect(content().string(not(containsString("Suggested by Test Adviser"))));
	}

	@Test
	void anAdviserRefersALinkedYoungPersonWhoSaysYesBeforeAnythingGoesToTheOrganisation() throws Exception {
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		CurrentUser sam = this.fixtures.adviser(Verification.VERIFIED);
		UUID link = this.fixtures.link(sam, jade);
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
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		CurrentUser sam = this.fixtures.adviser(Verification.VERIFIED);
		UUID link = this.fixtures.link(sam, jade);
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
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		CurrentUser sam = this.fixtures.adviser(Verification.VERIFIED);
		this.fixtures.link(sam, jade);
		this.careLeavers.delete(jade.id());
		long deadline = System.currentTimeMillis() + 10_000;
		while (!this.links.youngPeopleOf(sam.id()).isEmpty() && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(this.links.youngPeopleOf(sam.id())).isEmpty();
	}

	@Test
	void aYoungPersonSendsOnlySoManyInvitationsAnHour() throws Exception {
		CurrentUser jade = this.fixtures.careLeaver("Jade");
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
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		CurrentUser sam = this.fixtures.adviser(Verification.VERIFIED);
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

}
