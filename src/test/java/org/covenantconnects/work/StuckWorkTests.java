package org.covenantconnects.work;

import java.time.Duration;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.takeup.CheckInDue;
import org.covenantconnects.takeup.TakeUpId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators see work that failed every retry, and run it again: once, audited, and
 * only with the form's token.
 */
@ConnectsTest
@AutoConfigureMockMvc
class StuckWorkTests {

	private static final String CHECK_IN_LISTENER = "org.covenantconnects.adviserlink.internal.AdviserAlerts.on("
			+ CheckInDue.class.getName() + ")";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private EventSerializer serializer;

	@Test
	void workGivenUpOnIsShownToAdministratorsWhoRunItAgainAndTheirActionIsAudited() throws Exception {
		CurrentUser admin = this.fixtures.staff(Role.ADMIN);
		UUID publication = givenUp();

		this.mvc.perform(get("/admin/stuck-work").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("AdviserAlerts.on(CheckInDue)")))
			.andExpect(content().string(containsString("Given up after 5 attempts")))
			.andExpect(content().string(containsString("/admin/stuck-work/" + publication)));

		this.mvc.perform(post("/admin/stuck-work/" + publication).with(as(admin))).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/stuck-work/" + publication).with(as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/stuck-work"))
			.andExpect(flash().attribute("ranAgain", true));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("select count(*) from event_publication where id = :id")
				.param("id", publication)
				.query(Integer.class)
				.single() == 0);
		assertThat(this.jdbc.sql("select detail from admin_action where admin_account_id = :a and action = :w")
			.param("a", admin.id().value())
			.param("w", "Ran stuck work again")
			.query(String.class)
			.list()).singleElement().asString().contains("AdviserAlerts.on(CheckInDue)", publication.toString());
		this.mvc.perform(get("/admin/stuck-work").with(as(admin)))
			.andExpect(content().string(not(containsString(publication.toString()))));
	}

	@Test
	void onlyFailedWorkCanBeRunAgain() throws Exception {
		CurrentUser admin = this.fixtures.staff(Role.ADMIN);
		this.mvc.perform(post("/admin/stuck-work/" + UUID.randomUUID()).with(as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/stuck-work"))
			.andExpect(flash().attribute("ranAgain", false));
	}

	/** Work whose every attempt failed: a check-in whose listener failed five times. */
	private UUID givenUp() {
		UUID id = UUID.randomUUID();
		CheckInDue event = new CheckInDue(new TakeUpId(UUID.randomUUID()), new AccountId(UUID.randomUUID()),
				new OpportunityId(UUID.randomUUID()), 6);
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				  completion_attempts, last_resubmission_date)
				values (:id, :listener, :type, :event, clock_timestamp() - interval '1 hour', 'FAILED', 5,
				  clock_timestamp() - interval '20 minutes')
				""")
			.param("id", id)
			.param("listener", CHECK_IN_LISTENER)
			.param("type", CheckInDue.class.getName())
			.param("event", this.serializer.serialize(event).toString())
			.update();
		return id;
	}

}
