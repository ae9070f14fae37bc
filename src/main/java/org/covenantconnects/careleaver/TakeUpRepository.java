package org.covenantconnects.careleaver;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.signatory.SignatoryId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.covenantconnects.careleaver.CareLeaverRepository.TAKE_UP_COLUMNS;
import static org.covenantconnects.careleaver.CareLeaverRepository.utc;

/**
 * The SQL of take-ups as organisations, check-ins and the audit trail see them. Every
 * query of an organisation's applications names the organisation, so that no other one is
 * ever read.
 */
@Repository
class TakeUpRepository {

	private final JdbcClient jdbc;

	private final CareLeaverRepository careLeavers;

	TakeUpRepository(JdbcClient jdbc, CareLeaverRepository careLeavers) {
		this.jdbc = jdbc;
		this.careLeavers = careLeavers;
	}

	/**
	 * The applications made to an organisation's opportunities, most recently changed
	 * first.
	 */
	List<TakeUp> applicationsOf(SignatoryId signatory, OpportunityId opportunity, TakeUpStatus status) {
		return this.jdbc.sql("select " + TAKE_UP_COLUMNS + """
				from take_up
				where signatory_id = :signatory and applied_at is not null
				  and (cast(:opportunity as uuid) is null or opportunity_id = :opportunity)
				  and (cast(:status as text) is null or status = :status)
				order by updated_at desc, id
				limit 500
				""")
			.param("signatory", signatory.value())
			.param("opportunity", (opportunity != null) ? opportunity.value() : null)
			.param("status", (status != null) ? status.name() : null)
			.query(this.careLeavers::takeUp)
			.list();
	}

	/** One application to an organisation's opportunities; empty for any other. */
	Optional<TakeUp> applicationOf(SignatoryId signatory, TakeUpId id) {
		return this.jdbc
			.sql("select " + TAKE_UP_COLUMNS
					+ " from take_up where id = :id and signatory_id = :signatory and applied_at is not null")
			.param("id", id.value())
			.param("signatory", signatory.value())
			.query(this.careLeavers::takeUp)
			.optional()
			.map(this.careLeavers::withHistory);
	}

	/** Whose take-up it is; empty once they have deleted their account. */
	Optional<AccountId> personOf(TakeUpId id) {
		return this.jdbc.sql("select account_id from take_up where id = :id and account_id is not null")
			.param("id", id.value())
			.query((rs, i) -> new AccountId(rs.getObject("account_id", UUID.class)))
			.optional();
	}

	/**
	 * Moves a take-up on from the status it was read in; nothing changes if someone else
	 * moved it meanwhile.
	 * @return whether it moved
	 */
	boolean moveOn(TakeUpId id, TakeUpStatus from, TakeUpStatus to, Instant now) {
		return this.jdbc.sql("""
				update take_up set status = :to, updated_at = :now,
				  started_at = case when :to = 'STARTED' then :now else started_at end
				where id = :id and status = :from
				""")
			.param("id", id.value())
			.param("from", from.name())
			.param("to", to.name())
			.param("now", utc(now))
			.update() == 1;
	}

	/**
	 * A coordinator's correction: moves a take-up on from the status it was read in, in
	 * one statement that also says whether it held a place before and holds one now
	 * (whether it has a start).
	 * @param holds it is now in a started stage: keep its start, or start it now
	 * @param releases it is now in a stage before starting: it has no start
	 * @param applied it is now among the organisation's applications
	 * @return empty if someone else moved it meanwhile
	 */
	Optional<Places> correct(TakeUpId id, TakeUpStatus from, TakeUpStatus to, boolean holds, boolean releases,
			boolean applied, Instant now) {
		return this.jdbc.sql("""
				update take_up t set status = :to, updated_at = :now,
				  started_at = case when :holds then coalesce(t.started_at, :now) when :releases then null
				    else t.started_at end,
				  applied_at = case when :applied then coalesce(t.applied_at, :now) else t.applied_at end
				from (select id, started_at from take_up where id = :id and status = :from for update) before
				where t.id = before.id
				returning before.started_at is not null as held_before, t.started_at is not null as holds_now
				""")
			.param("id", id.value())
			.param("from", from.name())
			.param("to", to.name())
			.param("holds", holds)
			.param("releases", releases)
			.param("applied", applied)
			.param("now", utc(now))
			.query((rs, i) -> new Places(rs.getBoolean("held_before"), rs.getBoolean("holds_now")))
			.optional();
	}

	/**
	 * Claims the started take-ups due a check-in and marks them sent, in one statement,
	 * so that every instance may run it and none is asked twice. At 6 months the 3-month
	 * check-in is marked too: nobody is asked both at once.
	 * @return the take-ups claimed, with who to ask
	 */
	List<Due> claimCheckIns(int months, Instant startedBefore, Instant now) {
		String marker = (months == 6) ? "check_in_6_sent_at" : "check_in_3_sent_at";
		String alsoMark = (months == 6) ? ", check_in_3_sent_at = coalesce(check_in_3_sent_at, :now)" : "";
		return this.jdbc.sql("update take_up set " + marker + " = :now" + alsoMark + """
				 where id in (
				  select id from take_up
				  where started_at is not null and started_at <= :startedBefore and account_id is not null
				    and status in ('STARTED', 'SUSTAINED') and %s is null
				  for update skip locked)
				returning id, account_id, opportunity_id
				""".formatted(marker))
			.param("now", utc(now))
			.param("startedBefore", utc(startedBefore))
			.query((rs, i) -> new Due(new TakeUpId(rs.getObject("id", UUID.class)),
					new AccountId(rs.getObject("account_id", UUID.class)),
					new OpportunityId(rs.getObject("opportunity_id", UUID.class)), null))
			.list();
	}

	/**
	 * Claims the applications that have not moved since the cut-off and whose
	 * organisation has not been reminded since, marking them reminded.
	 */
	List<Due> claimStaleApplications(Instant unchangedSince, Instant now) {
		return this.jdbc.sql("""
				update take_up set reminded_at = :now where id in (
				  select id from take_up
				  where applied_at is not null and status in ('APPLIED', 'REFERRED', 'OFFERED') and updated_at <= :since
				    and (reminded_at is null or reminded_at <= :since)
				  for update skip locked)
				returning id, account_id, opportunity_id, signatory_id
				""")
			.param("now", utc(now))
			.param("since", utc(unchangedSince))
			.query((rs, i) -> new Due(new TakeUpId(rs.getObject("id", UUID.class)), null,
					new OpportunityId(rs.getObject("opportunity_id", UUID.class)),
					new SignatoryId(rs.getObject("signatory_id", UUID.class))))
			.list();
	}

	/** Adds to the audit trail that someone looked at these take-ups. */
	void recordViews(AccountId viewer, Role role, Collection<TakeUpId> takeUps, String what, Instant at) {
		if (takeUps.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into record_view (viewer_account_id, viewer_role, care_leaver_account_id, take_up_id, what,
				  viewed_at)
				select :viewer, :role, account_id, id, :what, :at from take_up where id = any(:ids)
				""")
			.param("viewer", viewer.value())
			.param("role", role.name())
			.param("ids", takeUps.stream().map(TakeUpId::value).toArray(UUID[]::new))
			.param("what", what)
			.param("at", utc(at))
			.update();
	}

	/** Adds to the audit trail that someone looked at a young person's record. */
	void recordView(AccountId viewer, Role role, AccountId careLeaver, String what, Instant at) {
		this.jdbc.sql("""
				insert into record_view (viewer_account_id, viewer_role, care_leaver_account_id, what, viewed_at)
				values (:viewer, :role, :careLeaver, :what, :at)
				""")
			.param("viewer", viewer.value())
			.param("role", role.name())
			.param("careLeaver", careLeaver.value())
			.param("what", what)
			.param("at", utc(at))
			.update();
	}

	/**
	 * Whether a take-up held a place before a correction, and whether it holds one now.
	 */
	record Places(boolean heldBefore, boolean holdsNow) {

	}

	/**
	 * A take-up due a check-in or a reminder.
	 *
	 * @param person {@code null} for reminders
	 * @param signatory {@code null} for check-ins
	 */
	record Due(TakeUpId id, AccountId person, OpportunityId opportunity, SignatoryId signatory) {

	}

}
