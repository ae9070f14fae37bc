package org.covenantconnects.takeup.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.careleaver.CareLeaverProfile;
import org.covenantconnects.careleaver.Situation;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.signatory.SignatoryId;
import org.covenantconnects.takeup.TakeUp;
import org.covenantconnects.takeup.TakeUpId;
import org.covenantconnects.takeup.TakeUpStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of saved opportunities and take-ups, with their history. Every query of an
 * organisation's applications names the organisation, so that no other one is ever read.
 */
@Repository
public class TakeUpRepository {

	static final String TAKE_UP_COLUMNS = """
			id, opportunity_id, signatory_id, status, shared_name, shared_email, shared_situation, message,
			created_at, updated_at
			""";

	private final JdbcClient jdbc;

	TakeUpRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The applications made to an organisation's opportunities, most recently changed
	 * first.
	 */
	public List<TakeUp> applicationsOf(SignatoryId signatory, OpportunityId opportunity, TakeUpStatus status) {
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
			.query(this::takeUp)
			.list();
	}

	/** One application to an organisation's opportunities; empty for any other. */
	public Optional<TakeUp> applicationOf(SignatoryId signatory, TakeUpId id) {
		return this.jdbc
			.sql("select " + TAKE_UP_COLUMNS
					+ " from take_up where id = :id and signatory_id = :signatory and applied_at is not null")
			.param("id", id.value())
			.param("signatory", signatory.value())
			.query(this::takeUp)
			.optional()
			.map(this::withHistory);
	}

	/** Whose take-up it is; empty once they have deleted their account. */
	public Optional<AccountId> personOf(TakeUpId id) {
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
	public boolean moveOn(TakeUpId id, TakeUpStatus from, TakeUpStatus to, Instant now) {
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
	public Optional<Places> correct(TakeUpId id, TakeUpStatus from, TakeUpStatus to, boolean holds, boolean releases,
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
	public List<Due> claimCheckIns(int months, Instant startedBefore, Instant now) {
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
	public List<Due> claimStaleApplications(Instant unchangedSince, Instant now) {
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

	public Set<AccountId> peopleWhoTookUp(OpportunityId opportunity) {
		return people("select account_id from take_up where opportunity_id = :id and account_id is not null",
				opportunity);
	}

	public Set<AccountId> peopleWhoSaved(OpportunityId opportunity) {
		return people("select account_id from saved_opportunity where opportunity_id = :id", opportunity);
	}

	private Set<AccountId> people(String sql, OpportunityId opportunity) {
		return this.jdbc.sql(sql)
			.param("id", opportunity.value())
			.query((rs, i) -> new AccountId(rs.getObject(1, UUID.class)))
			.set();
	}

	/**
	 * Whose each take-up is; {@code null} for one whose young person deleted their
	 * account.
	 */
	public Map<UUID, AccountId> peopleOf(Collection<TakeUpId> takeUps) {
		Map<UUID, AccountId> people = new LinkedHashMap<>();
		this.jdbc.sql("select id, account_id from take_up where id = any(:ids)")
			.param("ids", takeUps.stream().map(TakeUpId::value).toArray(UUID[]::new))
			.query((rs) -> {
				UUID person = rs.getObject("account_id", UUID.class);
				people.put(rs.getObject("id", UUID.class), (person != null) ? new AccountId(person) : null);
			});
		return people;
	}

	/**
	 * Whether a take-up held a place before a correction, and whether it holds one now.
	 */
	public record Places(boolean heldBefore, boolean holdsNow) {

	}

	/**
	 * A take-up due a check-in or a reminder.
	 *
	 * @param person {@code null} for reminders
	 * @param signatory {@code null} for check-ins
	 */
	public record Due(TakeUpId id, AccountId person, OpportunityId opportunity, SignatoryId signatory) {

	}

	public void save(AccountId account, OpportunityId opportunity, Instant now) {
		this.jdbc
			.sql("""
					insert into saved_opportunity (account_id, opportunity_id, saved_at) values (:account, :opportunity, :now)
					on conflict do nothing
					""")
			.param("account", account.value())
			.param("opportunity", opportunity.value())
			.param("now", utc(now))
			.update();
	}

	public void unsave(AccountId account, OpportunityId opportunity) {
		this.jdbc.sql("delete from saved_opportunity where account_id = :account and opportunity_id = :opportunity")
			.param("account", account.value())
			.param("opportunity", opportunity.value())
			.update();
	}

	public boolean isSaved(AccountId account, OpportunityId opportunity) {
		return this.jdbc
			.sql("select exists (select 1 from saved_opportunity where account_id = :account"
					+ " and opportunity_id = :opportunity)")
			.param("account", account.value())
			.param("opportunity", opportunity.value())
			.query(Boolean.class)
			.single();
	}

	/** The opportunities a care leaver saved, with when, newest first. */
	public Map<OpportunityId, Instant> saved(AccountId account) {
		Map<OpportunityId, Instant> saved = new LinkedHashMap<>();
		this.jdbc
			.sql("select opportunity_id, saved_at from saved_opportunity where account_id = :account"
					+ " order by saved_at desc, opportunity_id")
			.param("account", account.value())
			.query((rs) -> {
				saved.put(new OpportunityId(rs.getObject("opportunity_id", UUID.class)),
						rs.getTimestamp("saved_at").toInstant());
			});
		return saved;
	}

	public Optional<TakeUp> takeUp(AccountId account, OpportunityId opportunity) {
		return this.jdbc
			.sql("select " + TAKE_UP_COLUMNS
					+ " from take_up where account_id = :account and opportunity_id = :opportunity")
			.param("account", account.value())
			.param("opportunity", opportunity.value())
			.query(this::takeUp)
			.optional()
			.map(this::withHistory);
	}

	/** One of the care leaver's own take-ups; empty for anyone else's. */
	public Optional<TakeUp> ownTakeUp(AccountId account, TakeUpId id) {
		return this.jdbc.sql("select " + TAKE_UP_COLUMNS + " from take_up where id = :id and account_id = :account")
			.param("id", id.value())
			.param("account", account.value())
			.query(this::takeUp)
			.optional()
			.map(this::withHistory);
	}

	/** The care leaver's take-ups with their history, most recently changed first. */
	public List<TakeUp> takeUps(AccountId account) {
		List<TakeUp> takeUps = this.jdbc
			.sql("select " + TAKE_UP_COLUMNS + " from take_up where account_id = :account order by updated_at desc, id")
			.param("account", account.value())
			.query(this::takeUp)
			.list();
		if (takeUps.isEmpty()) {
			return takeUps;
		}
		Map<UUID, List<TakeUp.Event>> histories = this.jdbc.sql("""
				select take_up_id, from_status, status, actor, reason, occurred_at from take_up_event
				where take_up_id in (select id from take_up where account_id = :account)
				order by occurred_at, id
				""")
			.param("account", account.value())
			.query((rs, i) -> Map.entry(rs.getObject("take_up_id", UUID.class), event(rs)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return takeUps.stream()
			.map((t) -> new TakeUp(t.id(), t.opportunity(), t.signatory(), t.status(), t.sharedName(), t.sharedEmail(),
					t.sharedSituation(), t.message(), t.createdAt(), t.updatedAt(),
					histories.getOrDefault(t.id().value(), List.of())))
			.toList();
	}

	/**
	 * A new take-up, with the kind of opportunity and the young person's region and
	 * council copied for counting.
	 */
	public void insertTakeUp(AccountId account, TakeUp takeUp, OpportunityType type, CareLeaverProfile profile) {
		this.jdbc
			.sql("""
					insert into take_up (id, account_id, opportunity_id, signatory_id, status, shared_name, shared_email,
					  shared_situation, message, created_at, updated_at, applied_at, opportunity_type, region_code,
					  local_authority_id)
					values (:id, :account, :opportunity, :signatory, :status, :sharedName, :sharedEmail, :sharedSituation,
					  :message, :createdAt, :updatedAt, case when :status in ('APPLIED', 'REFERRED') then :updatedAt end, :type, :region,
					  :council)
					""")
			.param("id", takeUp.id().value())
			.param("account", account.value())
			.param("type", type.name())
			.param("region", profile.region().value())
			.param("council", profile.council().value())
			.param("opportunity", takeUp.opportunity().value())
			.param("signatory", takeUp.signatory().value())
			.params(changeable(takeUp))
			.param("createdAt", utc(takeUp.createdAt()))
			.update();
	}

	public void updateTakeUp(TakeUp takeUp) {
		this.jdbc.sql("""
				update take_up set status = :status, shared_name = :sharedName, shared_email = :sharedEmail,
				  shared_situation = :sharedSituation, message = :message, updated_at = :updatedAt,
				  applied_at = case when :status in ('APPLIED', 'REFERRED') then :updatedAt else applied_at end
				where id = :id
				""").param("id", takeUp.id().value()).params(changeable(takeUp)).update();
	}

	/** Records who put the young person forward for a take-up that began that way. */
	public void markReferred(TakeUpId takeUp, TakeUp.Actor referrer) {
		this.jdbc.sql("update take_up set referred_by = :referrer where id = :id")
			.param("referrer", referrer.name())
			.param("id", takeUp.value())
			.update();
	}

	void recordEvent(TakeUpId takeUp, TakeUpStatus from, TakeUpStatus status, TakeUp.Actor actor, AccountId by,
			String reason, Instant at) {
		this.jdbc.sql("""
				insert into take_up_event (id, take_up_id, from_status, status, actor, actor_account_id, reason,
				  occurred_at)
				values (:id, :takeUp, :from, :status, :actor, :by, :reason, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("takeUp", takeUp.value())
			.param("from", (from != null) ? from.name() : null)
			.param("reason", reason)
			.param("status", status.name())
			.param("actor", actor.name())
			.param("by", (by != null) ? by.value() : null)
			.param("at", utc(at))
			.update();
	}

	private Map<String, Object> changeable(TakeUp takeUp) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("status", takeUp.status().name());
		params.put("sharedName", takeUp.sharedName());
		params.put("sharedEmail", takeUp.sharedEmail());
		params.put("sharedSituation", (takeUp.sharedSituation() != null) ? takeUp.sharedSituation().name() : null);
		params.put("message", blankToNull(takeUp.message()));
		params.put("updatedAt", utc(takeUp.updatedAt()));
		return params;
	}

	TakeUp withHistory(TakeUp takeUp) {
		List<TakeUp.Event> history = this.jdbc
			.sql("select from_status, status, actor, reason, occurred_at from take_up_event where take_up_id = :id"
					+ " order by occurred_at, id")
			.param("id", takeUp.id().value())
			.query((rs, i) -> event(rs))
			.list();
		return new TakeUp(takeUp.id(), takeUp.opportunity(), takeUp.signatory(), takeUp.status(), takeUp.sharedName(),
				takeUp.sharedEmail(), takeUp.sharedSituation(), takeUp.message(), takeUp.createdAt(),
				takeUp.updatedAt(), history);
	}

	TakeUp takeUp(ResultSet rs, int row) throws SQLException {
		String situation = rs.getString("shared_situation");
		return new TakeUp(new TakeUpId(rs.getObject("id", UUID.class)),
				new OpportunityId(rs.getObject("opportunity_id", UUID.class)),
				new SignatoryId(rs.getObject("signatory_id", UUID.class)), TakeUpStatus.valueOf(rs.getString("status")),
				rs.getString("shared_name"), rs.getString("shared_email"),
				(situation != null) ? Situation.valueOf(situation) : null, rs.getString("message"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), List.of());
	}

	static TakeUp.Event event(ResultSet rs) throws SQLException {
		String from = rs.getString("from_status");
		return new TakeUp.Event((from != null) ? TakeUpStatus.valueOf(from) : null,
				TakeUpStatus.valueOf(rs.getString("status")), TakeUp.Actor.valueOf(rs.getString("actor")),
				rs.getString("reason"), rs.getTimestamp("occurred_at").toInstant());
	}

	/**
	 * Removes everything of a person who deleted their account: their saved opportunities
	 * go, and their take-ups stay only as anonymous counts (no person, nothing they wrote
	 * or shared).
	 */
	void erase(AccountId account) {
		this.jdbc.sql("update take_up_event set actor_account_id = null where actor_account_id = :account")
			.param("account", account.value())
			.update();
		this.jdbc.sql("""
				update take_up_event set reason = null
				where take_up_id in (select id from take_up where account_id = :account)
				""").param("account", account.value()).update();
		this.jdbc.sql("delete from take_up_proposal where care_leaver_account_id = :account")
			.param("account", account.value())
			.update();
		this.jdbc.sql("""
				update take_up set account_id = null, shared_name = null, shared_email = null, shared_situation = null,
				  message = null
				where account_id = :account
				""").param("account", account.value()).update();
		this.jdbc.sql("delete from saved_opportunity where account_id = :account")
			.param("account", account.value())
			.update();
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
