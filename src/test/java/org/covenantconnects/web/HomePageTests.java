package org.covenantconnects.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.event.Audience;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventDetails;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.event.Events;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page shows what is on without the menu: a search box, the newest opportunities
 * and the next events; a signed-in care leaver's For you comes first.
 */
@ConnectsTest
@AutoConfigureMockMvc
class HomePageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Events events;

	@Test
	void aNewcomerSeesASearchBoxTheNewestOpportunitiesAndTheNextEvents() throws Exception {
		String title = "Barista apprenticeship " + UUID.randomUUID().toString().substring(0, 8);
		this.fixtures.publish(this.fixtures.organisation("Harbour Coffee").id(), Fixtures.opportunity(title),
				Instant.now());
		Instant start = Instant.now().plus(Duration.ofMinutes(5));
		this.events.create(new EventDetails("Drop-in " + UUID.randomUUID().toString().substring(0, 8),
				"Come and ask anything.", EventKind.OTHER, List.of(Audience.CARE_LEAVERS), start,
				start.plus(Duration.ofHours(1)), false, "Manchester Central Library", "St Peter's Square, Manchester",
				null, Fixtures.NORTH_WEST, 20, null, false), this.fixtures.staff(Role.COORDINATOR).id());
		Event next = this.events.upcoming(null, null, null).get(0);

		String page = this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("action=\"/opportunities\""),
					containsString("name=\"q\" type=\"search\""), containsString("Newest opportunities"),
					containsString(title), containsString("Next events"), containsString(next.details().title()))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("Search opportunities")).isLessThan(page.indexOf("Newest opportunities"));
		assertThat(page.indexOf("Newest opportunities")).isLessThan(page.indexOf("Hear about the offers that fit you"));
		assertThat(page).doesNotContain("id=\"for-you\"").contains("<meta name=\"description\" content=\"Find jobs");
	}

	@Test
	void aSignedInCareLeaverSeesTheirForYouFirst() throws Exception {
		CurrentUser careLeaver = this.fixtures.careLeaver("Kai");
		String title = "Apprenticeship in bike repair " + UUID.randomUUID().toString().substring(0, 8);
		this.fixtures.publish(this.fixtures.organisation("Spokes").id(), Fixtures.opportunity(title), Instant.now());
		String page = this.mvc.perform(get("/").with(as(careLeaver)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"for-you\"", title, "See everything for you");
		assertThat(page.indexOf("id=\"for-you\"")).isLessThan(page.indexOf("Search opportunities"));
		assertThat(page.indexOf("Search opportunities")).isLessThan(page.indexOf("Newest opportunities"));
	}

}
