package org.covenantconnects.takeup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.Fixtures.Organisation;
import org.covenantconnects.Fixtures.YoungPerson;
import org.covenantconnects.audit.AuditTrail;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.Status;
import org.covenantconnects.signatory.Signatories;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.covenantconnects.Fixtures.opportunity;
import static org.covenantconnects.SignedIn.as;
import static org.covenantconnects.SignedIn.someone;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Take-ups after a young person applies, against the real database: the organisation sees
 * only what was shared and moves each application on, places go down as people start, the
 * young person hears of every change and answers check-ins, organisations are reminded,
 * every look by someone else is in the audit trail, and coordinators count it all.
 */
@ConnectsTest
@AutoConfigureMockMvc
class TakeUpJourneyTests {

	private static final YoungPerson SAM = YoungPerson.named("Sam")
		.interestedIn(Category.EMPLOYMENT_AND_WORK_EXPERIENCE);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private AuditTrail auditTrail;

	@Autowired
	private TakeUps takeUps;

	@Autowired
	private TakeUpFunnel funnel;

	@Autowired
	private Opportunities opportunities;

	@Autowired
	private Signatories signatories;

	@Autowired
	private Emails emails;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void anOrganisationSeesOnlyWhatWasSharedAndMovesTheApplicationToStartedTakingThePlace() throws Exception {
		Organisation bakery = this.fixtures.organisation("Kestrel Bakery");
		OpportunityId apprenticeship = this.fixtures.publish(bakery.id(),
				opportunity("Kestrel baking apprenticeship").withPlaces(1));
		CurrentUser sam = this.fixtures.registeredCareLeaver(SAM);
		this.takeUps.apply(sam.id(), apprenticeship, Set.of(Sharing.EMAIL), "I bake bread at home");
		TakeUpId takeUp = takeUpOf(sam, apprenticeship);

		this.mvc.perform(get("/organisation/applications").with(as(bakery.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(sam.getUsername())))
			.andExpect(content().string(containsString("Kestrel baking apprenticeship")));
		this.mvc
			.perform(get("/organisation/applications").param("status", "STARTED")
				.param("opportunity", apprenticeship.toString())
				.with(as(bakery.member())))
			.andExpect(content().string(not(containsString(sam.getUsername()))))
			.andExpect(content().string(containsString("There are no applications to show")));
		String page = "/organisation/applications/" + takeUp;
		this.mvc.perform(get(page).with(as(bakery.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("I bake bread at home")))
			.andExpect(content().string(containsString("Not shared")))
			.andExpect(content().string(not(containsString("Sam Test"))))
			.andExpect(content().string(not(containsString("Training"))));

		this.mvc.perform(post(page).with(csrf()).with(as(bakery.member())).param("next", "STARTED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select what has happened")));
		this.mvc.perform(post(page).with(csrf()).with(as(bakery.member())).param("next", "OFFERED"))
			.andExpect(redirectedUrl(page));
		this.mvc.perform(post(page).with(csrf()).with(as(bakery.member())).param("next", "STARTED"))
			.andExpect(redirectedUrl(page));

		TakeUp started = this.takeUps.takeUp(sam.id(), takeUp).orElseThrow();
		assertThat(started.status()).isEqualTo(TakeUpStatus.STARTED);
		assertThat(started.history()).extracting(TakeUp.Event::from, TakeUp.Event::status, TakeUp.Event::actor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(null, TakeUpStatus.APPLIED, TakeUp.Actor.CARE_LEAVER),
					org.assertj.core.groups.Tuple.tuple(TakeUpStatus.APPLIED, TakeUpStatus.OFFERED,
							TakeUp.Actor.SIGNATORY),
					org.assertj.core.groups.Tuple.tuple(TakeUpStatus.OFFERED, TakeUpStatus.STARTED,
							TakeUp.Actor.SIGNATORY));
		assertThat(this.opportunities.find(apprenticeship).orElseThrow().details().places()).isZero();
		assertThat(this.opportunities.find(apprenticeship).orElseThrow().status()).as("full, so closed")
			.isEqualTo(Status.CLOSED);
		assertThat(this.emails.sentTo(sam.getUsername())).extracting(Emails.SentEmail::textBody)
			.anySatisfy((body) -> assertThat(body).contains(bakery.name() + " has offered you a place"))
			.anySatisfy((body) -> assertThat(body).contains(bakery.name() + " has recorded that you started"));
		this.mvc.perform(get("/my-opportunities").with(as(sam)))
			.andExpect(content().string(containsString("What has happened")))
			.andExpect(content().string(containsString("Offered a place")))
			.andExpect(content().string(containsString("Tell us how it is going")));
	}

	@Test
	void endingEarlyNeedsAReasonTheYoungPersonSeesAndOnlyAllowedMovesAreMade() throws Exception {
		Organisation bakery = this.fixtures.organisation("Plover Foods");
		OpportunityId job = this.fixtures.publish(bakery.id(), opportunity("Plover kitchen job"));
		CurrentUser sam = this.fixtures.registeredCareLeaver(SAM);
		this.takeUps.apply(sam.id(), job, Set.of(Sharing.NAME), null);
		TakeUpId takeUp = takeUpOf(sam, job);
		String page = "/organisation/applications/" + takeUp;
		this.mvc.perform(post(page).with(csrf()).with(as(bakery.member())).param("next", "UNSUCCESSFUL"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select why it ended")));
		this.mvc
			.perform(post(page).with(csrf())
				.with(as(bakery.member()))
				.param("next", "UNSUCCESSFUL")
				.param("reason", "TIMING"))
			.andExpect(content().string(containsString("Select why it ended")));
		this.mvc
			.perform(post(page).with(csrf())
				.with(as(bakery.member()))
				.param("next", "UNSUCCESSFUL")
				.param("reason", "PLACES_FILLED"))
			.andExpect(redirectedUrl(page));
		TakeUp ended = this.takeUps.takeUp(sam.id(), takeUp).orElseThrow();
		assertThat(ended.status()).isEqualTo(TakeUpStatus.UNSUCCESSFUL);
		assertThat(ended.history().get(ended.history().size() - 1).reason()).isEqualTo("All the places were filled");
		assertThat(this.emails.sentTo(sam.getUsername())).extracting(Emails.SentEmail::textBody)
			.anySatisfy((body) -> assertThat(body).contains("The reason they gave: All the places were filled"));
		assertThatThrownBy(() -> this.takeUps.move(bakery.member().id(), takeUp, TakeUpStatus.STARTED, null))
			.isInstanceOf(TakeUps.TakeUpRefusedException.class);
		this.mvc.perform(get(page).with(as(bakery.member())))
			.andExpect(content().string(containsString("This application has ended")));
	}

	@Test
	void aSignatoryUserNeverReachesAnotherOrganisationsApplications() throws Exception {
		Organisation bakery = this.fixtures.organisation("Heron Bakery");
		Organisation other = this.fixtures.organisation("Other Heron");
		OpportunityId job = this.fixtures.publish(bakery.id(), opportunity("Heron job"));
		CurrentUser sam = this.fixtures.registeredCareLeaver(SAM);
		this.takeUps.apply(sam.id(), job, Set.of(Sharing.EMAIL), null);
		this.takeUps.expressInterest(sam.id(), this.fixtures.publish(bakery.id(), opportunity("Heron interest only")));
		TakeUpId takeUp = takeUpOf(sam, job);
		this.mvc.perform(get("/organisation/applications/" + takeUp).with(as(other.member())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/organisation/applications/" + takeUp).with(csrf())
				.with(as(other.member()))
				.param("next", "OFFERED"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/organisation/applications").with(as(other.member())))
			.andExpect(content().string(not(containsString(sam.getUsername()))));
		this.mvc.perform(get("/organisation/applications/not-an-id").with(as(bakery.member())))
			.andExpect(status().isNotFound());
		assertThat(this.takeUps.applicationsFor(bakery.member().id(), null, null).applications())
			.as("interest alone is not an application")
			.extracting(TakeUp::id)
			.containsExactly(takeUp);
		assertThat(this.takeUps.takeUp(sam.id(), takeUp).orElseThrow().status()).isEqualTo(TakeUpStatus.APPLIED);
	}

	@Test
	void theUsersOfALapsedOrganisationNoLongerSeeWhatApplicantsShared() throws Exception {
		Organisation bakery = this.fixtures.organisation("Curlew Bakery");
		OpportunityId job = this.fixtures.publish(bakery.id(), opportunity("Curlew apprenticeship"));
		CurrentUser sam = this.fixtures.registeredCareLeaver(SAM);
		this.takeUps.apply(sam.id(), job, Set.of(Sharing.EMAIL), "I can start in May");
		TakeUpId takeUp = takeUpOf(sam, job);
		String page = "/organisation/applications/" + takeUp;
		this.mvc.perform(get(page).with(as(bakery.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("I can start in May")));

		this.signatories.lapse(bakery.id());

		this.mvc.perform(get("/organisation/applications").with(as(bakery.member())))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("You can no longer see applications")))
			.andExpect(content().string(not(containsString(sam.getUsername()))));
		this.mvc.perform(get(page).with(as(bakery.member())))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("I can start in May"))))
			.andExpect(content().string(not(containsString(sam.getUsername()))));
		this.mvc.perform(post(page).with(csrf()).with(as(bakery.member())).param("next", "OFFERED"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/organisation").with(as(bakery.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/organisation/applications\""))));
		assertThatThrownBy(() -> this.takeUps.applicationsFor(bakery.member().id(), null, null))
			.isInstanceOf(TakeUps.OrganisationLapsedException.class);
		assertThatThrownBy(() -> this.takeUps.application(bakery.member().id(), takeUp))
			.isInstanceOf(TakeUps.OrganisationLapsedException.class);
		assertThat(this.takeUps.takeUp(sam.id(), takeUp).orElseThrow().status()).isEqualTo(TakeUpStatus.APPLIED);

		this.transactions.executeWithoutResult(
				(s) -> this.jdbc.sql("update take_up set updated_at = now() - interval '31 days' where id = :id")
					.param("id", takeUp.value())
					.update());
		this.takeUps.remindOfStaleApplications();
		assertThat(reminders(bakery)).as("not asked to look at what it can no longer see").isZero();
	}

	@Test
	void checkInsGoOutOnceAt3And6MonthsAndTheAnswerIsRecorded() throws Exception {
		Organisation bakery = this.fixtures.organisation("Wagtail Works");
		OpportunityId job = this.fixtures.publish(bakery.id(), opportunity("Wagtail apprenticeship"));
		CurrentUser sam = this.fixtures.registeredCareLeaver(SAM);
		this.takeUps.apply(sam.id(), job, Set.of(Sharing.EMAIL), null);
		TakeUpId takeUp = takeUpOf(sam, job);
		this.takeUps.move(bakery.member().id(), takeUp, TakeUpStatus.OFFERED, null);
		this.takeUps.move(bakery.member().id(), takeUp, TakeUpStatus.STARTED, null);
		this.takeUps.sendCheckIns();
		assertThat(checkInEmails(sam)).as("not yet 3 months").isZero();

		startedAgo(takeUp, 100);
		this.takeUps.sendCheckIns();
		this.takeUps.sendCheckIns();
		assertThat(checkInEmails(sam)).as("sent once however often the job runs").isEqualTo(1);
		assertThat(this.emails.sentTo(sam.getUsername())).extracting(Emails.SentEmail::textBody)
			.anySatisfy((body) -> assertThat(body).contains("/my-opportunities/" + takeUp + "/check-in"));

		String page = "/my-opportunities/" + takeUp + "/check-in";
		this.mvc.perform(get(page).with(as(sam)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Are you still on Wagtail apprenticeship?")));
		this.mvc.perform(post(page).with(csrf()).with(as(sam)).param("answer", "LEFT"))
			.andExpect(content().string(containsString("Select why you left")));
		this.mvc.perform(post(page).with(csrf()).with(as(sam)).param("answer", "STILL_THERE"))
			.andExpect(redirectedUrl("/my-opportunities"));
		assertThat(this.takeUps.takeUp(sam.id(), takeUp).orElseThrow().status()).isEqualTo(TakeUpStatus.SUSTAINED);
		this.mvc.perform(get(page).with(as(this.fixtures.registeredCareLeaver(SAM)))).andExpect(status().isNotFound());

		startedAgo(takeUp, 200);
		this.takeUps.sendCheckIns();
		assertThat(checkInEmails(sam)).isEqualTo(2);
		this.takeUps.answerCheckIn(sam.id(), takeUp, TakeUps.CheckInAnswer.LEFT, TakeUpReason.MOVED_ON);
		TakeUp left = this.takeUps.takeUp(sam.id(), takeUp).orElseThrow();
		assertThat(left.status()).isEqualTo(TakeUpStatus.WITHDRAWN);
		assertThat(left.history().get(left.history().size() - 1))
			.extracting(TakeUp.Event::from, TakeUp.Event::actor, TakeUp.Event::reason)
			.containsExactly(TakeUpStatus.SUSTAINED, TakeUp.Actor.CARE_LEAVER, "Moved on to something else");
		this.mvc.perform(get(page).with(as(sam))).andExpect(status().isNotFound());
	}

	@Test
	void anOrganisationIsRemindedOnceOfAnApplicationThatHasNotMovedFor30Days() {
		Organisation bakery = this.fixtures.organisation("Linnet Lunches");
		OpportunityId job = this.fixtures.publish(bakery.id(), opportunity("Linnet job"));
		CurrentUser sam = this.fixtures.registeredCareLeaver(SAM);
		this.takeUps.apply(sam.id(), job, Set.of(Sharing.EMAIL), null);
		TakeUpId takeUp = takeUpOf(sam, job);
		this.takeUps.remindOfStaleApplications();
		assertThat(reminders(bakery)).isZero();
		this.transactions.executeWithoutResult(
				(s) -> this.jdbc.sql("update take_up set updated_at = now() - interval '31 days' where id = :id")
					.param("id", takeUp.value())
					.update());
		this.takeUps.remindOfStaleApplications();
		this.takeUps.remindOfStaleApplications();
		assertThat(reminders(bakery)).isEqualTo(1);
	}

	@Test
	void everyLookBySomeoneElseIsInAnAuditTrailThatCannotBeChanged() throws Exception {
		Organisation bakery = this.fixtures.organisation("Siskin Stores");
		OpportunityId job = this.fixtures.publish(bakery.id(), opportunity("Siskin job"));
		CurrentUser sam = this.fixtures.registeredCareLeaver(SAM);
		this.takeUps.apply(sam.id(), job, Set.of(Sharing.EMAIL), null);
		TakeUpId takeUp = takeUpOf(sam, job);
		this.mvc.perform(get("/organisation/applications/" + takeUp).with(as(bakery.member())));
		Long entries = this.jdbc.sql("select count(*) from record_view where take_up_id = :id")
			.param("id", takeUp.value())
			.query(Long.class)
			.single();
		assertThat(entries).isEqualTo(1);

		assertThat(this.auditTrail.aboutYou(sam.id())).as("the young person can download the entries about them")
			.extracting((view) -> view.viewerRole().label(), AuditTrail.RecordView::what)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Signatory organisation", "Opened the application"));

		CurrentUser coordinator = someone(Role.COORDINATOR);
		this.mvc.perform(get("/coordinator/audit-trail").param("email", sam.getUsername()).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Opened the application")))
			.andExpect(content().string(containsString(bakery.member().getUsername())));

		assertThatThrownBy(() -> this.jdbc.sql("update record_view set what = 'nothing' where take_up_id = :id")
			.param("id", takeUp.value())
			.update()).rootCause().hasMessageContaining("permission denied for table record_view");
		assertThatThrownBy(() -> this.jdbc.sql("delete from record_view where take_up_id = :id")
			.param("id", takeUp.value())
			.update()).rootCause().hasMessageContaining("permission denied for table record_view");
	}

	@Test
	void aCoordinatorCorrectsAStartRecordedByMistakeAndTheOpportunityGetsItsPlaceBack() throws Exception {
		Organisation bakery = this.fixtures.organisation("Whinchat Bakes");
		OpportunityId job = this.fixtures.publish(bakery.id(), opportunity("Whinchat apprenticeship").withPlaces(2));
		CurrentUser sam = this.fixtures.registeredCareLeaver(SAM);
		this.takeUps.apply(sam.id(), job, Set.of(Sharing.EMAIL), null);
		TakeUpId takeUp = takeUpOf(sam, job);
		this.takeUps.move(bakery.member().id(), takeUp, TakeUpStatus.OFFERED, null);
		this.takeUps.move(bakery.member().id(), takeUp, TakeUpStatus.STARTED, null);
		assertThat(placesOf(job)).isEqualTo(1);
		CurrentUser coordinator = someone(Role.COORDINATOR);

		this.mvc.perform(get("/coordinator/audit-trail").param("email", sam.getUsername()).with(as(coordinator)))
			.andExpect(content().string(containsString("/coordinator/young-people/" + sam.id() + "/take-ups")));
		String list = "/coordinator/young-people/" + sam.id() + "/take-ups";
		this.mvc.perform(get(list).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Whinchat apprenticeship")));
		String page = list + "/" + takeUp;
		this.mvc.perform(
				get("/coordinator/young-people/" + this.fixtures.registeredCareLeaver(SAM).id() + "/take-ups/" + takeUp)
					.with(as(coordinator)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(page).with(csrf()).with(as(coordinator)).param("status", "STARTED").param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select the status it should have")))
			.andExpect(content().string(containsString("Enter why you are correcting it")));
		this.mvc
			.perform(post(page).with(csrf())
				.with(as(coordinator))
				.param("status", "OFFERED")
				.param("reason", "x".repeat(501)))
			.andExpect(content().string(containsString("The reason must be 500 characters or fewer")));

		this.mvc
			.perform(post(page).with(csrf())
				.with(as(coordinator))
				.param("status", "OFFERED")
				.param("reason", "The start was recorded by mistake"))
			.andExpect(redirectedUrl(list));
		TakeUp corrected = this.takeUps.takeUp(sam.id(), takeUp).orElseThrow();
		assertThat(corrected.status()).isEqualTo(TakeUpStatus.OFFERED);
		assertThat(corrected.history().get(corrected.history().size() - 1))
			.extracting(TakeUp.Event::from, TakeUp.Event::actor, TakeUp.Event::reason)
			.containsExactly(TakeUpStatus.STARTED, TakeUp.Actor.COORDINATOR, "The start was recorded by mistake");
		assertThat(placesOf(job)).as("the place comes back").isEqualTo(2);
		assertThat(this.emails.sentTo(sam.getUsername())).extracting(Emails.SentEmail::textBody)
			.anySatisfy((body) -> assertThat(body).contains("The Covenant team has corrected the status",
					"It is now: Offered a place", "The start was recorded by mistake"));

		this.takeUps.correct(coordinator.id(), sam.id(), takeUp, TakeUpStatus.SUSTAINED, "They did start");
		assertThat(placesOf(job)).as("a start takes a place").isEqualTo(1);
		this.takeUps.correct(coordinator.id(), sam.id(), takeUp, TakeUpStatus.COMPLETED, "They finished");
		this.takeUps.correct(coordinator.id(), sam.id(), takeUp, TakeUpStatus.WITHDRAWN, "They left early");
		assertThat(placesOf(job)).as("finishing or leaving after starting keeps the place used").isEqualTo(1);
		assertThat(this.jdbc
			.sql("select what from record_view where care_leaver_account_id = :id" + " and viewer_role = 'COORDINATOR'")
			.param("id", sam.id().value())
			.query(String.class)
			.list()).contains("Listed their take-ups", "Opened a take-up to correct it");
	}

	private int placesOf(OpportunityId opportunity) {
		return this.opportunities.find(opportunity).orElseThrow().details().places();
	}

	@Test
	void coordinatorsCountTheFunnelByEachBreakdownAndExportItWithoutPersonalData() throws Exception {
		Organisation bakery = this.fixtures.organisation("Dunnock Dairies");
		OpportunityId job = this.fixtures.publish(bakery.id(), opportunity("Dunnock apprenticeship"));
		CurrentUser sam = this.fixtures.registeredCareLeaver(SAM);
		this.takeUps.apply(sam.id(), job, Set.of(Sharing.EMAIL, Sharing.NAME), null);
		TakeUpId takeUp = takeUpOf(sam, job);
		this.takeUps.move(bakery.member().id(), takeUp, TakeUpStatus.OFFERED, null);
		this.takeUps.move(bakery.member().id(), takeUp, TakeUpStatus.STARTED, null);
		int year = TakeUpFunnel.currentFiscalYear(LocalDate.now());

		TakeUpFunnel.Figures bySignatory = this.funnel.figures(TakeUpFunnel.Breakdown.SIGNATORY, year);
		assertThat(bySignatory.rows()).filteredOn((row) -> row.name().equals(bakery.name()))
			.singleElement()
			.extracting(TakeUpFunnel.Row::began, TakeUpFunnel.Row::applied, TakeUpFunnel.Row::offered,
					TakeUpFunnel.Row::started, TakeUpFunnel.Row::outcome)
			.containsExactly(1L, 1L, 1L, 1L, 0L);
		for (TakeUpFunnel.Breakdown breakdown : TakeUpFunnel.Breakdown.values()) {
			TakeUpFunnel.Figures figures = this.funnel.figures(breakdown, year);
			assertThat(figures.total().started()).as(breakdown.label())
				.isEqualTo(figures.rows().stream().mapToLong(TakeUpFunnel.Row::started).sum())
				.isPositive();
		}
		assertThat(this.funnel.figures(TakeUpFunnel.Breakdown.MONTH, year).rows()).hasSize(12);
		assertThat(this.funnel.figures(TakeUpFunnel.Breakdown.ORIENTATION, year).rows())
			.extracting(TakeUpFunnel.Row::name)
			.contains("Employment");

		CurrentUser coordinator = someone(Role.COORDINATOR);
		this.mvc.perform(get("/coordinator/take-up").param("breakdown", "REGION").with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("North West")));
		this.mvc.perform(
				get("/coordinator/take-up").param("breakdown", "nonsense").param("year", "1900").with(as(coordinator)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/coordinator/take-up/export").param("breakdown", "SIGNATORY")
				.param("year", String.valueOf(year))
				.with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content().string(containsString(
					"Signatory,Began,Applied,Offered,Started or claimed,Completed or still going,Ended early")))
			.andExpect(content().string(containsString(bakery.name() + ",1,1,1,1,0,0")))
			.andExpect(content().string(not(containsString(sam.getUsername()))))
			.andExpect(content().string(not(containsString("Sam Test"))));
	}

	@Test
	void aSignatoryWhoseYoungPeopleStartedAndStayedIsShownAsGoldInTheDirectory() throws Exception {
		Organisation bakery = this.fixtures.organisation("Goldcrest Bakes");
		OpportunityId job = this.fixtures.publish(bakery.id(), opportunity("Goldcrest job"));
		for (int i = 0; i < 5; i++) {
			CurrentUser person = this.fixtures.registeredCareLeaver(SAM);
			this.takeUps.apply(person.id(), job, Set.of(Sharing.EMAIL), null);
			TakeUpId takeUp = takeUpOf(person, job);
			this.takeUps.move(bakery.member().id(), takeUp, TakeUpStatus.OFFERED, null);
			this.takeUps.move(bakery.member().id(), takeUp, TakeUpStatus.STARTED, null);
			this.takeUps.move(bakery.member().id(), takeUp, TakeUpStatus.SUSTAINED, null);
			startedAgo(takeUp, 200);
		}
		String slug = this.signatories.find(bakery.id()).orElseThrow().slug();
		long before = this.signatories.signed().stream().takeWhile((s) -> !s.id().equals(bakery.id())).count();
		this.mvc.perform(get("/signatories").param("page", String.valueOf(before / 50 + 1)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(slug)))
			.andExpect(content().string(containsString(">Gold</strong>")));
	}

	private long checkInEmails(CurrentUser person) {
		return this.emails.sentTo(person.getUsername())
			.stream()
			.filter((email) -> email.subject().startsWith("Are you still on"))
			.count();
	}

	private long reminders(Organisation organisation) {
		return this.emails.sentTo(organisation.member().getUsername())
			.stream()
			.filter((email) -> email.subject().equals("Applications waiting for you on Covenant Connects"))
			.count();
	}

	private void startedAgo(TakeUpId takeUp, int days) {
		this.transactions
			.executeWithoutResult((s) -> this.jdbc.sql("update take_up set started_at = :at where id = :id")
				.param("at", java.sql.Timestamp.from(Instant.now().minus(days, ChronoUnit.DAYS)))
				.param("id", takeUp.value())
				.update());
	}

	private TakeUpId takeUpOf(CurrentUser person, OpportunityId opportunity) {
		return this.takeUps.mine(person.id())
			.stream()
			.filter((row) -> row.id().equals(opportunity))
			.findFirst()
			.orElseThrow()
			.takeUp()
			.id();
	}

}
