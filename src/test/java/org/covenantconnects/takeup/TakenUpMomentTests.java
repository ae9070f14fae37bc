package org.covenantconnects.takeup;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.covenantconnects.ConnectsTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The moment each take-up was first taken up, kept on the take-up by the database from
 * its history however the history is written (as the release before writes it, knowing
 * nothing of the moment): the first change to a stage that counts, an earlier one
 * recorded after the fact, none for a take-up that never got so far, and the same as
 * reading every take-up's history for every take-up held.
 */
@ConnectsTest
class TakenUpMomentTests {

	@Autowired
	private JdbcClient jdbc;

	@Test
	void theFirstChangeToAStageThatCountsIsKept() {
		UUID takeUp = takeUp();
		change(takeUp, "INTERESTED", "2025-02-01T09:00:00Z");
		change(takeUp, "APPLIED", "2025-02-02T09:00:00Z");
		assertThat(takenUpAt(takeUp)).isNull();
		change(takeUp, "STARTED", "2025-02-10T09:00:00Z");
		change(takeUp, "COMPLETED", "2025-05-10T09:00:00Z");
		assertThat(takenUpAt(takeUp)).isEqualTo(OffsetDateTime.parse("2025-02-10T09:00:00Z"));
		// A code claimed earlier, recorded after the fact, is the first moment.
		change(takeUp, "CLAIMED", "2025-02-05T09:00:00Z");
		assertThat(takenUpAt(takeUp)).isEqualTo(OffsetDateTime.parse("2025-02-05T09:00:00Z"));
		// Later changes of any stage leave it be.
		change(takeUp, "SUSTAINED", "2025-08-10T09:00:00Z");
		change(takeUp, "WITHDRAWN", "2025-09-10T09:00:00Z");
		assertThat(takenUpAt(takeUp)).isEqualTo(OffsetDateTime.parse("2025-02-05T09:00:00Z"));
	}

	@Test
	void aChangedHistoryIsReadAgain() {
		UUID takeUp = takeUp();
		UUID started = change(takeUp, "STARTED", "2025-03-01T09:00:00Z");
		change(takeUp, "COMPLETED", "2025-04-01T09:00:00Z");
		this.jdbc.sql("update take_up_event set status = 'OFFERED' where id = :id").param("id", started).update();
		assertThat(takenUpAt(takeUp)).isEqualTo(OffsetDateTime.parse("2025-04-01T09:00:00Z"));
		this.jdbc.sql("update take_up_event set status = 'STARTED', occurred_at = :at where id = :id")
			.param("at", OffsetDateTime.parse("2025-03-15T09:00:00Z"))
			.param("id", started)
			.update();
		assertThat(takenUpAt(takeUp)).isEqualTo(OffsetDateTime.parse("2025-03-15T09:00:00Z"));
		// Blanking who acted, as erasing an account does, changes nothing.
		this.jdbc.sql("update take_up_event set actor_account_id = null where take_up_id = :id")
			.param("id", takeUp)
			.update();
		assertThat(takenUpAt(takeUp)).isEqualTo(OffsetDateTime.parse("2025-03-15T09:00:00Z"));
	}

	@Test
	void everyTakeUpHeldKeepsTheMomentItsHistoryGives() {
		UUID takeUp = takeUp();
		change(takeUp, "STARTED", "2025-06-01T09:00:00Z");
		long differing = this.jdbc.sql("""
				select count(*) from take_up t
				where t.taken_up_at is distinct from (select min(e.occurred_at) from take_up_event e
				  where e.take_up_id = t.id and e.status in ('STARTED', 'CLAIMED', 'COMPLETED', 'SUSTAINED'))
				""").query(Long.class).single();
		long held = this.jdbc.sql("select count(*) from take_up where taken_up_at is not null")
			.query(Long.class)
			.single();
		assertThat(differing).isZero();
		assertThat(held).isPositive();
	}

	private UUID takeUp() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into take_up (id, opportunity_id, signatory_id, status, created_at, updated_at, opportunity_type,
				  region_code, local_authority_id)
				values (:id, :opportunity, :signatory, 'INTERESTED', now(), now(), 'JOB', 'E12000008', 125)
				""")
			.param("id", id)
			.param("opportunity", UUID.randomUUID())
			.param("signatory", UUID.randomUUID())
			.update();
		return id;
	}

	private UUID change(UUID takeUp, String status, String at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into take_up_event (id, take_up_id, status, actor, occurred_at)
				values (:id, :takeUp, :status, 'SERVICE', :at)
				""")
			.param("id", id)
			.param("takeUp", takeUp)
			.param("status", status)
			.param("at", OffsetDateTime.parse(at))
			.update();
		return id;
	}

	private @Nullable OffsetDateTime takenUpAt(UUID takeUp) {
		return this.jdbc.sql("select taken_up_at from take_up where id = :id")
			.param("id", takeUp)
			.query((rs, n) -> rs.getObject("taken_up_at", OffsetDateTime.class))
			.list()
			.get(0);
	}

}
