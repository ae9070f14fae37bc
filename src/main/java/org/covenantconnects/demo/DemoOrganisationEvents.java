package org.covenantconnects.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.covenantconnects.event.Audience;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.event.EventTimes;
import org.covenantconnects.event.Events;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.signatory.SignatorySummary;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo signatory's own events: Northwind Bakeries proposed two for care leavers; the
 * Covenant team approved "Bake your first loaf", which is on Connects for care leavers to
 * sign up, and the work experience taster day waits for review in the coordinator's
 * events. Made once, when the demo signatory user has an organisation with no events.
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoOrganisationEvents {

	static final String APPROVED_TITLE = "Bake your first loaf: a morning with our bakers";

	static final String WAITING_TITLE = "Work experience taster day at our Salford bakery";

	private static final RegionCode NORTH_WEST = new RegionCode("E12000002");

	private final Events events;

	private final Accounts accounts;

	private final Signatories signatories;

	private final Clock clock;

	DemoOrganisationEvents(Events events, Accounts accounts, Signatories signatories, Clock clock) {
		this.events = events;
		this.accounts = accounts;
		this.signatories = signatories;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void events() {
		AccountId member = this.accounts.idOf("signatory@example.com").orElse(null);
		SignatorySummary organisation = (member != null) ? this.signatories.ofMember(member).orElse(null) : null;
		if (organisation == null || !this.events.ofOrganisation(organisation.id().value()).isEmpty()) {
			return;
		}
		LocalDate today = EventTimes.ukDate(this.clock.instant());
		Event approved = this.events.propose(new EventDetails(APPROVED_TITLE,
				"Our bakers show you how to make a loaf from start to finish, and talk about how they started and "
						+ "about our apprenticeships. You take your bread home.",
				EventKind.WORKSHOP, List.of(Audience.CARE_LEAVERS),
				EventTimes.instant(today.plusDays(18), LocalTime.of(9, 30)),
				EventTimes.instant(today.plusDays(18), LocalTime.of(12, 0)), false, "Northwind Bakeries, Ancoats",
				"12 Blossom Street, Manchester M4 6AJ", null, NORTH_WEST, 8, "Step-free access. Aprons provided.",
				true), member, organisation.id().value());
		this.events.approve(approved.id());
		this.events.propose(new EventDetails(WAITING_TITLE,
				"A day in the bakery: the early shift, the packing line and the office, with lunch, and a chat about "
						+ "the two weeks' work experience we offer.",
				EventKind.OTHER, List.of(Audience.CARE_LEAVERS),
				EventTimes.instant(today.plusDays(25), LocalTime.of(8, 0)),
				EventTimes.instant(today.plusDays(25), LocalTime.of(15, 0)), false, "Northwind Bakeries, Salford",
				"Unit 4, Weaste Trading Estate, Salford M5 5JP", null, NORTH_WEST, 6, null, true), member,
				organisation.id().value());
	}

}
