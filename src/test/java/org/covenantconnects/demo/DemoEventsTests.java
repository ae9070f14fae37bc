package org.covenantconnects.demo;

import java.time.Clock;
import java.util.List;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.event.Event;
import org.covenantconnects.event.EventKind;
import org.covenantconnects.event.Events;
import org.covenantconnects.event.MyEvent;
import org.covenantconnects.event.SignUpRequests;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Accounts;
import org.covenantconnects.identity.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo events, made inside a transaction that is rolled back: a career-path session
 * with 2 places, one the demo care leaver's; a full workshop with someone waiting; an
 * online session; a network meeting; made once however often it runs.
 */
@ConnectsTest
@Transactional
class DemoEventsTests {

	@Autowired
	private Events events;

	@Autowired
	private Accounts accounts;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@Autowired
	private SignUpRequests signUpRequests;

	@Test
	void upcomingEventsAcrossRegionsAndKindsOneFullAndOneTheCareLeaversPlace() {
		for (DemoData.DemoAccount account : DemoData.ACCOUNTS) {
			if (this.accounts.idOf(account.email()).isEmpty()) {
				this.accounts.createDemoAccount(account.name(), account.email(), DemoData.PASSWORD, account.role());
			}
		}
		this.jdbc.sql("delete from network_meeting_action").update();
		this.jdbc.sql("delete from network_meeting_invitee").update();
		this.jdbc.sql("delete from network_meeting").update();
		this.jdbc.sql("delete from event_sign_up_request").update();
		this.jdbc.sql("delete from event_sign_up").update();
		this.jdbc.sql("delete from event").update();
		DemoEvents demo = new DemoEvents(this.events, this.signUpRequests, this.accounts, this.clock);
		demo.events();
		demo.events();

		List<Event> all = this.events.all();
		assertThat(all).as("made once, however often it runs").hasSize(5);
		assertThat(all).extracting((e) -> e.details().kind())
			.contains(EventKind.CAREER_PATH_SESSION, EventKind.NETWORK_MEETING, EventKind.WORKSHOP);
		assertThat(all).extracting((e) -> e.details().region().value())
			.hasSizeGreaterThanOrEqualTo(3)
			.contains("E12000002", "E12000003", "E12000007");
		assertThat(all).filteredOn((e) -> e.details().online()).hasSize(1);
		assertThat(this.events.upcoming(null, null, null)).hasSize(5);
		assertThat(all).filteredOn(Event::isFull)
			.singleElement()
			.satisfies((full) -> assertThat(full.waiting()).isEqualTo(1));

		AccountId careLeaver = this.accounts.idOf(DemoData.CARE_LEAVER_EMAIL).orElseThrow();
		List<MyEvent> hers = this.events.eventsOf(careLeaver);
		assertThat(hers).singleElement().satisfies((mine) -> {
			assertThat(mine.signUp().hasPlace()).isTrue();
			assertThat(mine.event().details().kind()).isEqualTo(EventKind.CAREER_PATH_SESSION);
			assertThat(mine.event().details().capacity()).isEqualTo(2);
			assertThat(mine.event().isFor(Role.CARE_LEAVER)).isTrue();
		});
		assertThat(this.signUpRequests.waitingFor(careLeaver)).as("her adviser asked to sign her up for one more")
			.singleElement()
			.satisfies((request) -> assertThat(request.requesterName()).isEqualTo("Sam Patel"));
	}

}
