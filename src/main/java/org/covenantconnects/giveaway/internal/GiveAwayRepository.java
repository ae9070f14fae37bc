package org.covenantconnects.giveaway.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.covenantconnects.giveaway.Draw;
import org.covenantconnects.giveaway.DrawHappening;
import org.covenantconnects.giveaway.GiveAway;
import org.covenantconnects.identity.AccountId;
import org.covenantconnects.places.RegionCode;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code give_away}, {@code give_away_draw}, {@code give_away_entry} and
 * {@code give_away_opt_out} tables.
 */
@Repository
public class GiveAwayRepository {

	private final JdbcClient jdbc;

	GiveAwayRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(GiveAway giveAway, AccountId setUpBy) {
		this.jdbc.sql("""
				insert into give_away (id, month, prize, details, youngest, oldest, region_code, set_up_by, created_at)
				values (:id, :month, :prize, :details, :youngest, :oldest, :region, :setUpBy, :createdAt)
				""")
			.param("id", giveAway.id())
			.param("month", giveAway.month().atDay(1))
			.param("prize", giveAway.prize())
			.param("details", giveAway.details())
			.param("youngest", giveAway.youngest(), java.sql.Types.INTEGER)
			.param("oldest", giveAway.oldest(), java.sql.Types.INTEGER)
			.param("region", value(giveAway.region()), java.sql.Types.VARCHAR)
			.param("setUpBy", setUpBy.value())
			.param("createdAt", Timestamp.from(giveAway.createdAt()))
			.update();
	}

	public Optional<GiveAway> find(UUID id) {
		return this.jdbc.sql("select * from give_away where id = :id")
			.param("id", id)
			.query(GiveAwayRepository::giveAway)
			.optional();
	}

	public Optional<GiveAway> forMonth(YearMonth month) {
		return this.jdbc.sql("select * from give_away where month = :month")
			.param("month", month.atDay(1))
			.query(GiveAwayRepository::giveAway)
			.optional();
	}

	/** Every give-away, the latest month first. */
	public List<GiveAway> all() {
		return this.jdbc.sql("select * from give_away order by month desc").query(GiveAwayRepository::giveAway).list();
	}

	/**
	 * Locks the give-away's row until the transaction ends: every draw of it takes this
	 * lock first, so a coordinator and the scheduled work, or two instances, never draw
	 * it at once.
	 */
	public boolean lock(UUID id) {
		return this.jdbc.sql("select id from give_away where id = :id for update")
			.param("id", id)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	/**
	 * Locks one give-away whose month ended before the given month and that has no draw
	 * yet, skipping any another instance holds; empty when there is none.
	 */
	public Optional<UUID> lockOneToDraw(YearMonth current) {
		return this.jdbc.sql("""
				select g.id from give_away g
				where g.month < :current and not exists (select 1 from give_away_draw d where d.give_away_id = g.id)
				order by g.month limit 1 for update of g skip locked
				""").param("current", current.atDay(1)).query(UUID.class).optional();
	}

	/**
	 * Locks one give-away whose latest draw's winner did not claim in time, skipping any
	 * another instance holds; empty when there is none.
	 */
	public Optional<UUID> lockOneLapsed(Instant now) {
		return this.jdbc.sql("""
				select g.id from give_away g
				where exists (select 1 from give_away_draw d where d.give_away_id = g.id and d.claimed_at is null
				  and d.lapsed_at is null and d.claim_by <= :now)
				order by g.month limit 1 for update of g skip locked
				""").param("now", Timestamp.from(now)).query(UUID.class).optional();
	}

	public List<Draw> draws(UUID giveAway) {
		return this.jdbc.sql("select * from give_away_draw where give_away_id = :id order by round")
			.param("id", giveAway)
			.query(GiveAwayRepository::draw)
			.list();
	}

	/** The latest draw of each of these give-aways. */
	public Map<UUID, Draw> latestDraws() {
		Map<UUID, Draw> latest = new LinkedHashMap<>();
		this.jdbc.sql("""
				select distinct on (give_away_id) * from give_away_draw order by give_away_id, round desc
				""").query(GiveAwayRepository::draw).list().forEach((draw) -> latest.put(draw.giveAway(), draw));
		return latest;
	}

	public Optional<Draw> draw(UUID id) {
		return this.jdbc.sql("select * from give_away_draw where id = :id")
			.param("id", id)
			.query(GiveAwayRepository::draw)
			.optional();
	}

	public void insert(Draw draw, Map<String, AccountId> entries) {
		this.jdbc.sql("""
				insert into give_away_draw (id, give_away_id, round, closed_at, seed, fingerprint, entrants,
				  winning_entry, winner_account_id, winner_region_code, drawn_by, claim_by)
				values (:id, :giveAway, :round, :closedAt, :seed, :fingerprint, :entrants, :winningEntry, :winner,
				  :winnerRegion, :drawnBy, :claimBy)
				""")
			.param("id", draw.id())
			.param("giveAway", draw.giveAway())
			.param("round", draw.round())
			.param("closedAt", Timestamp.from(draw.closedAt()))
			.param("seed", draw.seed())
			.param("fingerprint", draw.fingerprint())
			.param("entrants", draw.entrants())
			.param("winningEntry", draw.winningEntry(), java.sql.Types.VARCHAR)
			.param("winner", value(draw.winner()), java.sql.Types.OTHER)
			.param("winnerRegion", value(draw.winnerRegion()), java.sql.Types.VARCHAR)
			.param("drawnBy", value(draw.drawnBy()), java.sql.Types.OTHER)
			.param("claimBy", timestamp(draw.claimBy()), java.sql.Types.TIMESTAMP)
			.update();
		if (entries.isEmpty()) {
			return;
		}
		List<String> keys = new ArrayList<>(entries.keySet());
		this.jdbc.sql("""
				insert into give_away_entry (draw_id, entry, account_id)
				select :draw, e.entry, e.account_id from unnest(:entries, :accounts) as e (entry, account_id)
				""")
			.param("draw", draw.id())
			.param("entries", keys.toArray(String[]::new))
			.param("accounts", keys.stream().map((key) -> entries.get(key).value()).toArray(UUID[]::new))
			.update();
	}

	/** A draw's fixed list: each entry, with whose it is while they have an account. */
	public List<Entry> entries(UUID draw) {
		return this.jdbc.sql("select entry, account_id from give_away_entry where draw_id = :draw order by entry")
			.param("draw", draw)
			.query((rs, i) -> {
				UUID account = rs.getObject("account_id", UUID.class);
				return new Entry(rs.getString("entry"), (account != null) ? new AccountId(account) : null);
			})
			.list();
	}

	/** Marks the prize claimed, if it still may be; whether it was. */
	public boolean claim(UUID draw, AccountId winner, Instant now) {
		return this.jdbc.sql("""
				update give_away_draw set claimed_at = :now
				where id = :id and winner_account_id = :winner and claimed_at is null and lapsed_at is null
				  and claim_by > :now
				""").param("id", draw).param("winner", winner.value()).param("now", Timestamp.from(now)).update() == 1;
	}

	/**
	 * Marks the unclaimed draws of a give-away whose time to claim is over as lapsed; the
	 * draws it marked.
	 */
	public List<UUID> lapse(UUID giveAway, Instant now) {
		return this.jdbc.sql("""
				update give_away_draw set lapsed_at = :now
				where give_away_id = :id and claimed_at is null and lapsed_at is null and claim_by <= :now
				returning id
				""").param("id", giveAway).param("now", Timestamp.from(now)).query(UUID.class).list();
	}

	/**
	 * The winner says no thanks, if the prize is still theirs to claim; whether it was.
	 */
	public boolean decline(UUID draw, AccountId winner, Instant now) {
		return this.jdbc.sql("""
				update give_away_draw set lapsed_at = :now, declined_at = :now
				where id = :id and winner_account_id = :winner and claimed_at is null and lapsed_at is null
				  and claim_by > :now
				""").param("id", draw).param("winner", winner.value()).param("now", Timestamp.from(now)).update() == 1;
	}

	/** Writes down what happened to a draw after it closed. */
	public void record(UUID draw, DrawHappening.What what, DrawHappening.Who who, @Nullable String why, Instant at) {
		this.jdbc.sql("""
				insert into give_away_history (draw_id, happening, by_whom, why, happened_at)
				values (:draw, :what, :who, :why, :at)
				""")
			.param("draw", draw)
			.param("what", what.name())
			.param("who", who.name())
			.param("why", why, java.sql.Types.VARCHAR)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** What happened to the give-away's draws after they closed, in order. */
	public List<DrawHappening> history(UUID giveAway) {
		return this.jdbc.sql("""
				select h.*, d.round from give_away_history h join give_away_draw d on d.id = h.draw_id
				where d.give_away_id = :id order by h.happened_at, h.id
				""")
			.param("id", giveAway)
			.query((rs, i) -> new DrawHappening(rs.getObject("draw_id", UUID.class), rs.getInt("round"),
					DrawHappening.What.valueOf(rs.getString("happening")),
					DrawHappening.Who.valueOf(rs.getString("by_whom")), rs.getString("why"),
					rs.getTimestamp("happened_at").toInstant()))
			.list();
	}

	/** The draws this person won, the latest first. */
	public List<Draw> winsOf(AccountId person) {
		return this.jdbc.sql("select * from give_away_draw where winner_account_id = :who order by closed_at desc")
			.param("who", person.value())
			.query(GiveAwayRepository::draw)
			.list();
	}

	/** Everyone who won a draw of the give-away, and whose account still exists. */
	public Set<AccountId> winnersOf(UUID giveAway) {
		return new HashSet<>(this.jdbc.sql(
				"select winner_account_id from give_away_draw where give_away_id = :id and winner_account_id is not null")
			.param("id", giveAway)
			.query((rs, i) -> new AccountId(rs.getObject(1, UUID.class)))
			.list());
	}

	public void optOut(AccountId person, Instant now) {
		this.jdbc.sql("""
				insert into give_away_opt_out (account_id, opted_out_at) values (:who, :now)
				on conflict (account_id) do nothing
				""").param("who", person.value()).param("now", Timestamp.from(now)).update();
	}

	public void optIn(AccountId person) {
		this.jdbc.sql("delete from give_away_opt_out where account_id = :who").param("who", person.value()).update();
	}

	public Optional<Instant> optedOutAt(AccountId person) {
		return this.jdbc.sql("select opted_out_at from give_away_opt_out where account_id = :who")
			.param("who", person.value())
			.query((rs, i) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	public Set<AccountId> optedOut() {
		return new HashSet<>(this.jdbc.sql("select account_id from give_away_opt_out")
			.query((rs, i) -> new AccountId(rs.getObject(1, UUID.class)))
			.list());
	}

	/** What is kept about the person, for their download. */
	public Map<String, Object> download(AccountId person) {
		Map<String, Object> data = new LinkedHashMap<>();
		optedOutAt(person).ifPresent((at) -> data.put("optedOutAt", at.toString()));
		List<Map<String, Object>> entered = this.jdbc.sql("""
				select g.month, g.prize, d.round, d.closed_at, e.entry from give_away_entry e
				join give_away_draw d on d.id = e.draw_id join give_away g on g.id = d.give_away_id
				where e.account_id = :who order by d.closed_at
				""").param("who", person.value()).query((rs, i) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("month", YearMonth.from(rs.getObject("month", LocalDate.class)).toString());
			row.put("prize", rs.getString("prize"));
			row.put("draw", rs.getInt("round"));
			row.put("closedAt", rs.getTimestamp("closed_at").toInstant().toString());
			row.put("entry", rs.getString("entry"));
			return row;
		}).list();
		if (!entered.isEmpty()) {
			data.put("drawsEntered", entered);
		}
		List<Map<String, Object>> won = new ArrayList<>();
		for (Draw draw : winsOf(person)) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("draw", draw.id().toString());
			row.put("claimBy", text(draw.claimBy()));
			row.put("claimedAt", text(draw.claimedAt()));
			won.add(row);
		}
		if (!won.isEmpty()) {
			data.put("won", won);
		}
		return data;
	}

	/**
	 * Forgets the person: their opting out goes; their entries, wins and what they did as
	 * a coordinator stay, without them, so that every draw can still be checked.
	 */
	public void forget(AccountId person) {
		this.jdbc.sql("delete from give_away_opt_out where account_id = :who").param("who", person.value()).update();
		this.jdbc.sql("update give_away_entry set account_id = null where account_id = :who")
			.param("who", person.value())
			.update();
		this.jdbc.sql("update give_away_draw set winner_account_id = null where winner_account_id = :who")
			.param("who", person.value())
			.update();
		this.jdbc.sql("update give_away_draw set drawn_by = null where drawn_by = :who")
			.param("who", person.value())
			.update();
		this.jdbc.sql("update give_away set set_up_by = null where set_up_by = :who")
			.param("who", person.value())
			.update();
	}

	/** One entry of a draw's list. */
	public record Entry(String entry, @Nullable AccountId account) {

	}

	private static GiveAway giveAway(ResultSet rs, int row) throws SQLException {
		String region = rs.getString("region_code");
		return new GiveAway(rs.getObject("id", UUID.class), YearMonth.from(rs.getObject("month", LocalDate.class)),
				rs.getString("prize"), rs.getString("details"), (Integer) rs.getObject("youngest"),
				(Integer) rs.getObject("oldest"), (region != null) ? new RegionCode(region) : null,
				rs.getTimestamp("created_at").toInstant());
	}

	private static Draw draw(ResultSet rs, int row) throws SQLException {
		UUID winner = rs.getObject("winner_account_id", UUID.class);
		UUID drawnBy = rs.getObject("drawn_by", UUID.class);
		String region = rs.getString("winner_region_code");
		return new Draw(rs.getObject("id", UUID.class), rs.getObject("give_away_id", UUID.class), rs.getInt("round"),
				rs.getTimestamp("closed_at").toInstant(), rs.getString("seed"), rs.getString("fingerprint"),
				rs.getInt("entrants"), rs.getString("winning_entry"), (winner != null) ? new AccountId(winner) : null,
				(region != null) ? new RegionCode(region) : null, (drawnBy != null) ? new AccountId(drawnBy) : null,
				instant(rs.getTimestamp("claim_by")), instant(rs.getTimestamp("claimed_at")),
				instant(rs.getTimestamp("lapsed_at")), instant(rs.getTimestamp("declined_at")));
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static @Nullable Object value(@Nullable AccountId account) {
		return (account != null) ? account.value() : null;
	}

	private static @Nullable Object value(@Nullable RegionCode region) {
		return (region != null) ? region.value() : null;
	}

	private static @Nullable Object timestamp(@Nullable Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
