package org.covenantconnects.event;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.supporter.Verification;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.SignedIn.as;
import static org.covenantconnects.SignedIn.asWithoutDbsCheck;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Events against the real database: a coordinator's form with its error summary; the
 * public list and page, in UK time, with schema.org Event data; places and the waiting
 * list, the next in the queue getting a freed place and an email, also when two people
 * cancel at once; the joining link only for people with a place, on the page and in the
 * calendar file; calendar files read back with a calendar library; the private calendar
 * address and its renewal; the reminder sent once however often the job runs; attendance
 * and the figures other modules read.
 */
@ConnectsTest
@AutoConfigureMockMvc
class EventsTests {

	private static final String JOINING_LINK = "https://meet.example/careers-"
			+ UUID.randomUUID().toString().substring(0, 8);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Events events;

	@Autowired
	private EventReminders reminders;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aCoordinatorAddsAnEventWithTheFormWhichShowsInUkTimeToThePublic() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc
			.perform(post("/coordinator/events/new").with(as(coordinator))
				.with(csrf())
				.param("title", "Careers")
				.param("startTime", "25pm"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter what happens at the event")))
			.andExpect(content().string(containsString("Enter the start time as a time of day")))
			.andExpect(content().string(containsString("value=\"25pm\"")));
		String title = "Careers in the NHS " + UUID.randomUUID().toString().substring(0, 6);
		String location = this.mvc
			.perform(post("/coordinator/events/new").with(as(coordinator))
				.with(csrf())
				.param("title", title)
				.param("description", "Meet nurses, porters and paramedics.")
				.param("kind", "CAREER_PATH_SESSION")
				.param("audiences", "CARE_LEAVERS")
				.param("date.day", "12")
				.param("date.month", "1")
				.param("date.year", "2027")
				.param("startTime", "6pm")
				.param("endTime", "7:30pm")
				.param("format", "IN_PERSON")
				.param("venue", "Manchester Central Library")
				.param("venueAddress", "St Peter's Square, Manchester M2 5PD")
				.param("region", Fixtures.NORTH_WEST.value())
				.param("capacity", "2")
				.param("travelPaid", "yes"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		Event event = this.events.find(id).orElseThrow();
		assertThat(event.details().startsAt()).isEqualTo(Instant.parse("2027-01-12T18:00:00Z"));
		this.mvc.perform(get("/events/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuesday 12 January 2027, 6pm to 7:30pm (UK time)")))
			.andExpect(content().string(containsString("\"@type\":\"Event\"")))
			.andExpect(content().string(containsString("\"startDate\":\"2027-01-12T18:00:00Z\"")));
		this.mvc.perform(get("/events").param("region", "north-west").param("kind", "CAREER_PATH_SESSION"))
			.andExpect(content().string(containsString(title)));
		this.mvc.perform(get("/events").param("region", "london"))
			.andExpect(content().string(not(containsString(title))));
	}

	@Test
	void theSchemaOrgEventDataOfAnOnlineEventSaysWhenAndWhereButNeverTheJoiningLink() throws Exception {
		Instant start = EventTimes.instant(LocalDate.now().plusYears(1).withMonth(7).withDayOfMonth(6),
				LocalTime.of(10, 30));
		Event online = this.events.create(
				details(3, true, List.of(Audience.CARE_LEAVERS), start, start.plus(Duration.ofMinutes(90))),
				organiser());
		CurrentUser withPlace = this.fixtures.careLeaver("Hana");
		this.events.signUp(online.id(), withPlace.id(), Role.CARE_LEAVER);

		for (CurrentUser someone : java.util.Arrays.asList(null, withPlace)) {
			String page = this.mvc
				.perform((someone != null) ? get("/events/" + online.id()).with(as(someone))
						: get("/events/" + online.id()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String block = page.substring(page.indexOf("<script type=\"application/ld+json\">") + 35,
					page.indexOf("</script>", page.indexOf("application/ld+json")));
			assertThat(block).doesNotContain("meet.example");
			Map<String, Object> data = JSON.readValue(block, new tools.jackson.core.type.TypeReference<>() {
			});
			assertThat(data).containsEntry("@type", "Event")
				.containsEntry("name", online.details().title())
				.containsEntry("eventAttendanceMode", "https://schema.org/OnlineEventAttendanceMode")
				.containsEntry("eventStatus", "https://schema.org/EventScheduled")
				.containsEntry("description", online.details().description());
			// Summer: UK time is an hour ahead of UTC, and the offset says so.
			assertThat(OffsetDateTime.parse((String) data.get("startDate")))
				.isEqualTo(start.atOffset(java.time.ZoneOffset.ofHours(1)));
			assertThat((String) data.get("startDate")).endsWith("10:30:00+01:00");
			assertThat((String) data.get("endDate")).endsWith("12:00:00+01:00");
			assertThat(data.get("location")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsEntry("@type", "VirtualLocation")
				.hasSize(2)
				.extractingByKey("url")
				.asString()
				.endsWith("/events/" + online.id());
			assertThat(data.get("organizer")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsEntry("@type", "Organization")
				.containsEntry("name", "Care Leaver Covenant");
		}

		this.events.cancel(online.id());
		String cancelled = this.mvc.perform(get("/events/" + online.id()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(cancelled).contains("\"eventStatus\":\"https://schema.org/EventCancelled\"");
	}

	@Test
	void summerTimeIsEnteredAndShownInUkTime() {
		Instant start = EventTimes.instant(LocalDate.of(2027, 7, 6), LocalTime.of(10, 30));
		assertThat(start).isEqualTo(Instant.parse("2027-07-06T09:30:00Z"));
		assertThat(EventTimes.describe(start, start.plus(Duration.ofMinutes(90))))
			.isEqualTo("Tuesday 6 July 2027, 10:30am to midday (UK time)");
		assertThat(EventTimes.parseTime("18.30")).contains(LocalTime.of(18, 30));
		assertThat(EventTimes.parseTime("12am")).contains(LocalTime.MIDNIGHT);
		assertThat(EventTimes.parseTime("13pm")).isEmpty();
	}

	@Test
	void theThirdWaitsAndGetsThePlaceWhenSomeoneCancelsWithAnEmail() throws Exception {
		Event event = event(2, false, List.of(Audience.CARE_LEAVERS));
		CurrentUser first = this.fixtures.careLeaver("Amira");
		CurrentUser second = this.fixtures.careLeaver("Ben");
		CurrentUser third = this.fixtures.careLeaver("Cara");
		for (CurrentUser person : List.of(first, second, third)) {
			this.mvc.perform(post("/events/" + event.id() + "/sign-up").with(as(person)).with(csrf()))
				.andExpect(redirectedUrl("/events/" + event.id()));
		}
		assertThat(this.events.signUpOf(event.id(), third.id()).orElseThrow().status()).isEqualTo(SignUpStatus.WAITING);
		this.mvc.perform(get("/events/" + event.id()).with(as(third)))
			.andExpect(content().string(containsString("You are next")));
		// A care leaver sees only their own sign-ups
		this.mvc.perform(get("/my-events").with(as(third)))
			.andExpect(content().string(containsString("Waiting list: number 1")))
			.andExpect(content().string(not(containsString("You have a place"))));

		this.mvc.perform(post("/events/" + event.id() + "/cancel-sign-up").with(as(first)).with(csrf()))
			.andExpect(redirectedUrl("/events/" + event.id()));
		assertThat(this.events.signUpOf(event.id(), third.id()).orElseThrow().status()).isEqualTo(SignUpStatus.PLACE);
		assertThat(this.events.signUpOf(event.id(), first.id())).isEmpty();
		assertThat(emailsTo(third.getUsername()))
			.anyMatch((subject) -> subject.equals("You have a place: " + title(event)));
		assertThat(emailsTo(first.getUsername())).isEmpty();
	}

	@Test
	void onlyThePeopleAnEventIsForSignUpAndStaffOnlyEventsAreNotPublic() throws Exception {
		Event forCareLeavers = event(5, false, List.of(Audience.CARE_LEAVERS));
		CurrentUser adviser = this.fixtures.adviser(Verification.VERIFIED);
		this.mvc.perform(post("/events/" + forCareLeavers.id() + "/sign-up").with(as(adviser)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/events/" + forCareLeavers.id()).with(as(adviser)))
			.andExpect(content().string(containsString("This event is for care leavers.")));
		Event staffOnly = event(5, false, List.of(Audience.STAFF));
		this.mvc.perform(get("/events/" + staffOnly.id())).andExpect(status().isNotFound());
		this.mvc.perform(get("/events/" + staffOnly.id()).with(as(this.fixtures.careLeaver("Dev"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/events/" + staffOnly.id()).with(as(this.fixtures.staff(Role.ADMIN))))
			.andExpect(status().isOk());
	}

	@Test
	void theJoiningLinkShowsOnlyToPeopleWithAPlaceOnThePageAndInTheCalendarFile() throws Exception {
		Event online = event(1, true, List.of(Audience.CARE_LEAVERS));
		CurrentUser withPlace = this.fixtures.careLeaver("Esme");
		CurrentUser waiting = this.fixtures.careLeaver("Femi");
		CurrentUser notSignedUp = this.fixtures.careLeaver("Gus");
		this.events.signUp(online.id(), withPlace.id(), Role.CARE_LEAVER);
		this.events.signUp(online.id(), waiting.id(), Role.CARE_LEAVER);

		this.mvc.perform(get("/events/" + online.id()).with(as(withPlace)))
			.andExpect(content().string(containsString(JOINING_LINK)));
		for (CurrentUser someone : List.of(waiting, notSignedUp, this.fixtures.staff(Role.COORDINATOR))) {
			this.mvc.perform(get("/events/" + online.id()).with(as(someone)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(JOINING_LINK))));
			assertThat(ics("/events/" + online.id() + "/calendar.ics", someone)).doesNotContain("meet.example");
		}
		this.mvc.perform(get("/events/" + online.id())).andExpect(content().string(not(containsString(JOINING_LINK))));
		assertThat(ics("/events/" + online.id() + "/calendar.ics", null)).doesNotContain("meet.example");
		assertThat(this.mvc.perform(get("/events/regions/north-west/calendar.ics"))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("meet.example");

		VEvent mine = only(parse(ics("/events/" + online.id() + "/calendar.ics", withPlace)));
		assertThat(mine.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).contains(JOINING_LINK);
		assertThat(mine.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo(JOINING_LINK);
	}

	@Test
	void calendarFilesReadBackWithTheirTimesSummaryAndOneUid() throws Exception {
		Event event = event(3, false, List.of(Audience.CARE_LEAVERS, Audience.SUPPORTERS));
		String file = ics("/events/" + event.id() + "/calendar.ics", null);
		assertThat(file).contains("\r\n").doesNotContain("\n\n");
		for (String line : file.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		VEvent vevent = only(parse(file));
		assertThat(vevent.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(title(event));
		assertThat(vevent.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
			.contains("Bring a friend; ask anything, about nursing, portering \\ the rest.");
		assertThat(Instant.from(vevent.getDateTimeStart().orElseThrow().getDate()))
			.isEqualTo(event.details().startsAt());
		assertThat(Instant.from(vevent.getDateTimeEnd().orElseThrow().getDate())).isEqualTo(event.details().endsAt());
		String uid = vevent.getUid().orElseThrow().getValue();
		assertThat(uid).isEqualTo(Events.calendarUid(event));

		// The same UID in the region's feed and in a person's private calendar
		CurrentUser careLeaver = this.fixtures.careLeaver("Hana");
		this.events.signUp(event.id(), careLeaver.id(), Role.CARE_LEAVER);
		Calendar region = parse(this.mvc.perform(get("/events/regions/north-west/calendar.ics"))
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(region.<VEvent>getComponents("VEVENT"))
			.anyMatch((e) -> e.getUid().orElseThrow().getValue().equals(uid));
		String token = this.events.calendarToken(careLeaver.id());
		Calendar mine = parse(ics("/calendars/" + token + ".ics", null));
		assertThat(only(mine).getUid().orElseThrow().getValue()).isEqualTo(uid);

		// Renewing the address: the old one stops working
		this.mvc.perform(post("/my-events/calendar-address").with(as(careLeaver)).with(csrf()))
			.andExpect(redirectedUrl("/my-events"));
		this.mvc.perform(get("/calendars/" + token + ".ics")).andExpect(status().isNotFound());
		String renewed = this.events.calendarToken(careLeaver.id());
		assertThat(renewed).isNotEqualTo(token);
		this.mvc.perform(get("/my-events").with(as(careLeaver)))
			.andExpect(content().string(containsString("/calendars/" + renewed + ".ics")));
	}

	@Test
	void whenTwoPeopleCancelAtOnceEachPlaceGoesToOneOfTheWaitingOnce() throws Exception {
		for (int round = 0; round < 5; round++) {
			Event event = event(2, false, List.of(Audience.CARE_LEAVERS));
			List<CurrentUser> people = new ArrayList<>();
			for (String name : List.of("Iris", "Jon", "Kai", "Lea", "Max")) {
				CurrentUser person = this.fixtures.careLeaver(name);
				this.events.signUp(event.id(), person.id(), Role.CARE_LEAVER);
				people.add(person);
			}
			atOnce(() -> this.events.cancelSignUp(event.id(), people.get(0).id()),
					() -> this.events.cancelSignUp(event.id(), people.get(1).id()));
			Event after = this.events.find(event.id()).orElseThrow();
			assertThat(after.placesTaken()).isEqualTo(2);
			assertThat(after.waiting()).isEqualTo(1);
			assertThat(this.events.hasPlace(event.id(), people.get(2).id())).isTrue();
			assertThat(this.events.hasPlace(event.id(), people.get(3).id())).isTrue();
			assertThat(this.events.signUpOf(event.id(), people.get(4).id()).orElseThrow().position()).isEqualTo(1);
			assertThat(emailsTo(people.get(2).getUsername())).hasSize(1);
			assertThat(emailsTo(people.get(3).getUsername())).hasSize(1);
		}
	}

	@Test
	void manySigningUpAtOnceForTheLastPlaceGiveItToOne() throws Exception {
		Event event = event(1, false, List.of(Audience.CARE_LEAVERS));
		List<Callable<Object>> signUps = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			CurrentUser person = this.fixtures.careLeaver("Nia");
			signUps.add(() -> this.events.signUp(event.id(), person.id(), Role.CARE_LEAVER));
		}
		atOnce(signUps.toArray(Callable[]::new));
		Event after = this.events.find(event.id()).orElseThrow();
		assertThat(after.placesTaken()).isEqualTo(1);
		assertThat(after.waiting()).isEqualTo(5);
	}

	@Test
	void theReminderGoesOnceTheDayBeforeHoweverOftenAndWhereverTheJobRuns() throws Exception {
		ZonedDateTime tomorrowEvening = ZonedDateTime.now(EventTimes.UK)
			.plusDays(1)
			.truncatedTo(ChronoUnit.DAYS)
			.withHour(18);
		Event tomorrow = this.events.create(details(2, false, List.of(Audience.CARE_LEAVERS),
				tomorrowEvening.toInstant(), tomorrowEvening.plusHours(2).toInstant()), organiser());
		Event later = event(2, false, List.of(Audience.CARE_LEAVERS));
		CurrentUser careLeaver = this.fixtures.careLeaver("Omar");
		this.events.signUp(tomorrow.id(), careLeaver.id(), Role.CARE_LEAVER);
		this.events.signUp(later.id(), careLeaver.id(), Role.CARE_LEAVER);
		atOnce(this.reminders::remind, this.reminders::remind, this.reminders::remind);
		this.reminders.remind();
		assertThat(emailsTo(careLeaver.getUsername())).containsExactly("Tomorrow: " + title(tomorrow));
	}

	@Test
	void theOrganiserMarksWhoCameWhichOtherModulesCount() throws Exception {
		Instant start = Instant.now().minus(Duration.ofHours(3));
		Event past = this.events.create(
				details(3, false, List.of(Audience.CARE_LEAVERS), start, start.plus(Duration.ofHours(1))), organiser());
		CurrentUser came = this.fixtures.careLeaver("Pia");
		CurrentUser stayedAway = this.fixtures.careLeaver("Raj");
		// Signed up before it started
		this.jdbc.sql("""
				insert into event_sign_up (id, event_id, account_id, status, signed_up_at, changed_at)
				select gen_random_uuid(), :event, unnest(:people), 'PLACE', now(), now()
				""")
			.param("event", past.id())
			.param("people", new UUID[] { came.id().value(), stayedAway.id().value() })
			.update();
		this.mvc
			.perform(post("/coordinator/events/" + past.id() + "/attendance")
				.with(as(this.fixtures.staff(Role.COORDINATOR)))
				.with(csrf())
				.param("came", came.id().value().toString()))
			.andExpect(redirectedUrl("/coordinator/events/" + past.id()));
		Map<AccountId, Integer> attended = this.events.attendedBy(List.of(came.id(), stayedAway.id()));
		assertThat(attended).containsExactly(Map.entry(came.id(), 1));
		EventsHeld held = this.events.held(start.minus(Duration.ofMinutes(1)), Instant.now());
		assertThat(held.events()).isGreaterThanOrEqualTo(1);
		assertThat(held.attendances()).isGreaterThanOrEqualTo(1);
		assertThat(this.events.held(start.minus(Duration.ofDays(400)), start.minus(Duration.ofDays(399))))
			.isEqualTo(new EventsHeld(0, 0));
	}

	@Test
	void theSignUpListIsForCoordinatorsAndShowsWhoWaits() throws Exception {
		Event event = event(1, false, List.of(Audience.CARE_LEAVERS));
		CurrentUser first = this.fixtures.careLeaver("Sol");
		CurrentUser second = this.fixtures.careLeaver("Tia");
		this.events.signUp(event.id(), first.id(), Role.CARE_LEAVER);
		this.events.signUp(event.id(), second.id(), Role.CARE_LEAVER);
		this.mvc.perform(get("/coordinator/events/" + event.id()).with(as(this.fixtures.staff(Role.COORDINATOR))))
			.andExpect(content().string(containsString(first.getUsername())))
			.andExpect(content().string(containsString(second.getUsername())));
		this.mvc.perform(get("/coordinator/events/" + event.id()).with(as(first))).andExpect(status().isForbidden());
		this.mvc.perform(get("/events/" + event.id()).with(as(second)))
			.andExpect(content().string(not(containsString(first.getUsername()))));
	}

	@Test
	void morePlacesGoToThoseWaitingFewerThanGivenAreRefusedAndCancellingTellsEveryone() throws Exception {
		Event event = event(1, false, List.of(Audience.CARE_LEAVERS));
		CurrentUser first = this.fixtures.careLeaver("Uma");
		CurrentUser second = this.fixtures.careLeaver("Vic");
		this.events.signUp(event.id(), first.id(), Role.CARE_LEAVER);
		this.events.signUp(event.id(), second.id(), Role.CARE_LEAVER);
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc.perform(get("/coordinator/events/" + event.id() + "/edit").with(as(coordinator)))
			.andExpect(content().string(containsString("value=\"1\"")));
		this.events.update(event.id(), withPlaces(event, 2));
		assertThat(this.events.hasPlace(event.id(), second.id())).isTrue();
		assertThat(emailsTo(second.getUsername())).containsExactly("You have a place: " + title(event));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(Events.TooFewPlacesException.class)
			.isThrownBy(() -> this.events.update(event.id(), withPlaces(event, 1)));

		this.mvc.perform(post("/coordinator/events/" + event.id() + "/cancel").with(as(coordinator)).with(csrf()))
			.andExpect(redirectedUrl("/coordinator/events"));
		assertThat(this.events.find(event.id()).orElseThrow().isCancelled()).isTrue();
		assertThat(emailsTo(first.getUsername())).containsExactly("Cancelled: " + title(event));
		this.mvc.perform(get("/events")).andExpect(content().string(not(containsString(title(event)))));
		VEvent cancelled = only(parse(ics("/events/" + event.id() + "/calendar.ics", null)));
		assertThat(cancelled.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
	}

	@Test
	void aCoordinatorWhoseDbsCheckExpiredCannotOpenTheSignUpList() throws Exception {
		Event event = event(1, false, List.of(Audience.CARE_LEAVERS));
		CurrentUser lapsed = this.fixtures.coordinatorWithoutInDateCheck(0);
		this.mvc.perform(get("/coordinator/events/" + event.id()).with(asWithoutDbsCheck(lapsed)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/coordinator/events").with(asWithoutDbsCheck(lapsed))).andExpect(status().isOk());
	}

	private static EventDetails withPlaces(Event event, int places) {
		EventDetails d = event.details();
		return new EventDetails(d.title(), d.description(), d.kind(), d.audiences(), d.startsAt(), d.endsAt(),
				d.online(), d.venue(), d.venueAddress(), d.joiningLink(), d.region(), places, d.accessibility(),
				d.travelPaid());
	}

	private Event event(int places, boolean online, List<Audience> audiences) {
		Instant start = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);
		return this.events.create(details(places, online, audiences, start, start.plus(Duration.ofMinutes(90))),
				organiser());
	}

	private AccountId organiser() {
		return this.fixtures.staff(Role.COORDINATOR).id();
	}

	private static EventDetails details(int places, boolean online, List<Audience> audiences, Instant start,
			Instant end) {
		String title = "Careers in health, part " + UUID.randomUUID().toString().substring(0, 8)
				+ ": a long title, with commas; and semicolons, to fold";
		return new EventDetails(title,
				"Bring a friend; ask anything, about nursing, portering \\ the rest.\nThere is food.",
				EventKind.CAREER_PATH_SESSION, audiences, start, end, online, "Manchester Central Library",
				"St Peter's Square, Manchester M2 5PD", JOINING_LINK, Fixtures.NORTH_WEST, places, "Step-free", true);
	}

	private static String title(Event event) {
		return event.details().title();
	}

	private String ics(String path, CurrentUser who) throws Exception {
		var request = get(path);
		if (who != null) {
			request.with(as(who));
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static Calendar parse(String file) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(file));
		assertThat(calendar.validate().getEntries()).as(file).isEmpty();
		return calendar;
	}

	private static VEvent only(Calendar calendar) {
		List<VEvent> vevents = calendar.getComponents("VEVENT");
		assertThat(vevents).hasSize(1);
		return vevents.get(0);
	}

	private List<String> emailsTo(String recipient) {
		return this.jdbc.sql("select subject from email_message where recipient = :recipient order by created_at")
			.param("recipient", recipient)
			.query(String.class)
			.list();
	}

	@SafeVarargs
	private static void atOnce(Callable<?>... tasks) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> done = new ArrayList<>();
			for (Callable<?> task : tasks) {
				done.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
