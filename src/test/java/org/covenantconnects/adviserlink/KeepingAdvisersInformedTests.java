package org.covenantconnects.adviserlink;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.Fixtures;
import org.covenantconnects.Fixtures.Organisation;
import org.covenantconnects.TestMailServer;
import org.covenantconnects.audit.AuditTrail;
import org.covenantconnects.identity.CurrentUser;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.supporter.Verification;
import org.covenantconnects.takeup.Sharing;
import org.covenantconnects.takeup.TakeUpId;
import org.covenantconnects.takeup.TakeUpReason;
import org.covenantconnects.takeup.TakeUpStatus;
import org.covenantconnects.takeup.TakeUps;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.covenantconnects.Fixtures.opportunity;
import static org.covenantconnects.SignedIn.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A linked adviser hears of every change to a young person's take-ups and of every
 * check-in, by email through a real mail server and on their pages, and sees nothing the
 * young person did not share with them; every look at the young person's progress is in
 * the young person's audit trail.
 */
@ConnectsTest
@AutoConfigureMockMvc
class KeepingAdvisersInformedTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Fixtures fixtures;

	@Autowired
	private AuditTrail auditTrail;

	@Autowired
	private TakeUps takeUps;

	@Autowired
	private Links links;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void aLinkedAdviserHearsOfEveryStatusChangeButNotWhatTheYoungPersonSharedWithTheOrganisation() throws Exception {
		Organisation joinery = this.fixtures.organisation("Rowan Joinery");
		CurrentUser organiser = joinery.member();
		OpportunityId job = this.fixtures.publish(joinery.id(), opportunity("Rowan joinery apprenticeship"));
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		CurrentUser sam = this.fixtures.adviser(Verification.VERIFIED);
		CurrentUser former = this.fixtures.adviser(Verification.VERIFIED);
		UUID link = this.fixtures.link(sam, jade);
		this.fixtures.link(former, jade);
		this.links.end(jade.id(), this.links.youngPeopleOf(former.id()).get(0).id());

		this.takeUps.apply(jade.id(), job, Set.of(Sharing.NAME), "A note only the organisation reads");
		String applied = TestMailServer.body(TestMailServer.awaitEmail(sam.getUsername(), "News about Jade: Applied"));
		assertThat(applied)
			.contains("\"Rowan joinery apprenticeship\"", "is now: Applied (changed by Jade)",
					"/supporter/young-people/" + link)
			.doesNotContain("A note only the organisation reads")
			.doesNotContain("Jade Test");

		TakeUpId takeUp = this.takeUps.mine(jade.id()).get(0).takeUp().id();
		this.takeUps.move(organiser.id(), takeUp, TakeUpStatus.OFFERED, null);
		assertThat(
				TestMailServer.body(TestMailServer.awaitEmail(sam.getUsername(), "News about Jade: Offered a place")))
			.contains("is now: Offered a place (changed by the organisation)");
		this.takeUps.move(organiser.id(), takeUp, TakeUpStatus.UNSUCCESSFUL, TakeUpReason.PLACES_FILLED);
		assertThat(TestMailServer.body(TestMailServer.awaitEmail(sam.getUsername(), "News about Jade: Not successful")))
			.doesNotContain(TakeUpReason.PLACES_FILLED.label());
		assertThat(TestMailServer.subjects(former.getUsername())).as("an adviser whose link ended hears nothing")
			.noneMatch((subject) -> subject.startsWith("News about"));

		this.mvc.perform(get("/supporter/young-people").with(as(sam)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not successful")))
			.andExpect(content().string(containsString("Rowan joinery apprenticeship")));
		this.mvc.perform(get("/supporter/young-people/" + link).with(as(sam)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Changed")));
		assertThat(this.auditTrail.aboutYou(jade.id())).as("each look by the adviser is in the young person's download")
			.extracting((view) -> view.viewerRole().label(), AuditTrail.RecordView::what)
			.contains(tuple("Supporter", "Listed among their adviser's young people"),
					tuple("Supporter", "Opened their progress as their adviser"));
	}

	@Test
	void aLinkedAdviserIsToldWhenTheYoungPersonIsAskedHowItIsGoingAndWhenTheyAnswer() throws Exception {
		Organisation kitchens = this.fixtures.organisation("Alder Kitchens");
		CurrentUser organiser = kitchens.member();
		OpportunityId job = this.fixtures.publish(kitchens.id(), opportunity("Alder chef apprenticeship"));
		CurrentUser jade = this.fixtures.careLeaver("Jade");
		CurrentUser sam = this.fixtures.adviser(Verification.VERIFIED);
		UUID link = this.fixtures.link(sam, jade);
		this.takeUps.apply(jade.id(), job, Set.of(), null);
		TakeUpId takeUp = this.takeUps.mine(jade.id()).get(0).takeUp().id();
		this.takeUps.move(organiser.id(), takeUp, TakeUpStatus.OFFERED, null);
		this.takeUps.move(organiser.id(), takeUp, TakeUpStatus.STARTED, null);
		this.jdbc.sql("update take_up set started_at = :at where id = :id")
			.param("at", java.sql.Timestamp.from(Instant.now().minus(100, ChronoUnit.DAYS)))
			.param("id", takeUp.value())
			.update();

		this.takeUps.sendCheckIns();
		String asked = TestMailServer
			.body(TestMailServer.awaitEmail(sam.getUsername(), "We asked Jade how it is going"));
		assertThat(asked).contains("\"Alder chef apprenticeship\"", "3 months ago", "Only Jade can answer",
				"/supporter/young-people/" + link);

		this.takeUps.answerCheckIn(jade.id(), takeUp, TakeUps.CheckInAnswer.STILL_THERE, null);
		assertThat(TestMailServer.body(TestMailServer.awaitEmail(sam.getUsername(), "News about Jade: Still going")))
			.contains("is now: Still going (changed by Jade)");
	}

}
