package org.covenantconnects.work;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.Fixtures.Organisation;
import org.covenantconnects.Fixtures.YoungPerson;
import org.covenantconnects.alert.Frequency;
import org.covenantconnects.alert.Subscriptions;
import org.covenantconnects.alert.internal.Digests;
import org.covenantconnects.identity.AccountActivated;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityPublished;
import org.covenantconnects.supporter.Verification;
import org.covenantconnects.takeup.CheckInDue;
import org.covenantconnects.takeup.TakeUp;
import org.covenantconnects.takeup.TakeUpId;
import org.covenantconnects.takeup.TakeUpMoved;
import org.covenantconnects.takeup.TakeUpStatus;
import org.covenantconnects.takeup.TakeUps;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.covenantconnects.Fixtures.opportunity;

/**
 * Work that is taken over may run twice for the same event (its first run committed just
 * before its instance died): each listener and job run twice for the same event or period
 * changes nothing the second time.
 */
@ConnectsTest
class ListenersRunTwiceTests {

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private TakeUps takeUps;

	@Autowired
	private Digests digests;

	@Autowired
	private Subscriptions subscriptions;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	private final Instant start = Instant.now();

	@Test
	void checkInsAndAdviserAlertsRunTwiceSendEachEmailOnce() {
		Organisation kitchens = this.fixtures.organisation("Hazel Kitchens");
		CurrentUser organiser = kitchens.member();
		OpportunityId job = this.fixtures.publish(kitchens.id(), opportunity("Hazel chef apprenticeship"));
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		CurrentUser sam = this.fixtures.adviser(Verification.VERIFIED);
		this.fixtures.link(sam, jade);
		this.takeUps.apply(jade.id(), job, Set.of(), null);
		TakeUpId takeUp = this.takeUps.mine(jade.id()).get(0).takeUp().id();
		this.takeUps.move(organiser.id(), takeUp, TakeUpStatus.OFFERED, null);
		this.takeUps.move(organiser.id(), takeUp, TakeUpStatus.STARTED, null);
		this.jdbc.sql("update take_up set started_at = :at where id = :id")
			.param("at", java.sql.Timestamp.from(Instant.now().minus(100, ChronoUnit.DAYS)))
			.param("id", takeUp.value())
			.update();
		awaitDone();
		long newsBefore = emailsTo(sam, "News about Jade%");
		long toJadeBefore = emailsTo(jade, "%");

		// The check-in job twice, then its event heard twice more.
		this.takeUps.sendCheckIns();
		this.takeUps.sendCheckIns();
		publishTwice(new CheckInDue(takeUp, jade.id(), job, 3));
		awaitDone();
		assertThat(emailsTo(jade, "%")).as("check-ins asked of the young person").isEqualTo(toJadeBefore + 1);
		assertThat(emailsTo(sam, "We asked Jade how it is going")).as("check-ins told to the adviser").isEqualTo(1);

		TakeUpMoved moved = new TakeUpMoved(takeUp, jade.id(), job, TakeUpStatus.STARTED, TakeUpStatus.COMPLETED,
				TakeUp.Actor.SIGNATORY, Instant.now());
		publishTwice(moved);
		awaitDone();
		assertThat(emailsTo(sam, "News about Jade%")).as("news of one change").isEqualTo(newsBefore + 1);
	}

	@Test
	void accountEventsHeardTwiceChangeNothingTheSecondTime() {
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		CurrentUser sam = this.fixtures.adviser(Verification.VERIFIED);
		publish(new AccountActivated(jade.id(), Role.CARE_LEAVER));
		publish(new AccountActivated(sam.id(), Role.SUPPORTER));
		awaitDone();
		List<String> once = preferencesAndConfirmation(jade, sam);

		publish(new AccountActivated(jade.id(), Role.CARE_LEAVER));
		publish(new AccountActivated(sam.id(), Role.SUPPORTER));
		awaitDone();

		assertThat(once.get(0)).as("the young person's preferences").startsWith("1 ");
		assertThat(preferencesAndConfirmation(jade, sam)).isEqualTo(once);
	}

	@Test
	void aFanOutAndADigestRunTwiceMakeEachAlertAndDigestOnce() {
		Organisation bakery = this.fixtures.organisation("Elm Bakery");
		CurrentUser jade = this.fixtures.registeredCareLeaver(YoungPerson.named("Jade"));
		this.subscriptions.createDefaults(jade.id());
		this.jdbc.sql("update alert_preference set frequency = 'WEEKLY' where account_id = :id")
			.param("id", jade.id().value())
			.update();
		OpportunityId job = this.fixtures.submitAndPublish(bakery, opportunity("Elm bakery apprenticeship"));
		await().atMost(Duration.ofSeconds(20)).until(() -> alertsFor(jade, job) == 1);

		publishTwice(new OpportunityPublished(job));
		awaitDone();
		assertThat(alertsFor(jade, job)).isEqualTo(1);

		LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		long before = emailsTo(jade, "%");
		this.digests.send(Frequency.WEEKLY, monday);
		long digests = emailsTo(jade, "%") - before;
		this.digests.send(Frequency.WEEKLY, monday);
		assertThat(digests).as("the weekly digest").isEqualTo(1);
		assertThat(emailsTo(jade, "%") - before).as("digests after a second run").isEqualTo(1);
	}

	/**
	 * Publishes the event, and again once the work that followed it is done, as when work
	 * that committed is taken over because its instance died before marking it done.
	 */
	private void publishTwice(Object event) {
		publish(event);
		awaitDone();
		publish(event);
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	/** Waits until the work that followed this test's changes is done. */
	private void awaitDone() {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(this.jdbc.sql("""
				select listener_id || ' ' || status from event_publication
				where completion_date is null and publication_date >= :start
				""").param("start", java.sql.Timestamp.from(this.start)).query(String.class).list()).isEmpty());
	}

	private long emailsTo(CurrentUser person, String subject) {
		return this.jdbc.sql("select count(*) from email_message where recipient = :to and subject like :subject")
			.param("to", person.getUsername())
			.param("subject", subject)
			.query(Long.class)
			.single();
	}

	private long alertsFor(CurrentUser person, OpportunityId opportunity) {
		return this.jdbc.sql("select count(*) from alert where account_id = :person and opportunity_id = :opportunity")
			.param("person", person.id().value())
			.param("opportunity", opportunity.value())
			.query(Long.class)
			.single();
	}

	private List<String> preferencesAndConfirmation(CurrentUser careLeaver, CurrentUser adviser) {
		return List.of(this.jdbc
			.sql("select count(*) || ' ' || coalesce(max(frequency), '-') from alert_preference where account_id = :id")
			.param("id", careLeaver.id().value())
			.query(String.class)
			.single(),
				this.jdbc.sql(
						"select count(*) || ' ' || coalesce(max(frequency), '-') from alert_preference where account_id = :id")
					.param("id", adviser.id().value())
					.query(String.class)
					.single(),
				this.jdbc.sql("select coalesce(email_confirmed_at::text, '-') from supporter where account_id = :id")
					.param("id", adviser.id().value())
					.query(String.class)
					.single());
	}

}
