package org.covenantconnects.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.Events;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.institution.InstitutionFigures;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.takeup.PastTakeUps;
import org.covenantconnects.takeup.TakeUpOutcomes;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The demo's year of activity, made inside a transaction that is rolled back, as if the
 * demo started on 15 June 2021 (so nothing else on the shared database is dated before
 * it): registrations in every month of the past year, Newcastle College's take-ups by
 * stage and still going six months on as counted by hand, and an event held each month.
 */
@ConnectsTest
@Transactional
class DemoYearTests {

	private static final Instant DEMO_DAY = Instant.parse("2021-06-15T12:00:00Z");

	@Autowired
	private Accounts accounts;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private Signatories signatories;

	@Autowired
	private Opportunities opportunities;

	@Autowired
	private PastTakeUps takeUps;

	@Autowired
	private Events events;

	@Autowired
	private InstitutionFigures institutionFigures;

	@Autowired
	private TakeUpOutcomes outcomes;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aYearOfRegistrationsTakeUpsAndEventsCountedAsByHand() {
		// Opportunities of each kind the year's take-ups are of
		var organisation = this.fixtures.organisation("Demo Year Works").id();
		this.fixtures.publish(organisation, Fixtures.opportunity("Demo year job").ofType(OpportunityType.JOB));
		this.fixtures.publish(organisation,
				Fixtures.opportunity("Demo year apprenticeship").ofType(OpportunityType.APPRENTICESHIP));
		this.fixtures.publish(organisation,
				Fixtures.opportunity("Demo year tickets").ofType(OpportunityType.FREE_TICKETS_OR_ACTIVITY));
		this.fixtures.publish(organisation,
				Fixtures.opportunity("Demo year course").ofType(OpportunityType.TRAINING_COURSE));
		// A demo started by another test's application may have made these young people:
		// start from none (rolled back with the rest)
		List<UUID> earlier = new ArrayList<>();
		for (int i = 0; i < DemoYear.YOUNG_PEOPLE; i++) {
			this.accounts.idOf(DemoYear.email(i)).ifPresent((id) -> earlier.add(id.value()));
		}
		if (!earlier.isEmpty()) {
			UUID[] ids = earlier.toArray(UUID[]::new);
			this.jdbc.sql("delete from take_up where account_id = any(:ids)").param("ids", ids).update();
			this.jdbc.sql("delete from care_leaver where account_id = any(:ids)").param("ids", ids).update();
			this.jdbc.sql("delete from event_sign_up where account_id = any(:ids)").param("ids", ids).update();
		}
		AccountId coordinator = this.fixtures.staff(Role.COORDINATOR).id();
		DemoYear demo = new DemoYear(this.accounts, this.careLeavers, this.signatories, this.opportunities,
				this.takeUps, this.events, null, null, Clock.fixed(DEMO_DAY, ZoneOffset.UTC));
		demo.make(coordinator);

		// Registered over the past year, at least two in each of its twelve 30-day
		// stretches
		List<Instant> registered = new ArrayList<>();
		for (int i = 0; i < DemoYear.YOUNG_PEOPLE; i++) {
			AccountId id = this.accounts.idOf(DemoYear.email(i)).orElseThrow();
			registered.add(this.careLeavers.profile(id).orElseThrow().createdAt());
		}
		assertThat(registered).hasSize(42)
			.allMatch((at) -> at.isBefore(DEMO_DAY.minus(Duration.ofDays(4))))
			.allMatch((at) -> at.isAfter(DEMO_DAY.minus(Duration.ofDays(361))));
		for (int stretch = 0; stretch < 12; stretch++) {
			Instant to = DEMO_DAY.minus(Duration.ofDays(30L * stretch));
			Instant from = to.minus(Duration.ofDays(30));
			assertThat(registered).as("registered in the 30 days to %s", to)
				.filteredOn((at) -> !at.isBefore(from) && at.isBefore(to))
				.hasSizeGreaterThanOrEqualTo(2);
		}

		// Newcastle College's 14 young people (the first 14), registered every 27 or 28
		// days, counted by hand: the 10 not third in turn applied for a job, started it
		// three weeks after registering, and left two months on (the 1st and 7th; the
		// 13th not yet) or were still there at the six-month check-in; the 4 third in
		// turn
		// were turned down, then started another job; all 14 claimed tickets; the 4th,
		// 8th and 12th took a course (the 12th's not finished).
		assertThat(this.institutionFigures.takeUpsByStage("Newcastle College", DEMO_DAY))
			.extracting(InstitutionFigures.AtStage::stage, InstitutionFigures.AtStage::count)
			.containsExactly(tuple("Interested", 0L), tuple("Applied", 1L), tuple("Referred", 0L),
					tuple("Offered a place", 0L), tuple("Code shown", 14L), tuple("Started", 7L),
					tuple("Still going", 5L), tuple("Completed", 2L), tuple("Declined", 0L),
					tuple("Not successful", 4L), tuple("Withdrawn", 2L));
		// Began six months or more before: 7; the 2 who left at two months were not still
		// going at six
		assertThat(this.institutionFigures.sixMonthsOn("Newcastle College", DEMO_DAY))
			.isEqualTo(new InstitutionFigures.SixMonthsOn(7, 5));
		assertThat(this.outcomes.sixMonthsOn(TakeUpOutcomes.Whose.council(DemoYear.NEWCASTLE), DEMO_DAY))
			.isEqualTo(new TakeUpOutcomes.SixMonths(7, 5));

		// Ten events held, one in each month from eleven months before to two months
		// before
		List<Event> held = this.events.all()
			.stream()
			.filter((event) -> event.details().endsAt().isBefore(DEMO_DAY)
					&& event.details().startsAt().isAfter(DEMO_DAY.minus(Duration.ofDays(366))))
			.toList();
		assertThat(held).hasSize(DemoYear.EVENTS_HELD);
		assertThat(held).extracting((event) -> event.details().startsAt().atZone(ZoneOffset.UTC).getMonthValue())
			.doesNotHaveDuplicates();
		// Newcastle's young people came to the two workshops in the North East: on 12
		// July
		// 2020 the one registered by then, on 12 December 2020 the seven registered by
		// then
		List<AccountId> newcastle = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			newcastle.add(this.accounts.idOf(DemoYear.email(i)).orElseThrow());
		}
		Map<AccountId, Integer> attended = this.events.attendedBy(newcastle);
		assertThat(attended.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(8);
		assertThat(attended).hasSize(7);
	}

}
