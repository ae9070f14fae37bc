package org.covenantconnects.careleaver;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.covenantconnects.identity.AccountId;
import org.covenantconnects.identity.Role;
import org.covenantconnects.opportunity.Category;
import org.covenantconnects.opportunity.OpportunityId;
import org.covenantconnects.opportunity.OpportunityType;
import org.covenantconnects.places.LocalAuthorityId;
import org.covenantconnects.places.RegionCode;
import org.covenantconnects.signatory.SignatoryId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The module's SQL: profiles, saved opportunities and take-ups. */
@Repository
class CareLeaverRepository {

	static final String TAKE_UP_COLUMNS = """
			id, opportunity_id, signatory_id, status, shared_name, shared_email, shared_situation, message,
			created_at, updated_at
			""";

	private final JdbcClient jdbc;

	private final MatchingPool pool;

	CareLeaverRepository(JdbcClient jdbc, MatchingPool pool) {
		this.jdbc = jdbc;
		this.pool = pool;
	}

	void insert(AccountId account, NewCareLeaver answers, Instant now, boolean demo) {
		this.jdbc.sql("""
				insert into care_leaver (account_id, full_name, preferred_name, date_of_birth, local_authority_id,
				  region_code, interest_categories, interest_types, situation, ambitions, privacy_notice_accepted_at,
				  created_at, updated_at, demo)
				values (:account, :fullName, :preferredName, :dateOfBirth, :council, :region, :categories::text[],
				  :types::text[], :situation, :ambitions, :now, :now, :now, :demo)
				""")
			.param("account", account.value())
			.param("fullName", answers.fullName().trim())
			.param("preferredName", blankToNull(answers.preferredName()))
			.param("dateOfBirth", answers.dateOfBirth())
			.param("council", answers.council().value())
			.param("region", answers.region().value())
			.param("categories", names(answers.categories()))
			.param("types", names(answers.types()))
			.param("situation", answers.situation().name())
			.param("ambitions", blankToNull(answers.ambitions()))
			.param("now", utc(now))
			.param("demo", demo)
			.update();
	}

	Optional<CareLeaverProfile> find(AccountId account) {
		return this.jdbc.sql("select * from care_leaver where account_id = :account")
			.param("account", account.value())
			.query(this::profile)
			.optional();
	}

	void setOpenToSuggestions(AccountId account, boolean open, Instant now) {
		this.pool.changed(account);
		this.jdbc
			.sql("update care_leaver set open_to_suggestions = :open, updated_at = :now where account_id = :account")
			.param("open", open)
			.param("now", utc(now))
			.param("account", account.value())
			.update();
	}

	void changeDetails(AccountId account, YourDetails details, Instant now) {
		this.pool.changed(account);
		this.jdbc.sql("""
				update care_leaver set preferred_name = :preferredName, region_code = :region,
				  interest_categories = :categories::text[], interest_types = :types::text[], situation = :situation,
				  institution = :institution, updated_at = :now
				where account_id = :account
				""")
			.param("account", account.value())
			.param("preferredName", blankToNull(details.preferredName()))
			.param("region", details.region().value())
			.param("categories", names(details.categories()))
			.param("types", names(details.types()))
			.param("situation", details.situation().name())
			.param("institution", blankToNull(details.institution()))
			.param("now", utc(now))
			.update();
	}

	void save(AccountId account, OpportunityId opportunity, Instant now) {
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

	void unsave(AccountId account, OpportunityId opportunity) {
		this.jdbc.sql("delete from saved_opportunity where account_id = :account and opportunity_id = :opportunity")
			.param("account", account.value())
			.param("opportunity", opportunity.value())
			.update();
	}

	boolean isSaved(AccountId account, OpportunityId opportunity) {
		return this.jdbc
			.sql("select exists (select 1 from saved_opportunity where account_id = :account"
					+ " and opportunity_id = :opportunity)")
			.param("account", account.value())
			.param("opportunity", opportunity.value())
			.query(Boolean.class)
			.single();
	}

	/** The opportunities a care leaver saved, with when, newest first. */
	Map<OpportunityId, Instant> saved(AccountId account) {
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

	Optional<TakeUp> takeUp(AccountId account, OpportunityId opportunity) {
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
	Optional<TakeUp> ownTakeUp(AccountId account, TakeUpId id) {
		return this.jdbc.sql("select " + TAKE_UP_COLUMNS + " from take_up where id = :id and account_id = :account")
			.param("id", id.value())
			.param("account", account.value())
			.query(this::takeUp)
			.optional()
			.map(this::withHistory);
	}

	/** The care leaver's take-ups with their history, most recently changed first. */
	List<TakeUp> takeUps(AccountId account) {
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
	void insertTakeUp(AccountId account, TakeUp takeUp, OpportunityType type, CareLeaverProfile profile) {
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

	void updateTakeUp(TakeUp takeUp) {
		this.jdbc.sql("""
				update take_up set status = :status, shared_name = :sharedName, shared_email = :sharedEmail,
				  shared_situation = :sharedSituation, message = :message, updated_at = :updatedAt,
				  applied_at = case when :status in ('APPLIED', 'REFERRED') then :updatedAt else applied_at end
				where id = :id
				""").param("id", takeUp.id().value()).params(changeable(takeUp)).update();
	}

	/** Records who put the young person forward for a take-up that began that way. */
	void markReferred(TakeUpId takeUp, TakeUp.Actor referrer) {
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

	/** The audit trail of one young person, newest first. */
	List<TakeUps.RecordView> viewsOf(AccountId careLeaver) {
		return this.jdbc.sql("""
				select viewer_account_id, viewer_role, take_up_id, what, viewed_at from record_view
				where care_leaver_account_id = :careLeaver order by viewed_at desc, id desc limit 1000
				""")
			.param("careLeaver", careLeaver.value())
			.query((rs, i) -> new TakeUps.RecordView(new AccountId(rs.getObject("viewer_account_id", UUID.class)),
					Role.valueOf(rs.getString("viewer_role")), rs.getObject("take_up_id", UUID.class),
					rs.getString("what"), rs.getTimestamp("viewed_at").toInstant()))
			.list();
	}

	/**
	 * Removes everything of the person: their profile and saved opportunities go, and
	 * their take-ups stay only as anonymous counts (no person, nothing they wrote or
	 * shared).
	 */
	void erase(AccountId account) {
		this.jdbc.sql("update take_up_event set actor_account_id = null where actor_account_id = :account")
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
		this.pool.changed(account);
		this.jdbc.sql("delete from care_leaver where account_id = :account").param("account", account.value()).update();
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

	private CareLeaverProfile profile(ResultSet rs, int row) throws SQLException {
		return new CareLeaverProfile(new AccountId(rs.getObject("account_id", UUID.class)), rs.getString("full_name"),
				rs.getString("preferred_name"), rs.getObject("date_of_birth", LocalDate.class),
				new LocalAuthorityId(rs.getInt("local_authority_id")), new RegionCode(rs.getString("region_code")),
				strings(rs.getArray("interest_categories")).stream().map(Category::valueOf).collect(Collectors.toSet()),
				strings(rs.getArray("interest_types")).stream()
					.map(OpportunityType::valueOf)
					.collect(Collectors.toSet()),
				Situation.valueOf(rs.getString("situation")), rs.getString("ambitions"),
				rs.getBoolean("open_to_suggestions"), rs.getTimestamp("privacy_notice_accepted_at").toInstant(),
				rs.getTimestamp("created_at").toInstant(), rs.getString("institution"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	/** A PostgreSQL array literal of enum names, which need no quoting. */
	private static String names(Collection<? extends Enum<?>> values) {
		return "{" + values.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + "}";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : null;
	}

}
