package org.covenantconnects.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.contactlog.ContactKind;
import org.covenantconnects.contactlog.ContactLog;
import org.covenantconnects.contactlog.ContactLogEntry;
import org.covenantconnects.contactlog.PartnerRef;
import org.covenantconnects.council.Councils;
import org.covenantconnects.council.PartnershipDetails;
import org.covenantconnects.event.Audience;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.event.EventTimes;
import org.covenantconnects.event.Events;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.institution.Area;
import org.covenantconnects.institution.Institution;
import org.covenantconnects.institution.InstitutionDetails;
import org.covenantconnects.institution.InstitutionKind;
import org.covenantconnects.institution.Institutions;
import org.covenantconnects.institution.Partnership;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
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
 * Network meetings against the real database and mail server: a coordinator invites the
 * region's partner contacts (not another region's), who are emailed the invitation and
 * the agenda; after the meeting the notes and actions reach them by email, the partners
 * whose contacts came get one entry each in their contact log, however often the notes
 * are saved; open and overdue actions are listed for the coordinator. Bad input keeps
 * what was typed; an event that is not a network meeting, or another meeting's action, is
 * not found.
 */
@ConnectsTest
@AutoConfigureMockMvc
class NetworkMeetingsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Events events;

	@Autowired
	private NetworkMeetings meetings;

	@Autowired
	private Councils councils;

	@Autowired
	private Institutions institutions;

	@Autowired
	private ContactLog contactLog;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theRegionsPartnerContactsAreInvitedAndEmailedTheAgendaThenTheNotesAndWhoCameReachesTheContactLog()
			throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		this.councils.update(Fixtures.MANCHESTER, new PartnershipDetails(true, LocalDate.of(2024, 4, 1), null, null),
				null);
		this.councils.update(Fixtures.CAMDEN, new PartnershipDetails(true, LocalDate.of(2024, 4, 1), null, null), null);
		String lead = "Priya Shah " + suffix;
		String leadEmail = "priya." + suffix + "@manchester.council.example";
		this.councils.addLead(Fixtures.MANCHESTER, lead, "Head of leaving care", leadEmail, null);
		String elsewhere = "camden." + suffix + "@camden.council.example";
		this.councils.addLead(Fixtures.CAMDEN, "Tom Reid " + suffix, "Leaving care manager", elsewhere, null);
		Institution college = this.institutions.add(new InstitutionDetails("Irk Valley College " + suffix,
				InstitutionKind.FE, null, Fixtures.NORTH_WEST, Area.NORTH, null, List.of()), coordinator.id());
		String collegeEmail = "cpoc." + suffix + "@irkvalley.example";
		this.institutions.updatePartnership(college.id(),
				new Partnership(true, null, null, null, "Dana Lowe " + suffix, "Care leaver lead", collegeEmail, null),
				coordinator.id());

		String title = "North West network meeting " + suffix;
		Event event = this.events.create(meeting(title, 10), coordinator.id());
		String page = "/coordinator/events/" + event.id() + "/meeting";

		this.mvc.perform(get(page + "/invitations").with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(lead)))
			.andExpect(content().string(containsString("Dana Lowe " + suffix)))
			.andExpect(content().string(not(containsString("Tom Reid " + suffix))));
		this.mvc.perform(post(page + "/invitations").with(as(coordinator)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Select the people to invite")));
		List<String> keys = this.meetings.contactsToInvite(event)
			.stream()
			.filter((c) -> c.email().equals(leadEmail) || c.email().equals(collegeEmail))
			.map(PartnerContact::key)
			.toList();
		assertThat(keys).hasSize(2);
		this.mvc
			.perform(post(page + "/invitations").with(as(coordinator))
				.with(csrf())
				.param("contacts", keys.get(0))
				.param("contacts", keys.get(1))
				.param("contacts", "COUNCIL:92:" + elsewhere))
			.andExpect(redirectedUrl(page));
		assertThat(this.meetings.find(event.id()).orElseThrow().invitees()).extracting(Invitee::email)
			.containsExactlyInAnyOrder(leadEmail, collegeEmail);
		assertThat(TestMailServer.body(TestMailServer.awaitEmail(leadEmail, "Invitation: " + title)))
			.contains("Hello " + lead, "Manchester Central Library", "We will send you the agenda");

		this.mvc.perform(post(page + "/agenda").with(as(coordinator)).with(csrf()).param("agenda", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the agenda")));
		this.mvc
			.perform(post(page + "/agenda").with(as(coordinator))
				.with(csrf())
				.param("agenda", "Welcome and introductions\nCouncil tax exemption for care leavers"))
			.andExpect(redirectedUrl(page));
		for (String invited : List.of(leadEmail, collegeEmail)) {
			assertThat(TestMailServer.body(TestMailServer.awaitEmail(invited, "Agenda: " + title)))
				.contains("Council tax exemption for care leavers");
		}
		this.mvc
			.perform(post(page + "/notes").with(as(coordinator))
				.with(csrf())
				.param("notes", "Agreed to share the exemption policy."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write the notes once the meeting has started")))
			.andExpect(content().string(containsString("Agreed to share the exemption policy.")));

		// The meeting took place: it started two hours ago
		Instant started = Instant.now().minus(Duration.ofHours(2));
		this.jdbc.sql("update event set starts_at = :start, ends_at = :end where id = :id")
			.param("start", java.sql.Timestamp.from(started))
			.param("end", java.sql.Timestamp.from(started.plus(Duration.ofHours(1))))
			.param("id", event.id())
			.update();
		NetworkMeeting held = this.meetings.find(event.id()).orElseThrow();
		Invitee manchester = held.invitees()
			.stream()
			.filter((i) -> i.email().equals(leadEmail))
			.findFirst()
			.orElseThrow();
		this.mvc
			.perform(post(page + "/actions/new").with(as(coordinator))
				.with(csrf())
				.param("what", "Send the draft exemption policy")
				.param("due.day", "31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select who owns the action")))
			.andExpect(content().string(containsString("value=\"Send the draft exemption policy\"")));
		LocalDate lastWeek = LocalDate.now(EventTimes.UK).minusDays(7);
		this.mvc
			.perform(post(page + "/actions/new").with(as(coordinator))
				.with(csrf())
				.param("what", "Send the draft exemption policy " + suffix)
				.param("owner", "invitee:" + manchester.id())
				.param("due.day", String.valueOf(lastWeek.getDayOfMonth()))
				.param("due.month", String.valueOf(lastWeek.getMonthValue()))
				.param("due.year", String.valueOf(lastWeek.getYear())))
			.andExpect(redirectedUrl(page));
		this.mvc
			.perform(post(page + "/actions/new").with(as(coordinator))
				.with(csrf())
				.param("what", "Book the spring meeting's room " + suffix)
				.param("owner", "staff:" + coordinator.id().value())
				.param("due.day", "1")
				.param("due.month", "3")
				.param("due.year", String.valueOf(lastWeek.getYear() + 1)))
			.andExpect(redirectedUrl(page));

		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post(page + "/notes").with(as(coordinator))
					.with(csrf())
					.param("notes", "Manchester shared its council tax exemption.")
					.param("came", manchester.id().toString()))
				.andExpect(redirectedUrl(page));
		}
		assertThat(TestMailServer.body(TestMailServer.awaitEmail(collegeEmail, "Notes and actions: " + title)))
			.contains("Manchester shared its council tax exemption.",
					"Send the draft exemption policy " + suffix + " (" + lead + ", by",
					"Partners who came: Manchester");
		List<ContactLogEntry> manchesterLog = this.contactLog.of(PartnerRef.council(Fixtures.MANCHESTER.value()))
			.stream()
			.filter((entry) -> entry.who().contains(lead))
			.toList();
		assertThat(manchesterLog).as("one entry, however often the notes are saved")
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.kind()).isEqualTo(ContactKind.MEETING);
				assertThat(entry.happenedOn()).isEqualTo(EventTimes.ukDate(started));
				assertThat(entry.summary()).contains(title, "Send the draft exemption policy " + suffix);
				assertThat(entry.writtenBy()).isEqualTo(coordinator.id());
			});
		assertThat(this.contactLog.of(PartnerRef.institution(college.id().value()))).isEmpty();
		assertThat(this.meetings.find(event.id()).orElseThrow().invitees())
			.extracting(Invitee::email, Invitee::attended)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(leadEmail, true),
					org.assertj.core.groups.Tuple.tuple(collegeEmail, false));
		assertThat(TestMailServer.subjects(elsewhere)).isEmpty();

		this.mvc.perform(get("/coordinator/meeting-actions").with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Send the draft exemption policy " + suffix)))
			.andExpect(content().string(containsString("Book the spring meeting&#39;s room " + suffix)));
		OpenAction overdue = this.meetings.openActions()
			.stream()
			.filter((open) -> open.action().what().endsWith(suffix) && open.action().isOverdue(this.meetings.today()))
			.findFirst()
			.orElseThrow();
		assertThat(overdue.action().ownerName()).isEqualTo(lead);
		this.mvc.perform(get(page).with(as(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Overdue")))
			.andExpect(content().string(containsString("Manchester shared its council tax exemption.")));
		this.mvc.perform(post(page + "/actions/" + overdue.action().id() + "/done").with(as(coordinator)).with(csrf()))
			.andExpect(redirectedUrl(page));
		assertThat(this.meetings.openActions()).extracting((open) -> open.action().id())
			.doesNotContain(overdue.action().id());
	}

	@Test
	void anEventThatIsNotANetworkMeetingOrAnotherMeetingsActionIsNotFound() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		Event workshop = this.events.create(
				new EventDetails("A workshop", "Talks.", EventKind.WORKSHOP, List.of(Audience.SUPPORTERS), at(10, 10),
						at(10, 12), false, "Town hall", "1 High Street", null, Fixtures.NORTH_WEST, 10, null, false),
				coordinator.id());
		this.mvc.perform(get("/coordinator/events/" + workshop.id() + "/meeting").with(as(coordinator)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/coordinator/events/" + workshop.id() + "/meeting/agenda").with(as(coordinator)))
			.andExpect(status().isNotFound());
		Event one = this.events.create(meeting("One meeting", 5), coordinator.id());
		Event other = this.events.create(meeting("Another meeting", 6), coordinator.id());
		MeetingAction action = this.meetings.addAction(one.id(), "Circulate the slides",
				"staff:" + coordinator.id().value(), LocalDate.now(EventTimes.UK).plusDays(30));
		this.mvc
			.perform(post("/coordinator/events/" + other.id() + "/meeting/actions/" + action.id() + "/done")
				.with(as(coordinator))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.meetings.find(one.id()).orElseThrow().actions()).singleElement()
			.satisfies((kept) -> assertThat(kept.isOpen()).isTrue());
	}

	private static EventDetails meeting(String title, int inDays) {
		return new EventDetails(title, "Councils and colleges of the region share what works.",
				EventKind.NETWORK_MEETING, List.of(Audience.PARTNERS, Audience.STAFF), at(inDays, 13), at(inDays, 15),
				false, "Manchester Central Library", "St Peter's Square, Manchester M2 5PD", null, Fixtures.NORTH_WEST,
				40, null, true);
	}

	private static Instant at(int inDays, int hour) {
		return EventTimes.instant(LocalDate.now(EventTimes.UK).plusDays(inDays), java.time.LocalTime.of(hour, 0));
	}

}
