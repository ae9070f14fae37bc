package org.covenantconnects.work;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.covenantconnects.ConnectsTest;
import org.covenantconnects.email.OtherInstances;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.takeup.CheckInDue;
import org.covenantconnects.takeup.TakeUpId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Work that follows a change, shared by several instances of the service on one database,
 * each a whole application: work left by an instance that no longer exists is taken over
 * by exactly one live instance, with no restart; an instance stopped cleanly while its
 * listeners run finishes them first.
 */
@ConnectsTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class WorkAcrossInstancesTests {

	/** How many times each ping was heard, by every instance in this JVM. */
	static final Map<UUID, AtomicInteger> RUNS = new ConcurrentHashMap<>();

	private static final String PING_LISTENER = Pings.class.getName() + ".on(" + Ping.class.getName() + ")";

	private String database;

	@BeforeAll
	void makeADatabase(@Value("${spring.datasource.url}") String url, @Autowired JdbcClient jdbc) {
		this.database = OtherInstances.freshDatabase(jdbc, url, "work_instances");
	}

	@Test
	void workLeftByAnInstanceThatNoLongerExistsIsTakenOverByExactlyOneLiveInstanceWithoutARestart() {
		Map<String, Object> quick = Map.of("connects.work.take-over-after", "3s", "connects.work.check-interval",
				"300ms", "connects.work.retry-after", "1s");
		try (ConfigurableApplicationContext one = OtherInstances.start(settings(quick), Pings.class);
				ConfigurableApplicationContext two = OtherInstances.start(settings(quick), Pings.class)) {
			JdbcClient jdbc = one.getBean(JdbcClient.class);
			EventSerializer serializer = one.getBean(EventSerializer.class);
			// Left in progress by an instance that died a moment ago.
			List<UUID> pings = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				UUID ping = UUID.randomUUID();
				pings.add(ping);
				jdbc.sql("""
						insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
						  status, completion_attempts)
						values (:id, :listener, :type, :event, clock_timestamp(), 'PROCESSING', 0)
						""")
					.param("id", UUID.randomUUID())
					.param("listener", PING_LISTENER)
					.param("type", Ping.class.getName())
					.param("event", serializer.serialize(new Ping(ping)).toString())
					.update();
			}
			Instant left = Instant.now();

			await().atMost(Duration.ofSeconds(30)).until(() -> unfinished(jdbc) == 0);
			Duration took = Duration.between(left, Instant.now());

			assertThat(took).as("time to take the work over").isGreaterThanOrEqualTo(Duration.ofSeconds(3));
			assertThat(pings)
				.allSatisfy((ping) -> assertThat(RUNS.get(ping)).as("runs of ping " + ping).isNotNull().hasValue(1));
		}
	}

	@Test
	void anInstanceStoppedWhileItsListenersRunFinishesThemBeforeItsConnectionsClose(CapturedOutput output) {
		ConfigurableApplicationContext instance = OtherInstances.start(settings(Map.of()));
		JdbcClient jdbc = instance.getBean(JdbcClient.class);
		ApplicationEventPublisher events = instance;
		instance.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
			for (int i = 0; i < 1500; i++) {
				events.publishEvent(new CheckInDue(new TakeUpId(UUID.randomUUID()), new AccountId(UUID.randomUUID()),
						new OpportunityId(UUID.randomUUID()), 3));
			}
		});
		int outstanding = unfinished(jdbc);
		instance.close();

		try (ConfigurableApplicationContext after = OtherInstances.start(settings(Map.of()))) {
			assertThat(outstanding).as("work in hand when the instance was stopped").isPositive();
			assertThat(unfinished(after.getBean(JdbcClient.class))).as("work left unfinished").isZero();
		}
		assertThat(output.getAll()).doesNotContain("has been closed")
			.doesNotContain("left unfinished")
			.doesNotContain("Unexpected exception occurred invoking async method")
			.doesNotContain(" ERROR ");
	}

	private static int unfinished(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Integer.class)
			.single();
	}

	private Map<String, Object> settings(Map<String, Object> more) {
		Map<String, Object> settings = new java.util.HashMap<>(Map.of("connects.mail.senders", 0));
		settings.putAll(more);
		return OtherInstances.settings(this.database, 25, settings);
	}

	/** An event for counting runs. */
	public record Ping(UUID id) {

	}

	/** Counts each ping it hears, slowly enough that two instances could overlap. */
	static class Pings {

		@ApplicationModuleListener
		void on(Ping ping) throws InterruptedException {
			RUNS.computeIfAbsent(ping.id(), (id) -> new AtomicInteger()).incrementAndGet();
			Thread.sleep(50);
		}

	}

}
