package org.covenantconnects.adviserlink;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.MessagingException;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.audit.AuditTrail;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.NewCareLeaver;
import org.covenantconnects.careleaver.Situation;
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
import org.covenantconnects.takeup.Sharing;
import org.covenantconnects.takeup.TakeUpId;
import org.covenantconnects.takeup.TakeUpReason;
import org.covenantconnects.takeup.TakeUpStatus;
import org.covenantconnects.takeup.TakeUps;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A linked adviser hears of every change to a young person's take-ups and of every
 * check-in, by email through a real mail server and on their pages, and sees nothing the
 * young person did not share with them; every look at the young person's progress is in
 * the young person's audit trail.
 */
@ConnectsTest
@AutoConfigureMockMvc
class KeepingAdvisersInformedTests {

	private static final RegionCode NORTH_WEST = new RegionCode("E12000002");

	private static final LocalAuthorityId MANCHESTER = new LocalAuthorityId(24);

	private static final String PASSWORD = "copper meadow lantern";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private AuditTrail auditTrail;

	@Autowired
	private TakeUps takeUps;

	@Autowired
	private Links links;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Supporters supporters;

	@Autowired
	private Opportunities opportunities;

	@Autowired
	private Signatories signatories;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aLinkedAdviserHearsOfEveryStatusChangeButNotWhatTheYoungPersonSharedWithTheOrganisation() throws Exception {
		CurrentUser organiser = account("Pat Organiser", Role.SIGNATORY);
		SignatoryId organisation = this.signatories
			.createDemoSignatory(new NewOrganisation("Rowan Joinery " + UUID.randomUUID(), Sector.PRIVATE, Size.SMALL,
					null, true, List.of(), "Opportunities for tests"), LocalDate.now().minusDays(10), organiser.id());
		OpportunityId job = publish(organisation, "Rowan joinery apprenticeship");
		CurrentUser jade = careLeaver("Jade");
		CurrentUser sam = supporter();
		CurrentUser former = supporter();
		UUID link = linked(sam, jade);
		linked(former, jade);
		this.links.end(jade.id(), this.links.youngPeopleOf(former.id()).get(0).id());

		this.takeUps.apply(jade.id(), job, Set.of(Sharing.NAME), "A note only the organisation reads");
		String applied = TestMailServer.body(TestMailServer.awaitEmail(sam.getUsername(), "News about Jade: Applied"));
		assertThat(applied)
			.contains("\"Rowan joinery apprenticeship\"", "is now: Applied (changed by Jade)",
					"/supporter/young-people/" + link)
			.doesNotContain("A note only the organisation reads")
			.doesNotContain("Jade Test");

		TakeUpId takeUp = this.takeUps.mine(jade.id()).get(0).takeUp().id();
		this.takeUps.move(organiser.id(), takeUp, TakeUpStatus.OFFERED, null);
		assertThat(
				TestMailServer.body(TestMailServer.awaitEmail(sam.getUsername(), "News about Jade: Offered a place")))
			.contains("is now: Offered a place (changed by the organisation)");
		this.takeUps.move(organiser.id(), takeUp, TakeUpStatus.UNSUCCESSFUL, TakeUpReason.PLACES_FILLED);
		assertThat(TestMailServer.body(TestMailServer.awaitEmail(sam.getUsername(), "News about Jade: Not successful")))
			.doesNotContain(TakeUpReason.PLACES_FILLED.label());
		assertThat(subjects(former.getUsername())).as("an adviser whose link ended hears nothing")
			.noneMatch((subject) -> subject.startsWith("News about"));

		this.mvc.perform(get("/supporter/young-people").with(as(sam)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not successful")))
			.andExpect(content().string(containsString("Rowan joinery apprenticeship")));
		this.mvc.perform(get("/supporter/young-people/" + link).with(as(sam)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Changed")));
		assertThat(this.auditTrail.aboutYou(jade.id())).as("each look by the adviser is in the young person's download")
			.extracting((view) -> view.viewerRole().label(), AuditTrail.RecordView::what)
			.contains(tuple("Supporter", "Listed among their adviser's young people"),
					tuple("Supporter", "Opened their progress as their adviser"));
	}

	@Test
	void aLinkedAdviserIsToldWhenTheYoungPersonIsAskedHowItIsGoingAndWhenTheyAnswer() throws Exception {
		CurrentUser organiser = account("Lee Organiser", Role.SIGNATORY);
		SignatoryId organisation = this.signatories
			.createDemoSignatory(new NewOrganisation("Alder Kitchens " + UUID.randomUUID(), Sector.PRIVATE, Size.SMALL,
					null, true, List.of(), "Opportunities for tests"), LocalDate.now().minusDays(10), organiser.id());
		OpportunityId job = publish(organisation, "Alder chef apprenticeship");
		CurrentUser jade = careLeaver("Jade");
		CurrentUser sam = supporter();
		UUID link = linked(sam, jade);
		this.takeUps.apply(jade.id(), job, Set.of(), null);
		TakeUpId takeUp = this.takeUps.mine(jade.id()).get(0).takeUp().id();
		this.takeUps.move(organiser.id(), takeUp, TakeUpStatus.OFFERED, null);
		this.takeUps.move(organiser.id(), takeUp, TakeUpStatus.STARTED, null);
		this.jdbc.sql("update take_up set started_at = :at where id = :id")
			.param("at", java.sql.Timestamp.from(Instant.now().minus(100, ChronoUnit.DAYS)))
			.param("id", takeUp.value())
			.update();

		this.takeUps.sendCheckIns();
		String asked = TestMailServer
			.body(TestMailServer.awaitEmail(sam.getUsername(), "We asked Jade how it is going"));
		assertThat(asked).contains("\"Alder chef apprenticeship\"", "3 months ago", "Only Jade can answer",
				"/supporter/young-people/" + link);

		this.takeUps.answerCheckIn(jade.id(), takeUp, TakeUps.CheckInAnswer.STILL_THERE, null);
		assertThat(TestMailServer.body(TestMailServer.awaitEmail(sam.getUsername(), "News about Jade: Still going")))
			.contains("is now: Still going (changed by Jade)");
	}

	private static List<String> subjects(String recipient) {
		return TestMailServer.emailsTo(recipient).stream().map((message) -> {
			try {
				return message.getSubject();
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private UUID linked(CurrentUser supporter, CurrentUser careLeaver) {
		this.links.inviteSupporter(careLeaver.id(), supporter.getUsername());
		this.links.acceptInvitation(supporter.id(), this.links.invitationsFor(supporter.id()).get(0).id());
		return this.links.youngPeopleOf(supporter.id()).get(0).id();
	}

	private CurrentUser account(String name, Role role) {
		String email = "informed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		return new CurrentUser(this.accounts.createDemoAccount(name, email, PASSWORD, role), email, name, role);
	}

	private CurrentUser careLeaver(String name) {
		CurrentUser young = account(name, Role.CARE_LEAVER);
		this.careLeavers.createDemoProfile(young.id(),
				new NewCareLeaver(name + " Test", null, young.getUsername(), LocalDate.now().minusYears(20), MANCHESTER,
						NORTH_WEST, Set.of(), Set.of(OpportunityType.APPRENTICESHIP), Situation.TRAINING, null));
		return young;
	}

	private CurrentUser supporter() {
		CurrentUser adviser = account("Sam Adviser", Role.SUPPORTER);
		this.supporters.createDemoSupporter(adviser.id(), new NewSupporter("Sam Adviser",
				SupporterRole.PERSONAL_ADVISER, OrganisationType.COUNCIL, null, MANCHESTER, adviser.getUsername()),
				Verification.VERIFIED);
		return adviser;
	}

	private OpportunityId publish(SignatoryId signatory, String title) {
		return this.opportunities.createDemo(signatory, new OpportunityDetails(title, "A summary of " + title,
				"All about " + title + ".", OpportunityType.APPRENTICESHIP, Category.EMPLOYMENT_AND_WORK_EXPERIENCE,
				Set.of(Outcome.EMPLOYMENT_EDUCATION_TRAINING), Scope.NATIONAL, List.of(), List.of(), 16, 25, null, null,
				null, null, null, TakeUpRoute.CONNECTS, null, null, Barriers.NONE, InternshipFacts.NONE),
				Instant.now().minus(1, ChronoUnit.DAYS));
	}

	private static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

}
