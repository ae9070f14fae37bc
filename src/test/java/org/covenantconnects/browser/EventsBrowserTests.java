package org.covenantconnects.browser;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.covenantconnects.Fixtures;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.browser.Browser.Scripts;
import org.covenantconnects.event.EventTimes;
import org.covenantconnects.event.Events;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events in a real Chromium, with JavaScript and without: the demo coordinator adds a
 * career-path session with 2 places; three care leavers sign up and the third waits (the
 * second and third through the facade, to keep the journey short); the first downloads
 * the calendar file and gives the place back, which goes to the third, who is emailed and
 * finds it in My events; the coordinator marks who came. Every page is checked as in
 * {@link KeyJourneysBrowserTests}.
 */
@Tag("browser")
@ExtendWith(TestMailServer.class)
// The DevTools commands used go through chromedriver, so Selenium's warnings that it has
// no DevTools bindings for this Chromium are noise.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "connects.rate-limits.sign-in=200",
				"logging.level.org.openqa.selenium.devtools.CdpVersionFinder=error",
				"logging.level.org.openqa.selenium.chromium.ChromiumDriver=error" })
@ActiveProfiles({ "test", "demo" })
@Import(ServedPages.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsBrowserTests {

	private static final String DEMO_PASSWORD = "covenant-demo";

	@LocalServerPort
	private int port;

	@Autowired
	private ServedPages served;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Events events;

	@Autowired
	private org.covenantconnects.meeting.NetworkMeetings meetings;

	private final Map<Scripts, Browser> browsers = new EnumMap<>(Scripts.class);

	private Accessibility accessibility;

	private HtmlConformance html;

	@ParameterizedTest
	@EnumSource
	void aCareerPathSessionFillsUpAndAFreedPlaceGoesToTheNextWaiting(Scripts scripts) {
		Browser browser = startJourney("event-sign-up", scripts);
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-home");
		browser.follow("Events", "coordinator-events");
		browser.follow("Add an event", "add-event");
		browser.press("Add the event", "event-refused");
		assertThat(browser.errorSummary()).contains("Enter the event's title", "Select who the event is for",
				"Enter the date of the event", "Enter how many places there are");
		String title = "Careers in the fire service " + UUID.randomUUID().toString().substring(0, 6);
		LocalDate day = EventTimes.ukDate(java.time.Instant.now()).plusDays(14);
		browser.fillIn("title", title);
		browser.fillIn("description", "Firefighters and control-room staff talk about how they started.");
		browser.choose("kind");
		browser.tick("audiences");
		browser.fillIn("date.day", String.valueOf(day.getDayOfMonth()));
		browser.fillIn("date.month", String.valueOf(day.getMonthValue()));
		browser.fillIn("date.year", String.valueOf(day.getYear()));
		browser.fillIn("startTime", "6pm");
		browser.fillIn("endTime", "7:30pm");
		browser.choose("format");
		browser.fillIn("venue", "Manchester Central Fire Station");
		browser.fillIn("venueAddress", "Thompson Street, Manchester M4 5FP");
		browser.select("region", Fixtures.NORTH_WEST.value());
		browser.fillIn("capacity", "2");
		browser.choose("travelPaid");
		browser.press("Add the event", "event-added");
		assertThat(browser.heading()).isEqualTo(title);
		UUID id = UUID.fromString(browser.path().substring("/coordinator/events/".length()));
		SigningIn.stepAway(browser);

		CurrentUser first = this.fixtures.careLeaver("Amira");
		CurrentUser second = this.fixtures.careLeaver("Ben");
		CurrentUser third = this.fixtures.careLeaver("Cara");
		signIn(browser, first.getUsername(), Fixtures.PASSWORD, "first-home");
		browser.open("/events/" + id, "event-page");
		assertThat(browser.textOf("when")).endsWith(", 6pm to 7:30pm (UK time)");
		browser.press("Sign up", "first-has-a-place");
		assertThat(browser.textOf("your-place")).contains("You have a place");
		assertCalendarOf(browser, id, title);
		SigningIn.stepAway(browser);

		signIn(browser, second.getUsername(), Fixtures.PASSWORD, "second-home");
		browser.open("/events/" + id, "second-event-page");
		assertThat(browser.textOf("places")).isEqualTo("1 of 2 left");
		browser.press("Sign up", "second-has-a-place");
		assertThat(browser.textOf("your-place")).contains("You have a place");
		assertCalendarOf(browser, id, title);
		SigningIn.stepAway(browser);

		signIn(browser, third.getUsername(), Fixtures.PASSWORD, "third-home");
		browser.open("/events/" + id, "third-event-full");
		assertThat(browser.textOf("places")).isEqualTo("All 2 places are taken");
		browser.press("Join the waiting list", "third-waiting");
		assertThat(browser.textOf("your-place")).contains("You are on the waiting list", "You are next");
		assertCalendarOf(browser, id, title);
		SigningIn.stepAway(browser);

		signIn(browser, first.getUsername(), Fixtures.PASSWORD, "first-again");
		browser.open("/events/" + id, "event-full");
		assertThat(browser.textOf("places")).isEqualTo("All 2 places are taken, 1 waiting");
		browser.press("Give your place back", "first-gave-place-back");
		assertThat(browser.textOf("your-place")).contains("Join the waiting list");
		browser.press("Sign out", "first-signed-out");

		TestMailServer.awaitEmail(third.getUsername(), "You have a place: " + title);
		signIn(browser, third.getUsername(), Fixtures.PASSWORD, "third-again");
		browser.open("/my-events", "third-my-events");
		assertThat(browser.textOf("my-events")).contains(title, "You have a place");
		browser.press("Sign out", "third-signed-out");

		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "coordinator-again");
		browser.open("/coordinator/events/" + id, "sign-up-list");
		assertThat(browser.textOf("places")).contains(second.getUsername(), third.getUsername())
			.doesNotContain(first.getUsername());
		browser.tick("came-2");
		browser.press("Save attendance", "attendance-saved");
		assertThat(browser.textOf("main-content")).contains("Attendance saved: 1 came");
		assertThat(this.events.attendedBy(java.util.List.of(second.id(), third.id())))
			.containsExactly(Map.entry(third.id(), 1));
		SigningIn.stepAway(browser);
	}

	@ParameterizedTest
	@EnumSource
	void aLinkedAdviserAsksToSignAYoungPersonUpAndTheySayYes(Scripts scripts) {
		CurrentUser adviser = this.fixtures.adviser(org.covenantconnects.supporter.Verification.VERIFIED);
		CurrentUser young = this.fixtures.careLeaver("Dara");
		UUID link = this.fixtures.link(adviser, young);
		// Well after the demo's events, so that it does not push them off the home page's
		// next events.
		java.time.Instant start = EventTimes.instant(EventTimes.ukDate(java.time.Instant.now()).plusDays(60),
				java.time.LocalTime.of(18, 0));
		String title = "Careers in the ambulance service " + UUID.randomUUID().toString().substring(0, 6);
		UUID id = this.events
			.create(new org.covenantconnects.event.EventDetails(title,
					"Paramedics and call handlers talk about their work.",
					org.covenantconnects.event.EventKind.CAREER_PATH_SESSION,
					java.util.List.of(org.covenantconnects.event.Audience.CARE_LEAVERS), start,
					start.plus(java.time.Duration.ofHours(2)), false, "Ambulance Station",
					"Oldham Road, Manchester M4 5FP", null, Fixtures.NORTH_WEST, 5, null, true),
					this.fixtures.staff(Role.COORDINATOR).id())
			.id();

		Browser browser = startJourney("adviser-signs-up", scripts);
		signIn(browser, adviser.getUsername(), Fixtures.PASSWORD, "adviser-home");
		browser.open("/supporter/young-people/" + link, "young-person-events");
		browser.press("Ask them", "event-not-chosen");
		assertThat(browser.errorSummary()).containsExactly("Select the event to sign them up for");
		browser.select("event", id.toString());
		browser.press("Ask them", "asked");
		assertThat(browser.textOf("event-requests")).contains(title, "Waiting for them to say yes or no");
		browser.press("Sign out", "adviser-signed-out");

		TestMailServer.awaitEmail(young.getUsername(), "Test Adviser would like to sign you up for " + title);
		signIn(browser, young.getUsername(), Fixtures.PASSWORD, "young-person-home");
		browser.open("/my-events", "asked-in-my-events");
		browser.follow("Test Adviser would like to sign you up for " + title, "sign-up-request");
		assertThat(browser.heading()).isEqualTo("Do you want to go to " + title + "?");
		browser.press("Yes, sign me up", "said-yes");
		assertThat(browser.textOf("your-place")).contains("You have a place");
		browser.press("Sign out", "young-person-signed-out");
		TestMailServer.awaitEmail(adviser.getUsername(), "Dara said yes and has a place at " + title);
		SigningIn.stepAway(browser);
	}

	@ParameterizedTest
	@EnumSource
	void aCoordinatorKeepsTheDemoNetworkMeetingsAgendaNotesAndActions(Scripts scripts) {
		Browser browser = startJourney("network-meetings", scripts);
		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "meetings-coordinator-home");
		browser.open("/coordinator/meeting-actions", "meeting-actions");
		assertThat(browser.textOf("overdue")).contains("council tax exemption policy", "North West network meeting");
		browser.followFirst("#overdue a", "past-meeting");
		assertThat(browser.textOf("invitees")).contains("Mersey Vale College", "Came", "Did not come");
		browser.follow("Add an action", "add-action");
		browser.fillIn("what", "Send round the Salford venue's details");
		browser.press("Add the action", "action-refused");
		assertThat(browser.errorSummary()).contains("Select who owns the action", "Enter the date the action is due");
		assertThat(browser.value("what")).isEqualTo("Send round the Salford venue's details");
		LocalDate due = EventTimes.ukDate(java.time.Instant.now()).plusDays(21);
		browser.choose("owner");
		browser.fillIn("due.day", String.valueOf(due.getDayOfMonth()));
		browser.fillIn("due.month", String.valueOf(due.getMonthValue()));
		browser.fillIn("due.year", String.valueOf(due.getYear()));
		browser.press("Add the action", "action-added");
		assertThat(browser.textOf("actions")).contains("Send round the Salford venue's details");
		browser.follow("Change the notes and who came", "meeting-notes");
		browser.press("Save and email the notes", "notes-saved");
		assertThat(browser.textOf("notes")).contains("council tax");

		UUID coming = this.events.all()
			.stream()
			.filter((event) -> event.details().title().equals("Yorkshire and the Humber network meeting"))
			.findFirst()
			.orElseThrow()
			.id();
		browser.open("/coordinator/events/" + coming + "/meeting", "coming-meeting");
		assertThat(browser.textOf("agenda")).contains("Welcome and introductions");
		browser.follow("Invite partner contacts", "meeting-invitations");
		browser.open("/coordinator/events/" + coming + "/meeting/agenda", "meeting-agenda");
		browser.press("Save and email the agenda", "agenda-saved");
		SigningIn.stepAway(browser);
	}

	@ParameterizedTest
	@EnumSource
	void aCouncilsLeadSignsInAndFindsTheNetworkMeetingTheyWereInvitedToWithTheirAction(Scripts scripts) {
		UUID held = this.events.all()
			.stream()
			.filter((event) -> event.details().title().equals("North West network meeting"))
			.findFirst()
			.orElseThrow()
			.id();
		String lead = this.meetings.find(held)
			.orElseThrow()
			.invitees()
			.stream()
			.filter((invitee) -> invitee.partnerName().equals("Manchester"))
			.findFirst()
			.orElseThrow()
			.email();
		Browser browser = startJourney("invited-meetings", scripts);
		signIn(browser, lead, DEMO_PASSWORD, "lead-home");
		browser.open("/supporter", "lead-supporter-home");
		browser.follow("Network meetings you are invited to", "invited-meetings");
		assertThat(browser.textOf("past")).contains("North West network meeting", "for Manchester");
		browser.follow("North West network meeting", "invited-meeting");
		assertThat(browser.textOf("notes")).contains("council tax");
		assertThat(browser.textOf("your-actions")).contains("council tax exemption policy", "Overdue");
		assertThat(browser.textOf("other-actions")).contains("bursary figures");
		SigningIn.stepAway(browser);
	}

	@ParameterizedTest
	@EnumSource
	void anOrganisationProposesAnEventThatAppearsOnceACoordinatorApprovesIt(Scripts scripts) {
		Browser browser = startJourney("organisation-event", scripts);
		signIn(browser, "signatory@example.com", DEMO_PASSWORD, "organisation-home");
		browser.open("/organisation/events", "organisation-events");
		assertThat(browser.textOf("events")).contains("Bake your first loaf", "Published", "Waiting for review");
		browser.follow("Propose an event", "propose-event");
		browser.press("Send for review", "proposal-refused");
		assertThat(browser.errorSummary()).contains("Enter the event's title", "Select who the event is for");
		String title = "Cake decorating for beginners " + UUID.randomUUID().toString().substring(0, 6);
		LocalDate day = EventTimes.ukDate(java.time.Instant.now()).plusDays(30);
		browser.fillIn("title", title);
		browser.fillIn("description", "Our decorators show you piping, icing and lettering.");
		browser.choose("kind");
		browser.tick("audiences");
		browser.fillIn("date.day", String.valueOf(day.getDayOfMonth()));
		browser.fillIn("date.month", String.valueOf(day.getMonthValue()));
		browser.fillIn("date.year", String.valueOf(day.getYear()));
		browser.fillIn("startTime", "2pm");
		browser.fillIn("endTime", "4pm");
		browser.choose("format");
		browser.fillIn("venue", "Northwind Bakeries, Ancoats");
		browser.fillIn("venueAddress", "12 Blossom Street, Manchester M4 6AJ");
		browser.select("region", Fixtures.NORTH_WEST.value());
		browser.fillIn("capacity", "6");
		browser.choose("travelPaid");
		browser.press("Send for review", "proposal-sent");
		assertThat(browser.textOf("events")).contains(title);
		SigningIn.stepAway(browser);

		signIn(browser, "coordinator@example.com", DEMO_PASSWORD, "moderating-coordinator-home");
		browser.open("/coordinator/events", "events-with-proposals");
		assertThat(browser.textOf("awaiting-review")).contains(title, "Northwind Bakeries",
				"Work experience taster day");
		browser.follow(title, "proposal-to-review");
		browser.press("Return to the organisation", "return-refused");
		assertThat(browser.errorSummary()).contains("Enter the reasons the organisation will see");
		browser.press("Approve and publish", "proposal-approved");
		assertThat(browser.textOf("organiser")).contains("Northwind Bakeries", "Published");
		SigningIn.stepAway(browser);
	}

	/**
	 * The event's calendar file, downloaded as the person signed in: valid iCalendar with
	 * the event in it.
	 */
	private static void assertCalendarOf(Browser browser, UUID id, String title) {
		String ics = browser.download("/events/" + id + "/calendar.ics");
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("SUMMARY:" + title, "UID:" + id);
		try {
			net.fortuna.ical4j.model.Calendar calendar = new net.fortuna.ical4j.data.CalendarBuilder()
				.build(new java.io.StringReader(ics));
			assertThat(calendar.validate().getEntries()).as(ics).isEmpty();
			java.util.List<net.fortuna.ical4j.model.component.VEvent> events = calendar.getComponents("VEVENT");
			assertThat(events).hasSize(1);
		}
		catch (java.io.IOException | net.fortuna.ical4j.data.ParserException ex) {
			throw new AssertionError("The calendar of " + title + " does not parse", ex);
		}
	}

	private static void signIn(Browser browser, String email, String password, String stepName) {
		SigningIn.signedInAs(browser, email, password, stepName);
	}

	private Browser startJourney(String journey, Scripts scripts) {
		if (this.accessibility == null) {
			this.accessibility = new Accessibility();
			this.html = new HtmlConformance();
		}
		Browser browser = this.browsers.computeIfAbsent(scripts, (setting) -> new Browser(setting,
				"http://localhost:" + this.port, this.served, this.accessibility, this.html));
		browser.startJourney(journey);
		return browser;
	}

	@AfterAll
	void closeBrowsers() {
		this.browsers.values().forEach(Browser::close);
	}

}
