package org.covenantconnects.alert;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.Fixtures.Organisation;
import org.covenantconnects.Fixtures.YoungPerson;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.alert.internal.ClosingSoon;
import org.covenantconnects.alert.internal.Digests;
import org.covenantconnects.alert.internal.FanOut;
import org.covenantconnects.alert.internal.UnsubscribeLinks;
import org.covenantconnects.alert.web.AlertsController;
import org.covenantconnects.careleaver.CareExperience;
import org.covenantconnects.email.Emails;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.supporter.Verification;
import org.covenantconnects.takeup.TakeUps;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.covenantconnects.Fixtures.CAMDEN;
import static org.covenantconnects.Fixtures.LONDON;
import static org.covenantconnects.Fixtures.MANCHESTER;
import static org.covenantconnects.Fixtures.NORTH_WEST;
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
 * Alerts as young people and advisers get them, against the real database and a real SMTP
 * server: what fits whom when a signatory's opportunity is published, in the service and
 * by email, digests, reminders, and unsubscribing without signing in.
 */
@ConnectsTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertsTests {

	private static final YoungPerson SAM = YoungPerson.named("Sam");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private TakeUps takeUps;

	@Autowired
	private Opportunities opportunities;

	@Autowired
	private Subscriptions subscriptions;

	@Autowired
	private FanOut fanOut;

	@Autowired
	private Digests digests;

	@Autowired
	private ClosingSoon closingSoon;

	@Autowired
	private UnsubscribeLinks links;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Emails emails;

	@Autowired
	private Clock clock;

	@Autowired
	private TransactionTemplate transactions;

	private Organisation bakery;

	@BeforeAll
	void aSignatoryWithAMember() {
		this.bakery = this.fixtures.organisation("Alerts Test Bakery");
	}

	@Test
	void youngPeopleWithWeeklyAndInstantAlertsBothGetWhatFitsThemAndOthersGetNothing() throws Exception {
		CurrentUser instant = signedUp(SAM);
		CurrentUser weekly = signedUp(SAM.aged(19));
		CurrentUser elsewhere = signedUp(SAM.lookedAfterBy(CAMDEN).livingIn(LONDON));
		CurrentUser tooOld = signedUp(SAM.aged(27));
		CurrentUser adviser = withStartingPreferences(this.fixtures.adviser(Verification.VERIFIED));
		for (CurrentUser person : List.of(instant, elsewhere, tooOld, adviser)) {
			choose(person, "INSTANT");
		}
		choose(weekly, "WEEKLY");

		String title = "Bakery apprenticeship " + UUID.randomUUID().toString().substring(0, 6);
		OpportunityId published = this.fixtures.submitAndPublish(this.bakery, opportunity(title).inRegions(NORTH_WEST));

		await().atMost(Duration.ofSeconds(10)).until(() -> alertsOf(published) >= 3);
		MimeMessage email = emailAbout(instant, title);
		assertThat(TestMailServer.subject(email)).isEqualTo("New opportunity for you: " + title);
		assertThat(TestMailServer.body(email)).contains("/opportunities/" + published.value());
		assertThat(email.getHeader("List-Unsubscribe")[0]).contains("/alerts/unsubscribe/");
		assertThat(email.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		MimeMessage forAdviser = emailAbout(adviser, title);
		assertThat(TestMailServer.subject(forAdviser)).isEqualTo("New for young people in your area: " + title);
		assertThat(TestMailServer.body(forAdviser)).contains("send it to them");

		for (CurrentUser person : List.of(instant, weekly)) {
			this.mvc.perform(get("/notifications").with(as(person)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(title)));
		}
		this.mvc.perform(get("/for-you").with(as(weekly))).andExpect(content().string(containsString("1 new")));
		for (CurrentUser person : List.of(elsewhere, tooOld)) {
			this.mvc.perform(get("/notifications").with(as(person)))
				.andExpect(content().string(not(containsString(title))));
		}
		assertThat(emailsAbout(weekly, title)).as("weekly: nothing until the digest").isEmpty();

		int digests = this.digests.send(Frequency.WEEKLY,
				LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
		assertThat(digests).isGreaterThanOrEqualTo(1);
		MimeMessage digest = emailAbout(weekly, "for you");
		assertThat(TestMailServer.subject(digest)).isEqualTo("1 new opportunity for you");
		assertThat(TestMailServer.body(digest)).contains(title);
		assertThat(digest.getHeader("List-Unsubscribe")).isNotNull();

		assertThat(this.digests.send(Frequency.WEEKLY,
				LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))))
			.as("the same week again")
			.isZero();
		Thread.sleep(1000);
		assertThat(alertEmails(instant)).as("an instant alert is never in a digest").hasSize(1);
		assertThat(alertEmails(weekly)).hasSize(1);
		assertThat(alertEmails(elsewhere)).isEmpty();
		assertThat(alertEmails(tooOld)).isEmpty();
	}

	@Test
	void twoInstancesSendingTheSameWeeksDigestsAtOnceSendEachPersonOne() throws Exception {
		List<CurrentUser> people = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			CurrentUser person = signedUp(SAM);
			choose(person, "WEEKLY");
			people.add(person);
		}
		String title = "Allotment volunteering " + UUID.randomUUID().toString().substring(0, 6);
		OpportunityId published = this.fixtures.submitAndPublish(this.bakery, opportunity(title));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> people.stream().allMatch((person) -> alertsFor(person, published) == 1));
		LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		// Two instances share nothing but the database; small batches, two threads each.
		Digests first = anotherInstance();
		Digests second = anotherInstance();

		ExecutorService instances = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		try {
			Future<Integer> one = instances.submit(() -> {
				go.await();
				return first.send(Frequency.WEEKLY, monday);
			});
			Future<Integer> other = instances.submit(() -> {
				go.await();
				return second.send(Frequency.WEEKLY, monday);
			});
			go.countDown();
			assertThat(one.get(1, TimeUnit.MINUTES) + other.get(1, TimeUnit.MINUTES))
				.isGreaterThanOrEqualTo(people.size());
		}
		finally {
			instances.shutdownNow();
		}

		for (CurrentUser person : people) {
			assertThat(digestsQueuedTo(person)).as(person.getUsername()).isEqualTo(1);
			assertThat(this.jdbc
				.sql("select count(*) from alert_digest where account_id = :a and frequency = 'WEEKLY' "
						+ "and period_start = :monday")
				.param("a", person.id().value())
				.param("monday", monday)
				.query(Long.class)
				.single()).isEqualTo(1);
			assertThat(this.jdbc
				.sql("select emailed_at is not null from alert where account_id = :a and opportunity_id = :o")
				.param("a", person.id().value())
				.param("o", published.value())
				.query(Boolean.class)
				.single()).isTrue();
		}
		assertThat(first.send(Frequency.WEEKLY, monday) + second.send(Frequency.WEEKLY, monday))
			.as("the same week again, from either")
			.isZero();
		MimeMessage digest = emailAbout(people.get(0), "for you");
		assertThat(TestMailServer.body(digest)).contains(title);
	}

	/**
	 * What another instance of the service would run: the same code, nothing in memory
	 * shared.
	 */
	private Digests anotherInstance() {
		return new Digests(this.jdbc, this.emails, this.opportunities, this.links, this.transactions, this.clock,
				"http://localhost", 2, 2);
	}

	private long digestsQueuedTo(CurrentUser person) {
		return this.jdbc
			.sql("select count(*) from email_message where lower(recipient) = lower(:to) "
					+ "and subject like '%new opportunit%'")
			.param("to", person.getUsername())
			.query(Long.class)
			.single();
	}

	@Test
	void aCouncilsOwnOpportunityAlertsThoseItLookedAfterAndThoseLivingInItsRegionAsForYouShowsThem() {
		CurrentUser lookedAfter = signedUp(
				YoungPerson.named("Ola").aged(20).lookedAfterBy(MANCHESTER).livingIn(LONDON));
		CurrentUser livingThere = signedUp(
				YoungPerson.named("Pat").aged(20).lookedAfterBy(CAMDEN).livingIn(NORTH_WEST));
		CurrentUser neither = signedUp(YoungPerson.named("Ren").aged(20).lookedAfterBy(CAMDEN).livingIn(LONDON));
		OpportunityId published = this.fixtures.submitAndPublish(this.bakery,
				opportunity("Manchester council tax exemption " + UUID.randomUUID()).forCouncils(MANCHESTER));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> alertsFor(lookedAfter, published) == 1 && alertsFor(livingThere, published) == 1);
		this.fanOut.fanOut(published);
		assertThat(alertsFor(neither, published)).isZero();
	}

	@Test
	void regionsAYoungPersonChoseNarrowTheirAlertsButNeverAlertThemToWhatDoesNotFitThem() throws Exception {
		CurrentUser someone = signedUp(
				YoungPerson.named("Sol").aged(20).lookedAfterBy(MANCHESTER).livingIn(NORTH_WEST));
		this.mvc
			.perform(post("/alerts").with(csrf())
				.with(as(someone))
				.param("channels", "IN_APP")
				.param("frequency", "WEEKLY")
				.param("regions", LONDON.value()))
			.andExpect(redirectedUrl("/alerts"));
		String run = UUID.randomUUID().toString().substring(0, 6);
		OpportunityId inLondon = this.fixtures.submitAndPublish(this.bakery,
				opportunity("London youth club " + run).inRegions(LONDON));
		OpportunityId inTheNorthWest = this.fixtures.submitAndPublish(this.bakery,
				opportunity("North West youth club " + run).inRegions(NORTH_WEST));
		OpportunityId national = this.fixtures.submitAndPublish(this.bakery, opportunity("National youth club " + run));
		this.fanOut.fanOut(inLondon);
		this.fanOut.fanOut(inTheNorthWest);
		this.fanOut.fanOut(national);
		assertThat(alertsFor(someone, national)).isEqualTo(1);
		assertThat(alertsFor(someone, inLondon)).as("open only to those living in London").isZero();
		assertThat(alertsFor(someone, inTheNorthWest)).as("not among the regions they chose").isZero();
	}

	@Test
	void anOpportunityOnlyForConfirmedYoungPeopleAlertsOnlyThoseWhoseCareExperienceIsConfirmed() {
		CurrentUser confirmed = signedUp(YoungPerson.named("Tam").aged(20));
		CurrentUser unconfirmed = signedUp(YoungPerson.named("Uma").aged(20));
		this.careExperience.confirm(confirmed.id(), MANCHESTER, this.fixtures.staff(Role.COORDINATOR).id(),
				CareExperience.Confirmer.COORDINATOR);
		OpportunityId published = this.fixtures.submitAndPublish(this.bakery,
				opportunity("Ring-fenced apprenticeship " + UUID.randomUUID()).forConfirmedOnly());
		await().atMost(Duration.ofSeconds(10)).until(() -> alertsFor(confirmed, published) == 1);
		this.fanOut.fanOut(published);
		assertThat(alertsFor(unconfirmed, published)).isZero();
	}

	@Test
	void handlingAPublicationTwiceMakesNoSecondAlert() {
		CurrentUser someone = signedUp(SAM);
		OpportunityId published = this.fixtures.submitAndPublish(this.bakery,
				opportunity("National mentoring " + UUID.randomUUID()));
		await().atMost(Duration.ofSeconds(10)).until(() -> alertsFor(someone, published) == 1);
		long before = alertsOf(published);
		assertThat(this.fanOut.fanOut(published)).isZero();
		assertThat(alertsOf(published)).isEqualTo(before);
	}

	@Test
	void anEmailsUnsubscribeLinkStopsAlertEmailsWithoutSigningIn() throws Exception {
		CurrentUser someone = signedUp(SAM);
		choose(someone, "INSTANT");
		String title = "Cookery course " + UUID.randomUUID().toString().substring(0, 6);
		this.fixtures.submitAndPublish(this.bakery, opportunity(title));
		MimeMessage email = emailAbout(someone, title);
		String link = email.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "");
		assertThat(TestMailServer.body(email)).contains(link);
		String path = link.substring(link.indexOf("/alerts/unsubscribe/"));

		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Stop alert emails")));
		assertThat(preferences(someone).byEmail()).as("opening the link changes nothing").isTrue();
		this.mvc.perform(post(path))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You will get no more alert emails")));
		assertThat(preferences(someone).byEmail()).isFalse();
		assertThat(preferences(someone).inApp()).isTrue();
	}

	@Test
	void aMailClientsOneClickPostUnsubscribesWithoutACsrfToken() throws Exception {
		CurrentUser someone = signedUp(SAM.aged(21));
		String path = "/alerts/unsubscribe/" + this.links.tokenFor(someone.id());
		this.mvc
			.perform(
					post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk());
		assertThat(preferences(someone).byEmail()).isFalse();
	}

	@Test
	void aTamperedOrExpiredLinkSaysSoKindlyAndChangesNothing() throws Exception {
		CurrentUser someone = signedUp(SAM.aged(22));
		String token = this.links.tokenFor(someone.id());
		char fifth = token.charAt(4);
		String tampered = token.substring(0, 4) + ((fifth == 'A') ? 'B' : 'A') + token.substring(5);
		this.mvc.perform(post("/alerts/unsubscribe/" + tampered))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("has been changed, so we have not changed anything")));
		this.mvc.perform(get("/alerts/unsubscribe/not-a-token!"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This link does not work")));
		UnsubscribeLinks old = new UnsubscribeLinks(this.jdbc, Clock.offset(Clock.systemUTC(), Duration.ofDays(-100)),
				"http://localhost", Duration.ofDays(90));
		this.mvc.perform(post("/alerts/unsubscribe/" + old.tokenFor(someone.id())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The link is too old")));
		assertThat(preferences(someone).byEmail()).isTrue();
	}

	@Test
	void malformedPreferencesGetAClearMessageAndChangeNothing() throws Exception {
		CurrentUser someone = signedUp(SAM);
		AlertPreferences before = preferences(someone);
		this.mvc
			.perform(post("/alerts").with(csrf())
				.with(as(someone))
				.param("channels", "EMAIL", "CARRIER_PIGEON")
				.param("frequency", "HOURLY")
				.param("types", "APPRENTICESHIP")
				.param("regions", "E99999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Choose how we tell you from the list")))
			.andExpect(content().string(containsString("Choose how often we email you from the list")))
			.andExpect(content().string(containsString("Choose regions from the list")));
		this.mvc.perform(post("/alerts").with(csrf()).with(as(someone)).param("channels", "EMAIL"))
			.andExpect(content().string(containsString("Choose how often we email you")));
		assertThat(preferences(someone)).isEqualTo(before);
		assertThat(before.frequency()).isEqualTo(Frequency.WEEKLY);
		assertThat(before.regions()).containsExactly(NORTH_WEST);
		assertThat(before.types()).as("everything that fits, as For you shows").isEmpty();
	}

	@Test
	void notificationsComeAPageAtATimeAndAPagePastTheEndShowsTheLast() throws Exception {
		// In London only, so that other tests' searches of the newest opportunities
		// elsewhere
		// are not crowded out.
		CurrentUser someone = signedUp(SAM.lookedAfterBy(CAMDEN).livingIn(LONDON));
		int count = AlertsController.NOTIFICATIONS_PER_PAGE + 1;
		String run = UUID.randomUUID().toString().substring(0, 6);
		for (int i = 1; i <= count; i++) {
			OpportunityId published = this.fixtures.submitAndPublish(this.bakery,
					opportunity("Paged " + run + " number " + i + ".").inRegions(LONDON));
			await().atMost(Duration.ofSeconds(10)).until(() -> alertsFor(someone, published) == 1);
		}
		assertThat(this.subscriptions.notificationCount(someone.id())).isEqualTo(count);

		this.mvc.perform(get("/notifications").with(as(someone)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paged " + run + " number " + count + ".")))
			.andExpect(content().string(containsString("Paged " + run + " number 2.")))
			.andExpect(content().string(not(containsString("Paged " + run + " number 1."))))
			.andExpect(content().string(containsString("href=\"/notifications?page=2\" rel=\"next\"")))
			.andExpect(content().string(not(containsString("There is no such page"))));
		this.mvc.perform(get("/notifications").param("page", "2").with(as(someone)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paged " + run + " number 1.")))
			.andExpect(content().string(not(containsString("Paged " + run + " number 2."))))
			.andExpect(content().string(containsString("href=\"/notifications?page=1\" rel=\"prev\"")));
		this.mvc.perform(get("/notifications").param("page", "9").with(as(someone)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no such page. Showing page 2 of 2.")))
			.andExpect(content().string(containsString("Paged " + run + " number 1.")));
		this.mvc.perform(get("/notifications").param("page", "second").with(as(someone)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paged " + run + " number " + count + ".")));
	}

	@Test
	void nobodyOpensAnothersNotification() throws Exception {
		CurrentUser owner = signedUp(SAM);
		CurrentUser other = signedUp(SAM);
		OpportunityId published = this.fixtures.submitAndPublish(this.bakery,
				opportunity("Gym discount " + UUID.randomUUID()));
		await().atMost(Duration.ofSeconds(10)).until(() -> alertsFor(owner, published) == 1);
		long id = this.jdbc.sql("select id from alert where account_id = :a and opportunity_id = :o")
			.param("a", owner.id().value())
			.param("o", published.value())
			.query(Long.class)
			.single();
		this.mvc.perform(get("/notifications/" + id).with(as(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/notifications/" + id).with(as(owner)))
			.andExpect(redirectedUrl("/opportunities/" + published.value()));
		assertThat(this.subscriptions.unreadCount(owner.id())).isZero();
	}

	@Test
	void aSavedOpportunityClosingInThreeDaysIsRemindedOfOnce() throws Exception {
		CurrentUser someone = signedUp(SAM);
		choose(someone, "OFF");
		choose(someone, "MONTHLY");
		String title = "Theatre tickets " + UUID.randomUUID().toString().substring(0, 6);
		OpportunityId closing = this.fixtures.submitAndPublish(this.bakery,
				opportunity(title).closingOn(LocalDate.now().plusDays(3)));
		this.takeUps.save(someone.id(), closing);
		assertThat(this.closingSoon.remind()).isGreaterThanOrEqualTo(1);
		assertThat(this.closingSoon.remind()).isZero();
		MimeMessage reminder = emailAbout(someone, title);
		assertThat(TestMailServer.subject(reminder)).isEqualTo("Closing soon: " + title);
	}

	private void choose(CurrentUser person, String frequency) throws Exception {
		this.mvc
			.perform(post("/alerts").with(csrf())
				.with(as(person))
				.param("channels", "EMAIL", "IN_APP")
				.param("frequency", frequency))
			.andExpect(redirectedUrl("/alerts"));
	}

	private AlertPreferences preferences(CurrentUser person) {
		return this.subscriptions.preferencesOf(person.id()).orElseThrow();
	}

	private long alertsOf(OpportunityId opportunity) {
		return this.jdbc.sql("select count(*) from alert where opportunity_id = :o")
			.param("o", opportunity.value())
			.query(Long.class)
			.single();
	}

	@Autowired
	private CareExperience careExperience;

	private long alertsFor(CurrentUser person, OpportunityId opportunity) {
		return this.jdbc.sql("select count(*) from alert where opportunity_id = :o and account_id = :a")
			.param("o", opportunity.value())
			.param("a", person.id().value())
			.query(Long.class)
			.single();
	}

	/**
	 * A young person who registered and confirmed their address, with the alert
	 * preferences everyone starts with.
	 */
	private CurrentUser signedUp(YoungPerson who) {
		return withStartingPreferences(this.fixtures.registeredCareLeaver(who));
	}

	private CurrentUser withStartingPreferences(CurrentUser person) {
		this.subscriptions.createDefaults(person.id());
		return person;
	}

	private static MimeMessage emailAbout(CurrentUser person, String words) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !emailsAbout(person, words).isEmpty());
		return emailsAbout(person, words).get(0);
	}

	private static List<MimeMessage> emailsAbout(CurrentUser person, String words) {
		return TestMailServer.emailsTo(person.getUsername())
			.stream()
			.filter((message) -> TestMailServer.subject(message).contains(words))
			.toList();
	}

	/** Every email but the one asking to confirm the address. */
	private static List<MimeMessage> alertEmails(CurrentUser person) {
		return TestMailServer.emailsTo(person.getUsername()).stream().filter((message) -> {
			try {
				return message.getHeader("List-Unsubscribe") != null;
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
