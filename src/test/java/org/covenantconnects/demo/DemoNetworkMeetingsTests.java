package org.covenantconnects.demo;

import java.time.Clock;
import java.util.List;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.careleaver.CareLeavers;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.council.Councils;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.Events;
import org.covenantconnects.event.SignUpRequests;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.meeting.Invitee;
import org.covenantconnects.meeting.MeetingAction;
import org.covenantconnects.meeting.NetworkMeeting;
import org.covenantconnects.meeting.NetworkMeetings;
import org.covenantconnects.signatory.Signatories;
import org.covenantconnects.supporter.Supporters;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo network meetings, made inside a transaction that is rolled back: a past North
 * West meeting with notes, three actions (one overdue) and the partners who came with it
 * in their contact logs; the coming Yorkshire and the Humber meeting with the region's
 * contacts invited and an agenda; made once however often it runs.
 */
@ConnectsTest
@Transactional
class DemoNetworkMeetingsTests {

	@Autowired
	private NetworkMeetings meetings;

	@Autowired
	private Events events;

	@Autowired
	private SignUpRequests signUpRequests;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Councils councils;

	@Autowired
	private Institutions institutions;

	@Autowired
	private ContactLog contactLog;

	@Autowired
	private Supporters supporters;

	@Autowired
	private Signatories signatories;

	@Autowired
	private CareLeavers careLeavers;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@Test
	void aPastMeetingWithNotesActionsAndAttendanceAndAComingOneWithItsAgenda() {
		for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
			if (this.accounts.idOf(account.email()).isEmpty()) {
				this.accounts.createDemoAccount(account.name(), account.email(), DemoData.PASSWORD, account.role());
			}
		}
		this.jdbc.sql("delete from network_meeting_action").update();
		this.jdbc.sql("delete from network_meeting_invitee").update();
		this.jdbc.sql("delete from network_meeting").update();
		this.jdbc.sql("delete from event_sign_up_request").update();
		this.jdbc.sql("delete from event_sign_up").update();
		this.jdbc.sql("delete from event").update();
		DemoNetworkMeetings demo = new DemoNetworkMeetings(this.meetings, this.events, this.accounts, this.supporters,
				new DemoCouncils(this.councils, this.contactLog, this.accounts, this.supporters, this.signatories),
				new DemoInstitutions(this.institutions, this.contactLog, this.accounts, this.careLeavers, this.clock),
				new DemoEvents(this.events, this.signUpRequests, this.accounts, this.clock), this.clock);
		demo.meetings();
		demo.meetings();

		List<Event> past = this.events.all()
			.stream()
			.filter((e) -> e.details().title().equals(DemoNetworkMeetings.PAST_TITLE))
			.toList();
		assertThat(past).as("made once, however often it runs").hasSize(1);
		NetworkMeeting held = this.meetings.find(past.get(0).id()).orElseThrow();
		assertThat(held.notes()).contains("council tax");
		assertThat(held.invitees()).extracting(Invitee::partnerName)
			.containsExactlyInAnyOrder("Bolton", "Manchester", "Mersey Vale College", "Salford", "Wirral");
		assertThat(held.invitees()).filteredOn(Invitee::came)
			.extracting(Invitee::partnerName)
			.containsExactlyInAnyOrder("Manchester", "Mersey Vale College", "Salford");
		assertThat(held.actions()).hasSize(3);
		assertThat(held.actions()).filteredOn((a) -> a.isOverdue(this.meetings.today()))
			.extracting(MeetingAction::what)
			.singleElement()
			.satisfies((what) -> assertThat(what).contains("council tax exemption"));
		assertThat(held.invitees()).as("the lead's address the README gives")
			.anySatisfy((i) -> assertThat(i.email()).isEqualTo("femi.clarke@manchester.council.example"));
		Invitee manchester = held.invitees()
			.stream()
			.filter((i) -> i.partnerName().equals("Manchester"))
			.findFirst()
			.orElseThrow();
		org.covenantconnects.identity.AccountId lead = this.accounts.idOf(manchester.email()).orElseThrow();
		assertThat(this.meetings.invitedTo(lead)).as("Manchester's lead signs in and sees the meeting")
			.filteredOn((invited) -> invited.meeting().event().id().equals(held.event().id()))
			.singleElement()
			.satisfies((invited) -> assertThat(invited.yourActions()).extracting(MeetingAction::what)
				.singleElement()
				.satisfies((what) -> assertThat(what).contains("council tax exemption")));
		Invitee salford = held.invitees()
			.stream()
			.filter((i) -> i.partnerName().equals("Salford"))
			.findFirst()
			.orElseThrow();
		assertThat(this.contactLog.of(salford.partner()))
			.anySatisfy((entry) -> assertThat(entry.summary()).contains(DemoNetworkMeetings.PAST_TITLE));
		Invitee wirral = held.invitees()
			.stream()
			.filter((i) -> i.partnerName().equals("Wirral"))
			.findFirst()
			.orElseThrow();
		assertThat(this.contactLog.of(wirral.partner()))
			.noneSatisfy((entry) -> assertThat(entry.summary()).contains(DemoNetworkMeetings.PAST_TITLE));

		NetworkMeeting coming = this.events.all()
			.stream()
			.filter((e) -> e.details().title().equals(DemoNetworkMeetings.COMING_TITLE))
			.findFirst()
			.flatMap((e) -> this.meetings.find(e.id()))
			.orElseThrow();
		assertThat(coming.agenda()).contains("Welcome and introductions");
		assertThat(coming.invitees()).extracting(Invitee::partnerName).contains("Leeds", "University of Pennine Dales");
		assertThat(coming.notes()).isNull();
	}

}
