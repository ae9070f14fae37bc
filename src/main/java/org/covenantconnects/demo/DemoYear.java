package org.covenantconnects.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.careleaver.NewCareLeaver;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.event.Audience;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.event.EventTimes;
import org.covenantconnects.event.Events;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.opportunity.OpportunityView;
import org.covenantconnects.opportunity.Orientation;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatorySummary;
import org.covenantconnects.takeup.PastTakeUps;
import org.covenantconnects.takeup.PastTakeUps.Step;
import org.covenantconnects.takeup.TakeUpStatus;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A year of dated activity, counted back from the day the demo starts, so the impact
 * dashboard's monthly charts, the termly report and each council's and institution's
 * impact read as a real year: 42 young people registered, three or four a month, looked
 * after by Newcastle upon Tyne (14, going to Newcastle College), Leeds (10), Salford (9)
 * and Lewisham (9, going to Lewisham College); their take-ups of the demo signatories'
 * opportunities moving through their stages (jobs and apprenticeships applied for,
 * offered, started and still going at the six-month check-in, or left; tickets claimed;
 * courses completed; applications turned down); and ten events the Covenant team held,
 * one a month, the workshops with the young people of their region who had registered by
 * then marked as having come. Northwind Bakeries' and Manchester's own figures are left
 * as the rest of the demo makes them. Made once, when the first of these young people has
 * no account; it runs before the termly report is issued.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoYear {

	static final int YOUNG_PEOPLE = 42;

	/** Newcastle upon Tyne, whose young people go to Newcastle College. */
	static final LocalAuthorityId NEWCASTLE = new LocalAuthorityId(6);

	static final int EVENTS_HELD = 10;

	/** Where the young people live and who looked after them, in turn. */
	static final List<Home> HOMES = List.of(new Home(NEWCASTLE, new RegionCode("E12000001"), "Newcastle College", 14),
			new Home(new LocalAuthorityId(44), new RegionCode("E12000003"), null, 10),
			new Home(new LocalAuthorityId(27), new RegionCode("E12000002"), null, 9),
			new Home(new LocalAuthorityId(109), new RegionCode("E12000007"), "Lewisham College", 9));

	private static final String[] FIRST = { "Amara", "Ben", "Chloe", "Dylan", "Ella", "Finn", "Grace", "Harvey", "Isla",
			"Jayden", "Keira", "Leo", "Maya", "Noah", "Olivia", "Preston", "Quinn", "Ruby", "Sami", "Tia", "Umar",
			"Violet", "Wes", "Yasmin", "Zak" };

	private static final String[] LAST = { "Adeyemi", "Brennan", "Carter", "Doyle", "Evans", "Fofana", "Gill",
			"Hussain", "Iqbal", "Jones", "Kowalski", "Lewis", "Murphy", "Nowak", "O'Neill", "Patel", "Quinn",
			"Rahman" };

	private final Accounts accounts;

	private final CareLeavers careLeavers;

	private final Signatories signatories;

	private final Opportunities opportunities;

	private final PastTakeUps takeUps;

	private final Events events;

	private final DemoNetworkMeetings meetings;

	private final DemoSocialValue socialValue;

	private final Clock clock;

	DemoYear(Accounts accounts, CareLeavers careLeavers, Signatories signatories, Opportunities opportunities,
			PastTakeUps takeUps, Events events, DemoNetworkMeetings meetings, DemoSocialValue socialValue,
			Clock clock) {
		this.accounts = accounts;
		this.careLeavers = careLeavers;
		this.signatories = signatories;
		this.opportunities = opportunities;
		this.takeUps = takeUps;
		this.events = events;
		this.meetings = meetings;
		this.socialValue = socialValue;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 1)
	void aYearOfActivity() {
		AccountId coordinator = this.accounts.idOf("coordinator@example.com").orElse(null);
		if (coordinator == null || this.accounts.idOf(email(0)).isPresent()) {
			return;
		}
		// What these rest on, and what checks for events or take-ups before making its
		// own
		this.meetings.meetings();
		this.socialValue.delivered();
		make(coordinator);
	}

	/**
	 * The year's young people, their take-ups and the events held, dated back from now.
	 */
	void make(AccountId coordinator) {
		Instant now = this.clock.instant();
		List<Accounts.PastDemoAccount> people = new ArrayList<>();
		for (int i = 0; i < YOUNG_PEOPLE; i++) {
			people.add(new Accounts.PastDemoAccount(name(i), email(i), registeredAt(i, now)));
		}
		List<AccountId> registered = this.accounts.createPastDemoAccounts(people, DemoData.PASSWORD, Role.CARE_LEAVER);
		List<OpportunityView> offered = offered();
		LocalDate today = EventTimes.ukDate(now);
		for (int i = 0; i < YOUNG_PEOPLE; i++) {
			Home home = homeOf(i);
			Instant at = registeredAt(i, now);
			this.careLeavers.createPastDemoProfile(registered.get(i),
					new NewCareLeaver(name(i), null, email(i),
							EventTimes.ukDate(at).minusYears(17 + i % 7).minusDays(i * 5L), home.council(),
							home.region(), Set.of(Category.EMPLOYMENT_AND_WORK_EXPERIENCE),
							Set.of(OpportunityType.JOB, OpportunityType.APPRENTICESHIP),
							(i % 2 == 0) ? Situation.EDUCATION : Situation.NONE, null, home.institution()),
					at);
			takeUps(registered.get(i), i, home, at, now, offered);
		}
		held(coordinator, today, registered, now);
	}

	/**
	 * The i-th young person's take-ups, dated from when they registered: two in three
	 * apply for a job or an apprenticeship, are offered it and start three weeks on, and
	 * are still there at the six-month check-in (one in six of them left after two
	 * months); the others are turned down, then start another job six weeks after
	 * registering; every one claims tickets; one in four completes an eight-week course.
	 */
	private void takeUps(AccountId young, int i, Home home, Instant registered, Instant now,
			List<OpportunityView> offered) {
		if (i % 3 != 2) {
			Instant started = registered.plus(days(21));
			record(young, home, pick(offered, Orientation.EMPLOYMENT, i),
					List.of(new Step(TakeUpStatus.APPLIED, registered.plus(days(3))),
							new Step(TakeUpStatus.OFFERED, registered.plus(days(12))),
							new Step(TakeUpStatus.STARTED, started),
							(i % 6 == 0) ? new Step(TakeUpStatus.WITHDRAWN, started.plus(days(60)))
									: new Step(TakeUpStatus.SUSTAINED, started.plus(days(183)))),
					now);
		}
		else {
			OpportunityView turnedDown = pick(offered, Orientation.EMPLOYMENT, i);
			record(young, home, turnedDown,
					List.of(new Step(TakeUpStatus.INTERESTED, registered.plus(days(2))),
							new Step(TakeUpStatus.APPLIED, registered.plus(days(5))),
							new Step(TakeUpStatus.UNSUCCESSFUL, registered.plus(days(19)))),
					now);
			Instant started = registered.plus(days(40));
			OpportunityView next = pick(offered, Orientation.EMPLOYMENT, i + 1);
			record(young, home, (next != turnedDown) ? next : null,
					List.of(new Step(TakeUpStatus.APPLIED, registered.plus(days(25))),
							new Step(TakeUpStatus.OFFERED, registered.plus(days(33))),
							new Step(TakeUpStatus.STARTED, started),
							new Step(TakeUpStatus.SUSTAINED, started.plus(days(183)))),
					now);
		}
		record(young, home, pick(offered, Orientation.LEISURE, i),
				List.of(new Step(TakeUpStatus.CLAIMED, registered.plus(days(4)))), now);
		if (i % 4 == 3) {
			record(young, home, pick(offered, Orientation.OTHER, i),
					List.of(new Step(TakeUpStatus.STARTED, registered.plus(days(14))),
							new Step(TakeUpStatus.COMPLETED, registered.plus(days(70)))),
					now);
		}
	}

	/** A take-up with the steps that had happened by now; none when none had. */
	private void record(AccountId young, Home home, OpportunityView opportunity, List<Step> steps, Instant now) {
		List<Step> happened = steps.stream().filter((step) -> step.at().isBefore(now)).toList();
		if (opportunity == null || happened.isEmpty()) {
			return;
		}
		this.takeUps.recordDemo(young, opportunity.signatory(), opportunity.id(), opportunity.details().type(),
				home.region(), home.council(), happened);
	}

	/**
	 * Ten events the Covenant team held, one a month from eleven months ago to two months
	 * ago, in the regions the young people live in: at each workshop, every young person
	 * of its region registered by then came.
	 */
	private void held(AccountId coordinator, LocalDate today, List<AccountId> registered, Instant now) {
		String[][] held = { { "Careers fair for care leavers", "Newcastle Civic Centre", "E12000001" },
				{ "Apprenticeships explained", "Leeds Central Library", "E12000003" },
				{ "Greater Manchester network meeting", "Salford Civic Centre", "E12000002" },
				{ "Your first job interview: a workshop", "Birkenhead Town Hall", "E12000002" },
				{ "Money and your first flat", "Lewisham College, Deptford campus", "E12000007" },
				{ "Meet the employers: hospitality", "Newcastle College", "E12000001" },
				{ "West Yorkshire network meeting", "Leeds Civic Hall", "E12000003" },
				{ "Getting into the NHS", "Salford Royal Hospital", "E12000002" },
				{ "Summer activities day", "Mersey Vale College", "E12000002" },
				{ "Writing a CV that works", "Lewisham Library", "E12000007" } };
		for (int i = 0; i < EVENTS_HELD; i++) {
			LocalDate day = today.minusMonths(11 - i).withDayOfMonth(12);
			boolean meeting = held[i][0].endsWith("network meeting");
			Event event = this.events.create(
					new EventDetails(held[i][0],
							meeting ? "Partners of the region share what works for care leavers."
									: "A session the Covenant team ran for young people leaving care.",
							meeting ? EventKind.NETWORK_MEETING : EventKind.WORKSHOP,
							meeting ? List.of(Audience.PARTNERS, Audience.STAFF) : List.of(Audience.CARE_LEAVERS),
							EventTimes.instant(day, LocalTime.of(14, 0)), EventTimes.instant(day, LocalTime.of(16, 0)),
							false, held[i][1], held[i][1], null, new RegionCode(held[i][2]), 30, null, false),
					coordinator);
			if (!meeting) {
				List<AccountId> came = new ArrayList<>();
				for (int n = 0; n < YOUNG_PEOPLE; n++) {
					if (homeOf(n).region().equals(event.details().region())
							&& registeredAt(n, now).isBefore(event.details().startsAt())) {
						came.add(registered.get(n));
					}
				}
				this.events.recordPastAttendance(event.id(), came);
			}
		}
	}

	/** The demo signatories' open opportunities, Northwind Bakeries' left out. */
	private List<OpportunityView> offered() {
		AccountId northwind = this.accounts.idOf("signatory@example.com").orElse(null);
		SignatorySummary own = (northwind != null) ? this.signatories.ofMember(northwind).orElse(null) : null;
		List<OpportunityView> offered = new ArrayList<>();
		for (SignatorySummary signatory : this.signatories.signed()) {
			if (own == null || !signatory.id().equals(own.id())) {
				offered.addAll(this.opportunities.openOf(signatory.id()));
			}
		}
		return offered;
	}

	private static OpportunityView pick(List<OpportunityView> offered, Orientation orientation, int i) {
		List<OpportunityView> of = offered.stream()
			.filter((opportunity) -> opportunity.details().type().orientation() == orientation)
			.toList();
		return of.isEmpty() ? null : of.get(i % of.size());
	}

	static Home homeOf(int i) {
		int n = i % YOUNG_PEOPLE;
		for (Home home : HOMES) {
			if (n < home.people()) {
				return home;
			}
			n -= home.people();
		}
		throw new IllegalStateException("every young person has a home");
	}

	/**
	 * When the i-th young person registered: each home's young people spread evenly from
	 * 360 days before now to 5 days before, a few hours apart.
	 */
	static Instant registeredAt(int i, Instant now) {
		int n = i;
		for (Home home : HOMES) {
			if (n < home.people()) {
				long daysAgo = 360 - n * 355L / (home.people() - 1);
				return now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(i % 6));
			}
			n -= home.people();
		}
		throw new IllegalStateException("every young person has a home");
	}

	static String name(int i) {
		return FIRST[i % FIRST.length] + " " + LAST[(i * 5) % LAST.length];
	}

	static String email(int i) {
		return name(i).toLowerCase(Locale.ROOT).replace("'", "").replace(' ', '.') + "." + (i + 1) + "@example.com";
	}

	private static Duration days(long days) {
		return Duration.ofDays(days);
	}

	/**
	 * Where a group of the young people live, who looked after them, and their college.
	 */
	record Home(LocalAuthorityId council, RegionCode region, String institution, int people) {

	}

}
