package org.covenantconnects.institution;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.event.Audience;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.event.Events;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.institution.InstitutionFigures.EventsAttended;
import org.covenantconnects.places.RegionCode;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The events an institution's care leavers came to, in its own figures: counted from the
 * attendance organisers marked, only for care leavers whose college answer is the
 * institution, cancelled events left out, and each count under 5 shown as "fewer than 5"
 * on its contact's page.
 */
@ConnectsTest
@AutoConfigureMockMvc
class InstitutionEventFiguresTests {

	private static final RegionCode NORTH_EAST = new RegionCode("E12000001");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Institutions institutions;

	@Autowired
	private InstitutionFigures figures;

	@Autowired
	private Events events;

	@Autowired
	private Accounts accounts;

	@Autowired
	private Supporters supporters;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theEventsItsCareLeaversCameToAreCountedAndSmallCountsHidden() throws Exception {
		String domain = "e" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		Institution own = this.institutions.add(new InstitutionDetails(unique("Hexham College"), InstitutionKind.FE,
				null, NORTH_EAST, Area.NORTH, null, List.of(domain)), null);
		Institution other = this.institutions.add(new InstitutionDetails(unique("Morpeth College"), InstitutionKind.FE,
				null, NORTH_EAST, Area.NORTH, null, List.of()), null);
		CurrentUser staff = collegeStaff("figures@" + domain);
		String page = "/supporter/institutions/" + own.slug() + "/figures";

		AccountId ana = goingTo(own.name());
		AccountId bo = goingTo(own.name().toUpperCase(Locale.ROOT));
		AccountId cy = goingTo(own.name());
		AccountId dee = goingTo(own.name());
		AccountId eli = goingTo(own.name());
		AccountId elsewhere = goingTo(other.name());
		AccountId sixthForm = goingTo(own.name() + " Sixth Form");
		AccountId noCollege = this.fixtures.careLeaver("Noor").id();

		// Nothing yet
		assertThat(this.figures.eventsAttended(own.name())).isEqualTo(new EventsAttended(0, 0));
		this.mvc.perform(get(page).with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Events attended")))
			.andExpect(content().string(containsString("id=\"events-attendances\">fewer than 5<")))
			.andExpect(content().string(containsString("id=\"events-attended-by\">fewer than 5<")));

		// The first event: Ana, Bo and Cy came; Dee had a place and did not come; others'
		// care leavers came too
		event(List.of(ana, bo, cy, dee, elsewhere, sixthForm, noCollege),
				List.of(ana, bo, cy, elsewhere, sixthForm, noCollege));
		assertThat(this.figures.eventsAttended(own.name())).isEqualTo(new EventsAttended(3, 3));
		assertThat(this.figures.eventsAttended(other.name())).isEqualTo(new EventsAttended(1, 1));
		this.mvc.perform(get(page).with(as(staff)))
			.andExpect(content().string(containsString("id=\"events-attendances\">fewer than 5<")))
			.andExpect(content().string(containsString("id=\"events-attended-by\">fewer than 5<")));

		// A cancelled event Dee and Eli came to counts for nothing
		Event cancelled = event(List.of(dee, eli), List.of(dee, eli));
		this.events.cancel(cancelled.id());
		assertThat(this.figures.eventsAttended(own.name())).isEqualTo(new EventsAttended(3, 3));

		// The second event: Ana and Bo came again, so 5 attendances by 3 care leavers
		event(List.of(ana, bo, elsewhere), List.of(ana, bo, elsewhere));
		assertThat(this.figures.eventsAttended(own.name())).isEqualTo(new EventsAttended(5, 3));
		this.mvc.perform(get(page).with(as(staff)))
			.andExpect(content().string(containsString("id=\"events-attendances\">5<")))
			.andExpect(content().string(containsString("id=\"events-attended-by\">fewer than 5<")));

		// The third event: Dee and Eli came, so 7 attendances by 5 care leavers
		event(List.of(dee, eli), List.of(dee, eli));
		assertThat(this.figures.eventsAttended(own.name())).isEqualTo(new EventsAttended(7, 5));
		assertThat(this.figures.eventsAttended(other.name())).isEqualTo(new EventsAttended(2, 1));
		this.mvc.perform(get(page).with(as(staff)))
			.andExpect(content().string(containsString("id=\"events-attendances\">7<")))
			.andExpect(content().string(containsString("id=\"events-attended-by\">5<")));

		// Another institution's contact never sees them
		this.mvc.perform(get("/supporter/institutions/" + other.slug() + "/figures").with(as(staff)))
			.andExpect(status().isNotFound());
	}

	/** An event the people signed up to; the organiser marks who came. */
	private Event event(List<AccountId> signedUp, List<AccountId> came) {
		Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
		Event event = this.events.create(new EventDetails("Careers in engineering " + UUID.randomUUID(),
				"Meet engineers and apprentices.", EventKind.CAREER_PATH_SESSION, List.of(Audience.CARE_LEAVERS), start,
				start.plus(Duration.ofHours(2)), false, "Hexham Library", "Queen's Hall, Hexham NE46 3LS", null,
				NORTH_EAST, 10, null, false), this.fixtures.staff(Role.COORDINATOR).id());
		for (AccountId who : signedUp) {
			this.events.signUp(event.id(), who, Role.CARE_LEAVER);
		}
		this.events.markAttendance(event.id(), came);
		return event;
	}

	private AccountId goingTo(String answer) {
		AccountId young = this.fixtures.careLeaver("Robin").id();
		this.jdbc.sql("update care_leaver set institution = :name where account_id = :id")
			.param("name", answer)
			.param("id", young.value())
			.update();
		return young;
	}

	private CurrentUser collegeStaff(String email) {
		AccountId account = this.accounts.createDemoAccount("College Tutor", email, Fixtures.PASSWORD, Role.SUPPORTER);
		this.supporters.createDemoSupporter(
				account, new NewSupporter("College Tutor", SupporterRole.COLLEGE_STAFF,
						OrganisationType.COLLEGE_OR_UNIVERSITY, "A college", Fixtures.MANCHESTER, email),
				Verification.VERIFIED);
		return new CurrentUser(account, email, "College Tutor", Role.SUPPORTER);
	}

	private static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

}
