package org.covenantconnects.event;

import java.time.LocalDate;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
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
 * Events a signatory organisation proposes for its own audience, against the real
 * database and mail server: the form's error summary keeps what was typed; a proposed
 * event is shown to no one, and no one signs up, until a coordinator approves it; a
 * coordinator returns one with reasons the organisation reads in an email and on its
 * list, and it comes back for review when changed; another organisation never sees or
 * changes it; an organisation proposes neither a network meeting nor an event for staff.
 */
@ConnectsTest
@AutoConfigureMockMvc
class OrganisedEventsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Events events;

	@Test
	void aProposedEventIsShownOnlyOnceACoordinatorApprovesItAfterItWasReturnedAndChanged() throws Exception {
		Fixtures.Organisation bakery = this.fixtures.organisation("Riverside Bakery");
		Fixtures.Organisation other = this.fixtures.organisation("Hilltop Builders");
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		CurrentUser careLeaver = this.fixtures.careLeaver("Maya");

		this.mvc
			.perform(post("/organisation/events/new").with(as(bakery.member()))
				.with(csrf())
				.param("title", "Bake your first loaf")
				.param("kind", "NETWORK_MEETING")
				.param("audiences", "STAFF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Select what kind of event it is")))
			.andExpect(content().string(containsString("Select who the event is for")))
			.andExpect(content().string(containsString("value=\"Bake your first loaf\"")));
		String title = "Bake your first loaf " + UUID.randomUUID().toString().substring(0, 6);
		this.mvc.perform(propose(post("/organisation/events/new"), bakery.member(), title))
			.andExpect(redirectedUrl("/organisation/events"));
		Event proposed = this.events.ofOrganisation(bakery.id().value()).get(0);
		assertThat(proposed.review()).isEqualTo(Review.WAITING);
		assertThat(proposed.organiser()).isEqualTo(bakery.member().id());

		this.mvc.perform(get("/events/" + proposed.id())).andExpect(status().isNotFound());
		this.mvc.perform(get("/events")).andExpect(content().string(not(containsString(title))));
		assertThatExceptionOfType(Events.SignUpClosedException.class)
			.isThrownBy(() -> this.events.signUp(proposed.id(), careLeaver.id(), Role.CARE_LEAVER));
		this.mvc.perform(get("/organisation/events").with(as(other.member())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(title))));
		this.mvc.perform(get("/organisation/events/" + proposed.id() + "/edit").with(as(other.member())))
			.andExpect(status().isNotFound());
		this.mvc.perform(propose(post("/organisation/events/" + proposed.id() + "/edit"), other.member(), "Taken over"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/coordinator/events").with(as(coordinator)))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString(bakery.name())));

		this.mvc.perform(post("/coordinator/events/" + proposed.id() + "/return").with(as(coordinator)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the reasons the organisation will see")));
		this.mvc
			.perform(post("/coordinator/events/" + proposed.id() + "/return").with(as(coordinator))
				.with(csrf())
				.param("reason", "Say who the bakers are and whether ingredients are paid for."))
			.andExpect(redirectedUrl("/coordinator/events"));
		assertThat(TestMailServer.body(TestMailServer.awaitEmail(bakery.member().getUsername(), "Returned: " + title)))
			.contains("Say who the bakers are");
		this.mvc.perform(get("/organisation/events").with(as(bakery.member())))
			.andExpect(content().string(containsString("Returned: Say who the bakers are")));
		this.mvc.perform(propose(post("/organisation/events/" + proposed.id() + "/edit"), bakery.member(), title))
			.andExpect(redirectedUrl("/organisation/events"));
		assertThat(this.events.find(proposed.id()).orElseThrow().review()).isEqualTo(Review.WAITING);

		this.mvc.perform(post("/coordinator/events/" + proposed.id() + "/approve").with(as(coordinator)).with(csrf()))
			.andExpect(redirectedUrl("/coordinator/events/" + proposed.id()));
		TestMailServer.awaitEmail(bakery.member().getUsername(), "Published: " + title);
		this.mvc.perform(get("/events/" + proposed.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		assertThat(this.events.signUp(proposed.id(), careLeaver.id(), Role.CARE_LEAVER)).isEqualTo(SignUpStatus.PLACE);
		this.mvc.perform(get("/organisation/events/" + proposed.id() + "/edit").with(as(bakery.member())))
			.andExpect(status().isNotFound());
	}

	private static MockHttpServletRequestBuilder propose(MockHttpServletRequestBuilder request, CurrentUser member,
			String title) {
		LocalDate day = LocalDate.now(EventTimes.UK).plusDays(20);
		return request.with(as(member))
			.with(csrf())
			.param("title", title)
			.param("description", "Our bakers show you how to bake bread and talk about apprenticeships.")
			.param("kind", "WORKSHOP")
			.param("audiences", "CARE_LEAVERS")
			.param("date.day", String.valueOf(day.getDayOfMonth()))
			.param("date.month", String.valueOf(day.getMonthValue()))
			.param("date.year", String.valueOf(day.getYear()))
			.param("startTime", "10am")
			.param("endTime", "1pm")
			.param("format", "IN_PERSON")
			.param("venue", "Riverside Bakery")
			.param("venueAddress", "1 Mill Lane, Salford M5 4AB")
			.param("region", Fixtures.NORTH_WEST.value())
			.param("capacity", "8")
			.param("travelPaid", "yes");
	}

}
