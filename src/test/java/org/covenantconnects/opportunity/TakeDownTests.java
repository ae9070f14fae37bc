package org.covenantconnects.opportunity;

import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.Fixtures.Organisation;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.alert.Subscriptions;
import org.covenantconnects.alert.internal.FanOut;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.covenantconnects.Fixtures.MANCHESTER;
import static org.covenantconnects.Fixtures.NORTH_WEST;
import static org.covenantconnects.Fixtures.opportunity;
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
 * A coordinator takes a published opportunity down: it leaves every place published
 * opportunities are listed, its page says it is no longer available, its organisation
 * sees the reason and is emailed; put back, it is listed again.
 */
@ConnectsTest
@AutoConfigureMockMvc
class TakeDownTests {

	private static final String REASON = "It asks young people to pay for their own uniform.";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Opportunities opportunities;

	@Autowired
	private FanOut fanOut;

	@Autowired
	private Subscriptions subscriptions;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aTakenDownOpportunityLeavesEveryListAndComesBackWhenPutBack() throws Exception {
		Organisation organisation = this.fixtures.organisation("Take Down Bakery");
		String word = "Zephyrquill" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 6);
		String title = "Bakery apprenticeship " + word;
		OpportunityId id = this.fixtures.publish(organisation.id(), opportunity(title));
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		CurrentUser youngPerson = this.fixtures.careLeaver("Kit");
		this.subscriptions.createDefaults(youngPerson.id());
		FitCriteria fit = new FitCriteria(20, NORTH_WEST, MANCHESTER, Set.of(OpportunityType.APPRENTICESHIP), Set.of());
		assertListedEverywhere(id, word, title, organisation, fit, true);

		this.mvc
			.perform(post("/coordinator/opportunities/" + id + "/take-down").with(csrf())
				.with(as(coordinator))
				.param("reason", REASON))
			.andExpect(redirectedUrl("/coordinator/opportunities/" + id));

		assertListedEverywhere(id, word, title, organisation, fit, false);
		this.mvc.perform(get("/opportunities/" + id))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This opportunity is no longer available")))
			.andExpect(content().string(not(containsString(REASON))));
		this.mvc.perform(get("/api/opportunities/" + id)).andExpect(status().isNotFound());
		assertThat(this.fanOut.fanOut(id)).as("no alert is made for it").isZero();
		this.mvc.perform(get("/opportunities/" + id + "/report-concern")).andExpect(status().isNotFound());

		this.mvc.perform(get("/organisation/opportunities").with(as(organisation.member())))
			.andExpect(content().string(containsString("Taken down by the Covenant team")))
			.andExpect(content().string(containsString(REASON)));
		this.mvc.perform(get("/organisation/opportunities/" + id).with(as(organisation.member())))
			.andExpect(content().string(containsString("Taken down by the Covenant team")))
			.andExpect(content().string(containsString(REASON)))
			.andExpect(content().string(not(containsString("/close"))));
		MimeMessage told = TestMailServer.awaitEmail(organisation.member().getUsername(),
				"Your opportunity has been taken down");
		assertThat(TestMailServer.body(told)).contains(title).contains(REASON);
		assertThatIllegalStateException().isThrownBy(() -> this.opportunities.close(organisation.member().id(), id));
		this.mvc.perform(get("/coordinator/opportunities").with(as(coordinator)))
			.andExpect(content().string(containsString(title)));

		this.mvc.perform(post("/coordinator/opportunities/" + id + "/put-back").with(csrf()).with(as(coordinator)))
			.andExpect(redirectedUrl("/coordinator/opportunities/" + id));
		assertListedEverywhere(id, word, title, organisation, fit, true);
		assertThat(this.opportunities.find(id).orElseThrow().status()).isEqualTo(Status.PUBLISHED);
		TestMailServer.awaitEmail(organisation.member().getUsername(), "Your opportunity is back");
		this.mvc.perform(get("/organisation/opportunities/" + id).with(as(organisation.member())))
			.andExpect(content().string(not(containsString("Taken down by the Covenant team"))));
	}

	@Test
	void aReasonIsNeededAndOnlyAPublishedOrClosedOpportunityCanBeTakenDown() throws Exception {
		Organisation organisation = this.fixtures.organisation("Take Down Reasons");
		OpportunityId id = this.fixtures.publish(organisation.id(), opportunity("Reasons needed " + UUID.randomUUID()));
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc
			.perform(post("/coordinator/opportunities/" + id + "/take-down").with(csrf())
				.with(as(coordinator))
				.param("reason", "   "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter why it is being taken down")))
			.andExpect(content().string(containsString("<title>Error: ")));
		assertThat(this.opportunities.find(id).orElseThrow().status()).isEqualTo(Status.PUBLISHED);

		assertThatIllegalStateException().as("only a taken-down opportunity is put back")
			.isThrownBy(() -> this.opportunities.putBack(id));
		this.opportunities.takeDown(id, REASON, coordinator.id());
		assertThatIllegalStateException().as("not twice")
			.isThrownBy(() -> this.opportunities.takeDown(id, REASON, coordinator.id()));
		this.mvc
			.perform(post("/coordinator/opportunities/" + id + "/take-down").with(csrf())
				.with(as(coordinator))
				.param("reason", REASON))
			.andExpect(redirectedUrl("/coordinator/opportunities/" + id))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", "Only a published or closed opportunity can be taken down"));
	}

	private void assertListedEverywhere(OpportunityId id, String word, String title, Organisation organisation,
			FitCriteria fit, boolean listed) throws Exception {
		boolean inSearch = this.opportunities
			.search(new SearchCriteria(word, null, null, Set.of(), Set.of(), Set.of(), false, false, false,
					SearchSort.RELEVANCE, 1, 20))
			.items()
			.stream()
			.anyMatch((o) -> o.id().equals(id));
		assertThat(inSearch).as("search").isEqualTo(listed);
		assertThat(this.opportunities.forYou(fit, 1, 10_000).items().stream().anyMatch((o) -> o.id().equals(id)))
			.as("For you")
			.isEqualTo(listed);
		assertThat(this.opportunities.recommendedFor(fit, 100_000).best().stream().anyMatch((o) -> o.id().equals(id)))
			.as("matching")
			.isEqualTo(listed);
		assertThat(this.opportunities.openOf(organisation.id()).stream().anyMatch((o) -> o.id().equals(id)))
			.as("the directory")
			.isEqualTo(listed);
		assertThat(this.opportunities.openCounts().containsKey(organisation.id())).as("directory counts")
			.isEqualTo(listed);
		String page = this.mvc.perform(get("/opportunities").param("q", word))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.contains(title)).as("the search page").isEqualTo(listed);
		String api = this.mvc.perform(get("/api/opportunities").param("q", word))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(api.contains(id.value().toString())).as("the search API").isEqualTo(listed);
		String directory = this.mvc.perform(get("/signatories/" + slugOf(organisation)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(directory.contains(title)).as("the directory page").isEqualTo(listed);
	}

	private String slugOf(Organisation organisation) {
		return this.jdbc.sql("select slug from signatory where id = :id")
			.param("id", organisation.id().value())
			.query(String.class)
			.single();
	}

}
