package org.covenantconnects.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.covenantconnects.event.Audience;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.event.EventTimes;
import org.covenantconnects.event.Events;
import org.covenantconnects.event.SignUpRequests;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.places.RegionCode;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo events, organised by the demo coordinator in the weeks after the day the demo
 * starts: a career-path session in Manchester with 2 places, one of them the demo care
 * leaver's; a workshop for supporters that is full, with the pending supporter waiting;
 * an online awareness session, which the demo adviser asked to sign the demo care leaver
 * up for; a network meeting for partners in Leeds; a workshop in London. Made once, when
 * the demo accounts exist and there are no events yet.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoEvents {

	private static final RegionCode NORTH_WEST = new RegionCode("E12000002");

	private static final RegionCode YORKSHIRE = new RegionCode("E12000003");

	private static final RegionCode LONDON = new RegionCode("E12000007");

	private final Events events;

	private final Accounts accounts;

	private final SignUpRequests signUpRequests;

	private final Clock clock;

	DemoEvents(Events events, SignUpRequests signUpRequests, Accounts accounts, Clock clock) {
		this.events = events;
		this.signUpRequests = signUpRequests;
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void events() {
		AccountId coordinator = this.accounts.idOf("coordinator@example.com").orElse(null);
		if (coordinator == null || !this.events.all().isEmpty()) {
			return;
		}
		LocalDate today = EventTimes.ukDate(this.clock.instant());
		Event careers = this.events.create(new EventDetails("Careers in the NHS: an evening with people who work there",
				"Nurses, porters, paramedics and an apprentice in the hospital's finance team talk about how they "
						+ "started, what a day is like and how to apply. Then ask them anything over pizza.",
				EventKind.CAREER_PATH_SESSION, List.of(Audience.CARE_LEAVERS), at(today.plusDays(9), 18, 0),
				at(today.plusDays(9), 19, 30), false, "Manchester Central Library, Performance Space",
				"St Peter's Square, Manchester M2 5PD", null, NORTH_WEST, 2,
				"Step-free access and a quiet room. Tell us if you need anything else.", true), coordinator);
		Event workshop = this.events
			.create(new EventDetails("Helping young people use Connects: a workshop for advisers",
					"How young people find opportunities on Connects, how you suggest one or refer them, and what the "
							+ "Covenant team does with the young people who turn matching on.",
					EventKind.WORKSHOP, List.of(Audience.SUPPORTERS), at(today.plusDays(12), 10, 0),
					at(today.plusDays(12), 12, 0), false, "Salford Civic Centre, Committee Room 2",
					"Chorley Road, Swinton, Salford M27 5AW", null, NORTH_WEST, 2, null, false), coordinator);
		Event awareness = this.events.create(new EventDetails(
				"What the Covenant offers care leavers: an online awareness session",
				"Half an hour on what organisations that signed the Covenant offer young people leaving care, and how "
						+ "to take it up. Cameras off is fine.",
				EventKind.AWARENESS_SESSION, List.of(Audience.CARE_LEAVERS, Audience.SUPPORTERS),
				at(today.plusDays(6), 17, 30), at(today.plusDays(6), 18, 0), true, null, null,
				"https://meet.example/covenant-awareness", NORTH_WEST, 50, "Live captions are on.", false),
				coordinator);
		this.events.create(new EventDetails("Yorkshire and the Humber network meeting",
				"Councils, colleges and organisations of the region share what works, agree the next quarter's "
						+ "priorities and hear from two care leavers about their first year at work.",
				EventKind.NETWORK_MEETING, List.of(Audience.PARTNERS, Audience.STAFF), at(today.plusDays(16), 13, 30),
				at(today.plusDays(16), 16, 0), false, "Leeds Civic Hall, Banqueting Suite",
				"Calverley Street, Leeds LS1 1UR", null, YORKSHIRE, 40, "Step-free access and a hearing loop.", true),
				coordinator);
		this.events.create(new EventDetails("Budgeting for your first flat",
				"Work out what a first flat really costs, how to stretch a setting-up-home grant and where to get help "
						+ "when money is tight.",
				EventKind.WORKSHOP, List.of(Audience.CARE_LEAVERS), at(today.plusDays(20), 14, 0),
				at(today.plusDays(20), 16, 0), false, "Lewisham College, Deptford campus",
				"Deptford Bridge, London SE8 4RJ", null, LONDON, 12, null, true), coordinator);
		signUp(careers, DemoData.CARE_LEAVER_EMAIL, Role.CARE_LEAVER);
		signUp(workshop, DemoData.SUPPORTER_EMAIL, Role.SUPPORTER);
		signUp(workshop, DemoData.COLLEGE_CONTACT_EMAIL, Role.SUPPORTER);
		signUp(workshop, "pending-supporter@example.com", Role.SUPPORTER);
		// Her adviser asked to sign the demo care leaver up for the awareness session;
		// she
		// has not answered yet.
		this.accounts.idOf(DemoData.CARE_LEAVER_EMAIL)
			.ifPresent((careLeaver) -> this.accounts.idOf(DemoData.SUPPORTER_EMAIL)
				.ifPresent((adviser) -> this.signUpRequests.ask(awareness.id(), careLeaver, adviser, "Sam Patel")));
	}

	private void signUp(Event event, String email, Role role) {
		this.accounts.idOf(email).ifPresent((account) -> this.events.signUp(event.id(), account, role));
	}

	private static Instant at(LocalDate day, int hour, int minute) {
		return EventTimes.instant(day, LocalTime.of(hour, minute));
	}

}
