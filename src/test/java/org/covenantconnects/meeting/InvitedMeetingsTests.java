package org.covenantconnects.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.council.Councils;
import org.covenantconnects.council.PartnershipDetails;
import org.covenantconnects.event.Audience;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.event.EventTimes;
import org.covenantconnects.event.Events;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.supporter.NewSupporter;
import org.covenantconnects.supporter.OrganisationType;
import org.covenantconnects.supporter.SupporterRole;
import org.covenantconnects.supporter.Supporters;
import org.covenantconnects.supporter.Verification;
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
 * A partner contact signed in (a verified supporter at the address invited) sees the
 * network meetings they are invited to: time and place, the agenda, after the meeting the
 * notes and the actions they own, which they mark done. Another supporter, one waiting to
 * be verified at the same address, and the contact on another meeting see nothing: not
 * found.
 */
@ConnectsTest
@AutoConfigureMockMvc
class InvitedMeetingsTests {

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
	private Accounts accounts;

	@Autowired
	private Supporters supporters;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void anInvitedContactSeesTheirMeetingsAgendaNotesAndActionsAndNoOneElseDoes() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		this.councils.update(Fixtures.MANCHESTER, new PartnershipDetails(true, LocalDate.of(2024, 4, 1), null, null),
				null);
		String leadEmail = "ayo." + suffix + "@manchester.council.example";
		this.councils.addLead(Fixtures.MANCHESTER, "Ayo Bello " + suffix, "Head of leaving care", leadEmail, null);
		String otherEmail = "kit." + suffix + "@manchester.council.example";
		this.councils.addLead(Fixtures.MANCHESTER, "Kit Moss " + suffix, "Leaving care manager", otherEmail, null);

		Event held = this.events.create(meeting("Held meeting " + suffix), coordinator.id());
		Event other = this.events.create(meeting("Other meeting " + suffix), coordinator.id());
		invite(held, leadEmail, otherEmail);
		invite(other, otherEmail);
		this.meetings.writeAgenda(held.id(), "Welcome " + suffix + "\nCouncil tax exemptions");

		// The lead has a supporter account at the address invited, in other letters
		CurrentUser lead = supporter(leadEmail.toUpperCase(java.util.Locale.ROOT), Verification.VERIFIED);
		CurrentUser colleague = supporter(otherEmail, Verification.VERIFIED);
		CurrentUser stranger = this.fixtures.adviser(Verification.VERIFIED);

		this.mvc.perform(get("/supporter/meetings").with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Held meeting " + suffix)))
			.andExpect(content().string(not(containsString("Other meeting " + suffix))));
		this.mvc.perform(get("/supporter/meetings/" + held.id()).with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Manchester Central Library")))
			.andExpect(content().string(containsString("Welcome " + suffix)))
			.andExpect(content().string(containsString("You own no actions from this meeting.")))
			.andExpect(content().string(not(containsString("id=\"notes\""))));
		this.mvc.perform(get("/supporter/meetings/" + other.id()).with(as(lead))).andExpect(status().isNotFound());
		this.mvc.perform(get("/supporter/meetings/" + held.id()).with(as(stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get("/supporter/meetings").with(as(stranger)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Held meeting " + suffix))))
			.andExpect(content().string(containsString("You are not invited to any network meeting coming up.")));
		this.mvc.perform(get("/supporter/meetings/" + UUID.randomUUID()).with(as(lead)))
			.andExpect(status().isNotFound());

		// The meeting took place: the notes and actions are written
		Instant started = Instant.now().minus(Duration.ofHours(3));
		this.jdbc.sql("update event set starts_at = :start, ends_at = :end where id = :id")
			.param("start", java.sql.Timestamp.from(started))
			.param("end", java.sql.Timestamp.from(started.plus(Duration.ofHours(1))))
			.param("id", held.id())
			.update();
		NetworkMeeting meeting = this.meetings.find(held.id()).orElseThrow();
		Invitee leadInvited = invitee(meeting, leadEmail);
		Invitee colleagueInvited = invitee(meeting, otherEmail);
		LocalDate lastWeek = LocalDate.now(EventTimes.UK).minusDays(7);
		MeetingAction theirs = this.meetings.addAction(held.id(), "Share the exemption policy " + suffix,
				"invitee:" + leadInvited.id(), lastWeek);
		MeetingAction colleagues = this.meetings.addAction(held.id(), "Send the figures " + suffix,
				"invitee:" + colleagueInvited.id(), lastWeek.plusDays(30));
		this.meetings.writeNotes(held.id(), "Agreed to share policies " + suffix, List.of(leadInvited.id()),
				coordinator.id());

		this.mvc.perform(get("/supporter/meetings").with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have 1 open action")));
		this.mvc.perform(get("/supporter/meetings/" + held.id()).with(as(lead)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Agreed to share policies " + suffix)))
			.andExpect(content().string(containsString("Share the exemption policy " + suffix)))
			.andExpect(content().string(containsString("Overdue")))
			.andExpect(content().string(containsString("Send the figures " + suffix)));

		// Only the owner marks an action done, and only their own
		String done = "/supporter/meetings/" + held.id() + "/actions/";
		this.mvc.perform(post(done + colleagues.id() + "/done").with(as(lead)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(done + theirs.id() + "/done").with(as(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(done + theirs.id() + "/done").with(as(lead)).with(csrf()))
			.andExpect(redirectedUrl("/supporter/meetings/" + held.id()));
		List<MeetingAction> actions = this.meetings.find(held.id()).orElseThrow().actions();
		assertThat(actions).filteredOn((a) -> a.id().equals(theirs.id()))
			.singleElement()
			.satisfies((a) -> assertThat(a.isOpen()).isFalse());
		assertThat(actions).filteredOn((a) -> a.id().equals(colleagues.id()))
			.singleElement()
			.satisfies((a) -> assertThat(a.isOpen()).isTrue());
		this.mvc.perform(post(done + colleagues.id() + "/done").with(as(colleague)).with(csrf()))
			.andExpect(redirectedUrl("/supporter/meetings/" + held.id()));
		this.mvc.perform(get("/supporter/meetings").with(as(colleague)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Held meeting " + suffix)))
			.andExpect(content().string(containsString("Other meeting " + suffix)));
	}

	@Test
	void aSupporterWaitingToBeVerifiedAtTheAddressInvitedSeesNoMeeting() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		this.councils.update(Fixtures.MANCHESTER, new PartnershipDetails(true, LocalDate.of(2024, 4, 1), null, null),
				null);
		String leadEmail = "jo." + suffix + "@manchester.council.example";
		this.councils.addLead(Fixtures.MANCHESTER, "Jo Penn " + suffix, "Head of leaving care", leadEmail, null);
		Event coming = this.events.create(meeting("Coming meeting " + suffix), coordinator.id());
		invite(coming, leadEmail);
		CurrentUser pending = supporter(leadEmail, Verification.PENDING);

		assertThat(this.meetings.invitedTo(pending.id())).isEmpty();
		this.mvc.perform(get("/supporter/meetings").with(as(pending)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("once the Covenant team has verified your account")))
			.andExpect(content().string(not(containsString("Coming meeting " + suffix))));
		this.mvc.perform(get("/supporter/meetings/" + coming.id()).with(as(pending))).andExpect(status().isNotFound());
		this.mvc.perform(get("/supporter/meetings").with(as(coordinator))).andExpect(status().isForbidden());
	}

	private void invite(Event event, String... emails) {
		List<String> wanted = List.of(emails);
		this.meetings.invite(event.id(),
				this.meetings.contactsToInvite(event)
					.stream()
					.filter((c) -> wanted.contains(c.email()))
					.map(PartnerContact::key)
					.toList());
	}

	private CurrentUser supporter(String email, Verification verification) {
		AccountId id = this.accounts.createDemoAccount("Partner Contact", email, Fixtures.PASSWORD, Role.SUPPORTER);
		this.supporters.createDemoSupporter(id, new NewSupporter("Partner Contact", SupporterRole.LEAVING_CARE_TEAM,
				OrganisationType.COUNCIL, null, Fixtures.MANCHESTER, email), verification);
		return new CurrentUser(id, email, "Partner Contact", Role.SUPPORTER);
	}

	private static Invitee invitee(NetworkMeeting meeting, String email) {
		return meeting.invitees().stream().filter((i) -> i.email().equals(email)).findFirst().orElseThrow();
	}

	private static EventDetails meeting(String title) {
		Instant start = EventTimes.instant(LocalDate.now(EventTimes.UK).plusDays(12), java.time.LocalTime.of(13, 0));
		return new EventDetails(title, "Councils and colleges of the region share what works.",
				EventKind.NETWORK_MEETING, List.of(Audience.PARTNERS, Audience.STAFF), start,
				start.plus(Duration.ofHours(2)), false, "Manchester Central Library",
				"St Peter's Square, Manchester M2 5PD", null, Fixtures.NORTH_WEST, 40, null, true);
	}

}
