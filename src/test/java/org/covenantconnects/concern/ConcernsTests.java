package org.covenantconnects.concern;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.Fixtures.Organisation;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Opportunities;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.Status;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
 * Reporting a concern, signed in or not, with its limits; and the coordinators' queue:
 * triage, outcome, reply, taking the opportunity down and putting it back, each in the
 * concern's history.
 */
@ConnectsTest
@AutoConfigureMockMvc
class ConcernsTests {

	/** Each test reports from its own network address, so their limits do not meet. */
	private static final AtomicInteger NETWORK = new AtomicInteger(1);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private Concerns concerns;

	@Autowired
	private Opportunities opportunities;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void someoneSignedOutReportsAnOpportunityACoordinatorTriagesTakesItDownRepliesAndPutsItBack() throws Exception {
		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		Organisation organisation = this.fixtures.organisation("Concern Bakery");
		String title = "Evening shifts " + UUID.randomUUID();
		OpportunityId opportunity = this.fixtures.publish(organisation.id(), opportunity(title));
		RequestPostProcessor network = network();

		this.mvc.perform(get("/opportunities/" + opportunity))
			.andExpect(content().string(containsString("/opportunities/" + opportunity + "/report-concern")));
		this.mvc.perform(get("/opportunities/" + opportunity + "/report-concern"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Report a concern")))
			.andExpect(content().string(containsString("Email address (optional)")));

		// Nothing chosen, and an address with a slip: refused, and what was typed is
		// kept.
		this.mvc
			.perform(post("/opportunities/" + opportunity + "/report-concern").with(csrf())
				.with(network)
				.param("description", "They want me to work alone at night")
				.param("email", "reader.example.net"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Error: ")))
			.andExpect(content().string(containsString("Select what is wrong")))
			.andExpect(content().string(containsString("Enter an email address in the correct format")))
			.andExpect(content().string(containsString("They want me to work alone at night")))
			.andExpect(content().string(containsString("value=\"reader.example.net\"")));
		this.mvc
			.perform(post("/opportunities/" + opportunity + "/report-concern").with(csrf())
				.with(network)
				.param("kind", "UNSAFE")
				.param("description", "   ")
				.param("email", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tell us what is wrong")));
		this.mvc
			.perform(post("/opportunities/" + opportunity + "/report-concern").with(csrf())
				.with(network)
				.param("kind", "TAMPERED")
				.param("description", "Something"))
			.andExpect(content().string(containsString("Select what is wrong")));

		String reporter = Fixtures.uniqueEmail("reader");
		this.mvc
			.perform(post("/opportunities/" + opportunity + "/report-concern").with(csrf())
				.with(network)
				.param("kind", "UNSAFE")
				.param("description", "They want me to work alone at night")
				.param("email", reporter))
			.andExpect(redirectedUrl("/concern-reported"));
		this.mvc.perform(get("/concern-reported"))
			.andExpect(content().string(containsString("Your concern has been sent")));
		ConcernView concern = only(opportunity);
		assertThat(concern.status()).isEqualTo(ConcernStatus.NEW);
		assertThat(concern.kind()).isEqualTo(ConcernKind.UNSAFE);
		assertThat(concern.reporterEmail()).isEqualTo(reporter);
		assertThat(concern.reporterAccount()).isNull();

		MimeMessage told = TestMailServer.awaitEmail(coordinator.getUsername(), "A concern has been reported");
		assertThat(TestMailServer.body(told)).contains("/coordinator/concerns/" + concern.id())
			.doesNotContain("alone at night")
			.doesNotContain(title)
			.doesNotContain(reporter);

		this.mvc.perform(get("/coordinator/concerns").with(as(coordinator)))
			.andExpect(content().string(containsString(title)));
		this.mvc.perform(get("/coordinator/concerns/" + concern.id()).with(as(coordinator)))
			.andExpect(content().string(containsString("They want me to work alone at night")))
			.andExpect(content().string(containsString("/coordinator/opportunities/" + opportunity)))
			.andExpect(content().string(containsString(reporter)));

		// Triage: nothing changed is refused; moving it with a note is recorded.
		this.mvc
			.perform(post("/coordinator/concerns/" + concern.id() + "/triage").with(csrf())
				.with(as(coordinator))
				.param("status", "NEW")
				.param("note", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Write a note, or move the concern to another status")));
		this.mvc
			.perform(post("/coordinator/concerns/" + concern.id() + "/triage").with(csrf())
				.with(as(coordinator))
				.param("status", "IN_TRIAGE")
				.param("note", "Calling the organisation"))
			.andExpect(redirectedUrl("/coordinator/concerns/" + concern.id()));
		this.mvc.perform(get("/coordinator/concerns").param("status", "IN_TRIAGE").with(as(coordinator)))
			.andExpect(content().string(containsString(title)));

		// Taken down from the concern's page, with a reason; then put back.
		this.mvc
			.perform(post("/coordinator/concerns/" + concern.id() + "/take-down").with(csrf())
				.with(as(coordinator))
				.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter why it is being taken down")));
		this.mvc
			.perform(post("/coordinator/concerns/" + concern.id() + "/take-down").with(csrf())
				.with(as(coordinator))
				.param("reason", "Shifts are worked alone at night"))
			.andExpect(redirectedUrl("/coordinator/concerns/" + concern.id()));
		assertThat(this.opportunities.find(opportunity).orElseThrow().status()).isEqualTo(Status.TAKEN_DOWN);
		this.mvc.perform(get("/opportunities/" + opportunity)).andExpect(status().isGone());
		this.mvc.perform(post("/coordinator/concerns/" + concern.id() + "/put-back").with(csrf()).with(as(coordinator)))
			.andExpect(redirectedUrl("/coordinator/concerns/" + concern.id()));
		assertThat(this.opportunities.find(opportunity).orElseThrow().status()).isEqualTo(Status.PUBLISHED);

		// Closed with an outcome and a reply, which the reporter gets.
		this.mvc
			.perform(post("/coordinator/concerns/" + concern.id() + "/close").with(csrf())
				.with(as(coordinator))
				.param("reply", "We have looked into it"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Select the outcome")))
			.andExpect(content().string(containsString("We have looked into it")));
		this.mvc
			.perform(post("/coordinator/concerns/" + concern.id() + "/close").with(csrf())
				.with(as(coordinator))
				.param("outcome", "DETAILS_CORRECTED")
				.param("reply", "The organisation now supervises every shift."))
			.andExpect(redirectedUrl("/coordinator/concerns/" + concern.id()));
		MimeMessage reply = TestMailServer.awaitEmail(reporter, "Your concern about " + title);
		assertThat(TestMailServer.body(reply)).contains("The organisation now supervises every shift.");
		ConcernView closed = this.concerns.find(concern.id()).orElseThrow();
		assertThat(closed.status()).isEqualTo(ConcernStatus.CLOSED);
		assertThat(closed.outcome()).isEqualTo(ConcernOutcome.DETAILS_CORRECTED);

		List<ConcernEvent> history = this.concerns.history(concern.id());
		assertThat(history).extracting(ConcernEvent::what)
			.containsExactly("Reported", "Status changed", "Note", "Opportunity taken down", "Opportunity put back",
					"Closed", "Reply sent to the reporter");
		assertThat(history.subList(1, history.size())).extracting(ConcernEvent::byName)
			.containsOnly(coordinator.displayName());
		assertThat(history.get(0).byName()).isEqualTo("The reporter, not signed in");
		this.mvc.perform(get("/coordinator/concerns/" + concern.id()).with(as(coordinator)))
			.andExpect(content().string(containsString("Shifts are worked alone at night")))
			.andExpect(content().string(containsString("The details were corrected")))
			.andExpect(content().string(not(containsString("Close the concern"))));
		assertThatThrownBy(() -> this.jdbc.sql("delete from concern_event where concern_id = :id")
			.param("id", concern.id().value())
			.update()).rootCause().hasMessageContaining("permission denied for table concern_event");

		// An administrator reads, without the forms.
		this.mvc.perform(get("/coordinator/concerns/" + concern.id()).with(as(this.fixtures.staff(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Take it down"))));
	}

	@Test
	void someoneSignedInReportsAnOrganisationAndTheirAccountIsRecordedInsteadOfAnAddress() throws Exception {
		Organisation organisation = this.fixtures.organisation("Concern Organisation");
		String slug = slugOf(organisation);
		CurrentUser careLeaver = this.fixtures.careLeaver("Ash");
		this.mvc.perform(get("/signatories/" + slug))
			.andExpect(content().string(containsString("/signatories/" + slug + "/report-concern")));
		this.mvc.perform(get("/signatories/" + slug + "/report-concern").with(as(careLeaver)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Email address (optional)"))));
		this.mvc
			.perform(post("/signatories/" + slug + "/report-concern").with(csrf())
				.with(as(careLeaver))
				.with(network())
				.param("kind", "SCAM")
				.param("description", "Someone from them asked me for money")
				.param("email", "ignored@example.net"))
			.andExpect(redirectedUrl("/concern-reported"));
		ConcernView concern = this.concerns.withStatus(ConcernStatus.NEW, 0, 10_000)
			.stream()
			.filter((c) -> c.signatory().equals(organisation.id()))
			.findFirst()
			.orElseThrow();
		assertThat(concern.isAboutOpportunity()).isFalse();
		assertThat(concern.reporterAccount()).isEqualTo(careLeaver.id());
		assertThat(concern.reporterEmail()).isNull();
		assertThat(this.concerns.history(concern.id()).get(0).byName()).isEqualTo("The reporter, signed in");

		CurrentUser coordinator = this.fixtures.staff(Role.COORDINATOR);
		this.mvc
			.perform(post("/coordinator/concerns/" + concern.id() + "/close").with(csrf())
				.with(as(coordinator))
				.param("outcome", "REFERRED")
				.param("reply", "We passed what you told us to the police."))
			.andExpect(redirectedUrl("/coordinator/concerns/" + concern.id()));
		assertThat(TestMailServer
			.body(TestMailServer.awaitEmail(careLeaver.getUsername(), "Your concern about " + organisation.name())))
			.contains("We passed what you told us to the police.");

		this.mvc.perform(get("/signatories/no-such-organisation/report-concern")).andExpect(status().isNotFound());
		this.mvc.perform(get("/opportunities/" + UUID.randomUUID() + "/report-concern"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/coordinator/concerns/" + UUID.randomUUID()).with(as(coordinator)))
			.andExpect(status().isNotFound());
	}

	@Test
	void reportsAreLimitedPerNetworkAndPerAccountWithAClearMessage() throws Exception {
		Organisation organisation = this.fixtures.organisation("Concern Limits");
		OpportunityId opportunity = this.fixtures.publish(organisation.id(),
				opportunity("Limits " + UUID.randomUUID()));
		RequestPostProcessor network = network();
		for (int i = 0; i < 5; i++) {
			report(opportunity, network, null).andExpect(redirectedUrl("/concern-reported"));
		}
		report(opportunity, network, null).andExpect(status().isOk())
			.andExpect(content().string(containsString("You have reported 5 concerns in the last hour")))
			.andExpect(content().string(containsString("Report number")));

		CurrentUser someone = this.fixtures.careLeaver("Lee");
		for (int i = 0; i < 5; i++) {
			report(opportunity, network(), someone).andExpect(redirectedUrl("/concern-reported"));
		}
		report(opportunity, network(), someone).andExpect(status().isOk())
			.andExpect(content().string(containsString("You have reported 5 concerns in the last hour")));
	}

	private org.springframework.test.web.servlet.ResultActions report(OpportunityId opportunity,
			RequestPostProcessor network, CurrentUser user) throws Exception {
		var request = post("/opportunities/" + opportunity + "/report-concern").with(csrf())
			.with(network)
			.param("kind", "OTHER")
			.param("description", "Report number");
		if (user != null) {
			request = request.with(as(user));
		}
		return this.mvc.perform(request);
	}

	private ConcernView only(OpportunityId opportunity) {
		List<ConcernView> found = this.concerns.withStatus(ConcernStatus.NEW, 0, 10_000)
			.stream()
			.filter((c) -> opportunity.equals(c.opportunity()))
			.toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private String slugOf(Organisation organisation) {
		return this.jdbc.sql("select slug from signatory where id = :id")
			.param("id", organisation.id().value())
			.query(String.class)
			.single();
	}

	private static RequestPostProcessor network() {
		String address = "10.26." + NETWORK.get() / 200 + "." + NETWORK.getAndIncrement() % 200;
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
