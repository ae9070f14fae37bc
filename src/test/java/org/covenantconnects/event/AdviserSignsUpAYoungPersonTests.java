package org.covenantconnects.event;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.supporter.Verification;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * In the event module's package so that it runs after the browser classes, whose demo
 * data expects no events before it starts. A linked adviser signs a young person up for
 * an event for care leavers, as with referrals: the young person is emailed and nothing
 * is booked until they say yes; then they get a place or wait, and the adviser is emailed
 * the answer. Only a linked adviser, only events for care leavers, and only the young
 * person answers.
 */
@ConnectsTest
@AutoConfigureMockMvc
class AdviserSignsUpAYoungPersonTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Events events;

	@Autowired
	private SignUpRequests requests;

	@Test
	void theYoungPersonSaysYesAndWaitsForAPlaceOrNoThanksAndTheAdviserIsTold() throws Exception {
		CurrentUser adviser = this.fixtures.adviser(Verification.VERIFIED);
		CurrentUser young = this.fixtures.careLeaver("Nia Adviser-Asked");
		UUID link = this.fixtures.link(adviser, young);
		CurrentUser someoneElse = this.fixtures.careLeaver("Ola Not-Asked");
		Event full = event(1, List.of(Audience.CARE_LEAVERS));
		Event roomy = event(10, List.of(Audience.CARE_LEAVERS, Audience.SUPPORTERS));
		Event forSupporters = event(10, List.of(Audience.SUPPORTERS));

		this.mvc.perform(get("/supporter/young-people/" + link).with(as(adviser)))
			.andExpect(content().string(allOf(containsString("Sign them up for an event"), containsString(title(full)),
					not(containsString(title(forSupporters))))));
		// only events for care leavers, and one must be chosen
		for (String choice : List.of("", forSupporters.id().toString(), "not-an-event")) {
			this.mvc
				.perform(post("/supporter/young-people/" + link + "/events").param("event", choice)
					.with(as(adviser))
					.with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Select the event to sign them up for")));
		}
		// only for a young person linked with them
		CurrentUser otherAdviser = this.fixtures.adviser(Verification.VERIFIED);
		this.mvc
			.perform(post("/supporter/young-people/" + link + "/events").param("event", full.id().toString())
				.with(as(otherAdviser))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.requests.waitingFor(young.id())).isEmpty();

		this.mvc
			.perform(post("/supporter/young-people/" + link + "/events").param("event", full.id().toString())
				.with(as(adviser))
				.with(csrf()))
			.andExpect(redirectedUrl("/supporter/young-people/" + link));
		TestMailServer.awaitEmail(young.getUsername(), "Test Adviser would like to sign you up for " + title(full));
		assertThat(this.events.signUpOf(full.id(), young.id())).as("nothing is booked before they say yes").isEmpty();
		SignUpRequest request = this.requests.waitingFor(young.id()).get(0);
		// asking again waits for the same answer
		assertThat(this.requests.ask(full.id(), young.id(), adviser.id(), "Test Adviser")).isFalse();
		this.mvc.perform(get("/supporter/young-people/" + link).with(as(adviser)))
			.andExpect(content().string(containsString("Waiting for them to say yes or no")));

		// only the young person sees and answers it
		this.mvc.perform(get("/event-requests/" + request.id()).with(as(someoneElse))).andExpect(status().isNotFound());
		this.mvc.perform(post("/event-requests/" + request.id() + "/yes").with(as(someoneElse)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/my-events").with(as(young)))
			.andExpect(content().string(containsString("Test Adviser would like to sign you up for " + title(full))));

		// the only place goes to someone else first: saying yes puts them on the waiting
		// list
		assertThat(this.events.signUp(full.id(), someoneElse.id(), Role.CARE_LEAVER)).isEqualTo(SignUpStatus.PLACE);
		this.mvc.perform(get("/event-requests/" + request.id()).with(as(young)))
			.andExpect(content().string(allOf(containsString("Test Adviser, who helps you, would like to sign you up"),
					containsString("Full: if you say yes, you go on the waiting list"))));
		this.mvc.perform(post("/event-requests/" + request.id() + "/yes").with(as(young)).with(csrf()))
			.andExpect(redirectedUrl("/events/" + full.id()));
		assertThat(this.events.signUpOf(full.id(), young.id()))
			.hasValueSatisfying((signUp) -> assertThat(signUp.status()).isEqualTo(SignUpStatus.WAITING));
		TestMailServer.awaitEmail(adviser.getUsername(),
				"Nia Adviser-Asked said yes and is on the waiting list for " + title(full));
		this.mvc.perform(get("/supporter/young-people/" + link).with(as(adviser)))
			.andExpect(content().string(containsString("They said yes and are on the waiting list")));
		// answering again changes nothing
		this.mvc.perform(post("/event-requests/" + request.id() + "/no").with(as(young)).with(csrf()))
			.andExpect(redirectedUrl("/my-events"));
		assertThat(this.events.signUpOf(full.id(), young.id())).isPresent();

		// no thanks: nothing is booked, and the adviser is told
		this.mvc
			.perform(post("/supporter/young-people/" + link + "/events").param("event", roomy.id().toString())
				.with(as(adviser))
				.with(csrf()))
			.andExpect(redirectedUrl("/supporter/young-people/" + link));
		SignUpRequest second = this.requests.waitingFor(young.id()).get(0);
		this.mvc.perform(post("/event-requests/" + second.id() + "/no").with(as(young)).with(csrf()))
			.andExpect(redirectedUrl("/my-events"));
		assertThat(this.events.signUpOf(roomy.id(), young.id())).isEmpty();
		TestMailServer.awaitEmail(adviser.getUsername(), "Nia Adviser-Asked said no thanks to " + title(roomy));
		this.mvc.perform(get("/supporter/young-people/" + link).with(as(adviser)))
			.andExpect(content().string(containsString("They said no thanks")));
	}

	private Event event(int places, List<Audience> audiences) {
		Instant start = Instant.now().plus(Duration.ofDays(12)).truncatedTo(ChronoUnit.HOURS);
		String title = "Careers in the fire service " + UUID.randomUUID().toString().substring(0, 8);
		return this.events.create(
				new EventDetails(title, "Meet firefighters and control room staff.", EventKind.CAREER_PATH_SESSION,
						audiences, start, start.plus(Duration.ofHours(2)), false, "Manchester Central Fire Station",
						"Thompson Street, Manchester M4 5FP", null, Fixtures.NORTH_WEST, places, "Step-free", true),
				this.fixtures.staff(Role.COORDINATOR).id());
	}

	private static String title(Event event) {
		return event.details().title();
	}

}
