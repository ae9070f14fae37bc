package org.covenantconnects.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.event.Audience;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.event.EventTimes;
import org.covenantconnects.event.Events;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.covenantconnects.meeting.Invitee;
import org.covenantconnects.meeting.NetworkMeeting;
import org.covenantconnects.meeting.NetworkMeetings;
import org.covenantconnects.meeting.PartnerContact;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.supporter.Verification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo network meetings: the North West network meeting held three weeks before the
 * demo starts, with Manchester's, Salford's, Wirral's and Bolton's leads and Mersey Vale
 * College's contact invited, its notes, three actions (Manchester's overdue) and who came
 * (Manchester, Salford and Mersey Vale College, each with the meeting in its contact
 * log); and an agenda for the coming Yorkshire and the Humber network meeting, to which
 * the region's partner contacts are invited. It needs the demo's councils, colleges and
 * events, so it first makes sure of them (each is made once however often it is asked).
 */
@Component
@ConditionalOnProperty(name = "connects.demo.enabled", havingValue = "true")
class DemoNetworkMeetings {

	static final String PAST_TITLE = "North West network meeting";

	static final String COMING_TITLE = "Yorkshire and the Humber network meeting";

	private static final RegionCode NORTH_WEST = new RegionCode("E12000002");

	private final NetworkMeetings meetings;

	private final Events events;

	private final Accounts accounts;

	private final DemoCouncils councils;

	private final DemoInstitutions institutions;

	private final DemoEvents demoEvents;

	private final Supporters supporters;

	private final Clock clock;

	DemoNetworkMeetings(NetworkMeetings meetings, Events events, Accounts accounts, Supporters supporters,
			DemoCouncils councils, DemoInstitutions institutions, DemoEvents demoEvents, Clock clock) {
		this.clock = clock;
		this.supporters = supporters;
		this.meetings = meetings;
		this.events = events;
		this.accounts = accounts;
		this.councils = councils;
		this.institutions = institutions;
		this.demoEvents = demoEvents;
	}

	@EventListener(ApplicationReadyEvent.class)
	void meetings() {
		AccountId coordinator = this.accounts.idOf("coordinator@example.com").orElse(null);
		if (coordinator == null
				|| this.events.all().stream().anyMatch((event) -> event.details().title().equals(PAST_TITLE))) {
			return;
		}
		this.councils.partners();
		this.institutions.institutions();
		this.demoEvents.events();
		held(coordinator);
		coming();
	}

	private void held(AccountId coordinator) {
		LocalDate day = EventTimes.ukDate(this.clock.instant()).minusDays(21);
		Event event = this.events.create(new EventDetails(PAST_TITLE,
				"Councils, colleges and universities of the North West share what works for care leavers and agree "
						+ "what each will do before the next meeting.",
				EventKind.NETWORK_MEETING, List.of(Audience.PARTNERS, Audience.STAFF),
				EventTimes.instant(day, LocalTime.of(10, 0)), EventTimes.instant(day, LocalTime.of(12, 30)), false,
				"Manchester Town Hall Extension, Committee Room 3", "Lloyd Street, Manchester M2 5DB", null, NORTH_WEST,
				30, "Step-free access and a hearing loop.", true), coordinator);
		List<PartnerContact> contacts = this.meetings.contactsToInvite(event)
			.stream()
			.filter((c) -> Set.of("Manchester", "Salford", "Wirral", "Bolton", "Mersey Vale College")
				.contains(c.partnerName()))
			.toList();
		this.meetings.recordInvited(event.id(), contacts.stream().map(PartnerContact::key).toList());
		NetworkMeeting meeting = this.meetings.find(event.id()).orElseThrow();
		LocalDate today = EventTimes.ukDate(this.clock.instant());
		action(meeting, "Manchester", "Share the council's council tax exemption policy with the network",
				today.minusDays(7));
		action(meeting, "Mersey Vale College", "Send the college's bursary figures for the regional report",
				today.plusDays(14));
		this.meetings.addAction(event.id(), "Book the venue for the spring meeting", "staff:" + coordinator.value(),
				today.plusDays(30));
		List<UUID> came = meeting.invitees()
			.stream()
			.filter((i) -> Set.of("Manchester", "Salford", "Mersey Vale College").contains(i.partnerName()))
			.map(Invitee::id)
			.toList();
		manchestersLeadSignsIn(meeting);
		this.meetings.writeNotes(event.id(),
				"""
						Manchester explained how it exempts care leavers from council tax up to 25; Salford will look at doing the same.
						Mersey Vale College now names a care leaver contact in every faculty and offers a bursary of £1,500 a year.
						Wirral and Bolton sent apologies.
						Next meeting in the spring, in Salford.""",
				came, coordinator);
	}

	/**
	 * Manchester's lead, invited to the meeting, also has a verified supporter account at
	 * the address invited, so signed in they see the meeting, its notes and the overdue
	 * action they own (ADR 054).
	 */
	private void manchestersLeadSignsIn(NetworkMeeting meeting) {
		meeting.invitees()
			.stream()
			.filter((i) -> i.partnerName().equals("Manchester"))
			.findFirst()
			.ifPresent((lead) -> {
				AccountId account = this.accounts.createDemoAccount(lead.name(), lead.email(), DemoData.PASSWORD,
						Role.SUPPORTER);
				this.supporters.createDemoSupporter(
						account, new NewSupporter(lead.name(), SupporterRole.LEAVING_CARE_TEAM,
								OrganisationType.COUNCIL, null, DemoData.MANCHESTER, lead.email()),
						Verification.VERIFIED);
			});
	}

	private void action(NetworkMeeting meeting, String partner, String what, LocalDate due) {
		meeting.invitees()
			.stream()
			.filter((i) -> i.partnerName().equals(partner))
			.findFirst()
			.ifPresent((owner) -> this.meetings.addAction(meeting.event().id(), what, "invitee:" + owner.id(), due));
	}

	private void coming() {
		Event event = this.events.all()
			.stream()
			.filter((e) -> e.details().title().equals(COMING_TITLE))
			.findFirst()
			.orElse(null);
		if (event == null) {
			return;
		}
		this.meetings.invite(event.id(),
				this.meetings.contactsToInvite(event).stream().map(PartnerContact::key).toList());
		this.meetings.writeAgenda(event.id(), """
				Welcome and introductions
				What works: Leeds on embedding the Whole Council Approach
				Two care leavers on their first year at work
				Council tax exemptions across the region
				Colleges and universities: bursaries and year-round accommodation
				Actions and the date of the next meeting""");
	}

}
